#pragma once

#include <QGraphicsView>

namespace coworking {
namespace ui {

class FloorScene;

// The floor for fingers: the desk's FloorScene shown whole (fitted to the view, no zoom, no pan,
// no scroll bars); a tap on a spot selects it, nothing reacts to hover.
class KioskMapView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit KioskMapView(FloorScene *scene, QWidget *parent = nullptr);

    // The view point of a spot's centre, for taps in tests and scripts.
    QPoint spotPoint(const QString &spotId) const;

public slots:
    void fit();

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;

private:
    FloorScene *m_scene;
};

} // namespace ui
} // namespace coworking
