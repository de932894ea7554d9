#pragma once

#include "closures/closure.h"
#include "kioskpage.h"

#include <optional>

class QLabel;
class QPushButton;

namespace coworking {
namespace ui {

class FloorLegend;
class FloorModel;
class FloorScene;
class KioskMapView;

// Home: the floor now, large, with how many spots are free and the two ways in: book a spot or
// check in. A tap on a free spot starts booking that spot. On a day closed all day it says so
// (with the reason) and offers check-in only; on a day of special hours it names them.
class HomePage final : public KioskPage
{
    Q_OBJECT
public:
    HomePage(FloorScene *scene, FloorModel *model, QWidget *parent = nullptr);

    KioskMapView *map() const { return m_map; }
    QLabel *freeLabel() const { return m_free; }
    QPushButton *bookButton() const { return m_book; }
    QPushButton *checkInButton() const { return m_checkIn; }
    // The live feed is down: what shows may be out of date, and the page says so.
    void setStale(bool stale);
    // Today's closure, or none.
    void setClosure(const std::optional<Closure> &closure);
    bool isClosed() const { return m_closure && m_closure->closedAllDay(); }
    QLabel *closureLabel() const { return m_closureLabel; }

signals:
    void bookRequested();
    void checkInRequested();

protected:
    void retranslate() override;

private:
    void updateCount();

    FloorModel *m_model;
    KioskMapView *m_map;
    FloorLegend *m_legend;
    QLabel *m_free;
    QLabel *m_closureLabel;
    std::optional<Closure> m_closure;
    QPushButton *m_book;
    QPushButton *m_checkIn;
    bool m_stale = false;
};

} // namespace ui
} // namespace coworking
