#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QListView;
class QSplitter;

namespace coworking {

class Clock;

namespace ui {

class FloorLegend;
class FloorModel;
class FloorScene;
class FloorView;
class MessageBar;
class SpotPanel;
class TimeControl;
class UnplacedSpotsModel;

// The Floor view: the time control over the live map, the legend under it, and beside it the
// selected spot's panel and the spots that are not on the map. Widgets only; a FloorController
// fills the model and carries out the panel's actions.
class FloorPage final : public QWidget
{
    Q_OBJECT
public:
    explicit FloorPage(const Clock &clock, QWidget *parent = nullptr);

    FloorModel *model() const { return m_model; }
    FloorScene *scene() const { return m_scene; }
    FloorView *view() const { return m_view; }
    TimeControl *timeControl() const { return m_time; }
    SpotPanel *panel() const { return m_panel; }
    FloorLegend *legend() const { return m_legend; }
    MessageBar *messageBar() const { return m_messages; }
    QListView *unplacedList() const { return m_unplaced; }
    QSplitter *splitter() const { return m_splitter; }
    // Shown over the map while the floor loads or when it cannot be shown.
    void setPlaceholder(const QString &text);
    // What is shown may be out of date (the live feed is down): the map is dimmed and says so.
    void setStale(bool stale);
    bool isStale() const { return m_stale; }
    // What the shown day's closure says ("Closed all day: Public holiday"), or empty.
    QString closureNotice() const;

    void selectSpot(const QString &spotId);
    QLineEdit *findField() const { return m_find; }

public slots:
    // Edit > Find (Ctrl+F): to the spot search; Enter selects the first spot whose name matches.
    void find();

private:
    void findSpot(const QString &text);
    void showClosure();
    void dimMap();

    FloorModel *m_model;
    FloorScene *m_scene;
    FloorView *m_view;
    TimeControl *m_time;
    SpotPanel *m_panel;
    FloorLegend *m_legend;
    MessageBar *m_messages;
    UnplacedSpotsModel *m_unplacedModel;
    QListView *m_unplaced;
    QLabel *m_unplacedTitle;
    QLineEdit *m_find;
    QLabel *m_placeholder;
    QLabel *m_staleLabel;
    QLabel *m_closureLabel;
    QSplitter *m_splitter;
    bool m_stale = false;
};

} // namespace ui
} // namespace coworking
