#include "kioskmapview.h"

#include "floor/floorscene.h"
#include "floor/spotitem.h"

#include <QMouseEvent>

namespace coworking {
namespace ui {

KioskMapView::KioskMapView(FloorScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent), m_scene(scene)
{
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform);
    setDragMode(NoDrag);
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::NoFocus);
    setAlignment(Qt::AlignCenter);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, &KioskMapView::fit);
}

void KioskMapView::fit()
{
    const QRectF rect = m_scene->sceneRect();
    if (!rect.isEmpty())
        fitInView(rect, Qt::KeepAspectRatio);
}

QPoint KioskMapView::spotPoint(const QString &spotId) const
{
    const SpotItem *item = m_scene->item(spotId);
    return item ? mapFromScene(item->sceneBoundingRect().center()) : QPoint();
}

void KioskMapView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    fit();
}

void KioskMapView::wheelEvent(QWheelEvent *)
{
    // The whole floor always shows: no zoom, no scroll.
}

void KioskMapView::mouseDoubleClickEvent(QMouseEvent *event)
{
    // A double tap is two taps: no double-click action (the desk's scene books on one).
    mousePressEvent(event);
}

} // namespace ui
} // namespace coworking
