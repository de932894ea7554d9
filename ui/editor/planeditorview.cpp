#include "planeditorview.h"

#include "common/graphicsaccessibility.h"

#include "planeditorscene.h"

#include <QMouseEvent>
#include <QScrollBar>
#include <QWheelEvent>

#include <cmath>

namespace coworking {
namespace ui {

PlanEditorView::PlanEditorView(QGraphicsScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent)
{
    setRenderHints(QPainter::Antialiasing | QPainter::SmoothPixmapTransform
                   | QPainter::TextAntialiasing);
    setTransformationAnchor(AnchorUnderMouse);
    setAcceptDrops(true);
    // Before anything asks for this view's interface (which is then kept): the spots are
    // its accessible children.
    GraphicsAccessibility::install();
    setAccessibleName(tr("Floor plan"));
}

void PlanEditorView::fitPlan()
{
    auto *plan = qobject_cast<PlanEditorScene *>(scene());
    const QRectF r = plan ? plan->planRect() : sceneRect();
    fitInView(r.adjusted(-10, -10, 10, 10), Qt::KeepAspectRatio);
    m_fitted = true;
    if (plan)
        emit plan->selectionChanged(); // handles keep their size on screen
}

void PlanEditorView::zoomBy(double factor)
{
    const double scale = transform().m11() * factor;
    if (scale < 0.05 || scale > 20)
        return;
    QGraphicsView::scale(factor, factor);
    m_fitted = false;
    if (scene())
        emit scene()->selectionChanged();
}

void PlanEditorView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitPlan();
}

void PlanEditorView::wheelEvent(QWheelEvent *event)
{
    zoomBy(std::pow(1.0015, event->angleDelta().y()));
    event->accept();
}

void PlanEditorView::mousePressEvent(QMouseEvent *event)
{
    if (event->button() == Qt::MiddleButton) {
        m_panning = true;
        m_panFrom = event->position().toPoint();
        setCursor(Qt::ClosedHandCursor);
        event->accept();
        return;
    }
    QGraphicsView::mousePressEvent(event);
}

void PlanEditorView::mouseMoveEvent(QMouseEvent *event)
{
    if (m_panning) {
        const QPoint d = event->position().toPoint() - m_panFrom;
        m_panFrom = event->position().toPoint();
        horizontalScrollBar()->setValue(horizontalScrollBar()->value() - d.x());
        verticalScrollBar()->setValue(verticalScrollBar()->value() - d.y());
        event->accept();
        return;
    }
    QGraphicsView::mouseMoveEvent(event);
}

void PlanEditorView::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_panning && event->button() == Qt::MiddleButton) {
        m_panning = false;
        unsetCursor();
        event->accept();
        return;
    }
    QGraphicsView::mouseReleaseEvent(event);
}

} // namespace ui
} // namespace coworking
