#include "floorview.h"

#include "common/graphicsaccessibility.h"

#include "floorscene.h"
#include "spotitem.h"

#include <QAccessible>
#include <QAction>
#include <QKeyEvent>
#include <QWheelEvent>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

FloorView::FloorView(FloorScene *scene, QWidget *parent)
    : QGraphicsView(scene, parent),
      m_scene(scene),
      m_zoomIn(new QAction(QIcon::fromTheme(u"zoom-in"_s), tr("Zoom &In"), this)),
      m_zoomOut(new QAction(QIcon::fromTheme(u"zoom-out"_s), tr("Zoom &Out"), this)),
      m_fit(new QAction(QIcon::fromTheme(u"zoom-fit-best"_s), tr("&Fit Floor"), this))
{
    setDragMode(ScrollHandDrag);
    setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing
                   | QPainter::SmoothPixmapTransform);
    setTransformationAnchor(AnchorUnderMouse);
    setResizeAnchor(AnchorViewCenter);
    setViewportUpdateMode(SmartViewportUpdate);
    setFocusPolicy(Qt::StrongFocus);
    // Before anything asks for this view's interface (which is then kept): the spots are
    // its accessible children.
    GraphicsAccessibility::install();
    setAccessibleName(tr("Floor map"));
    m_zoomIn->setShortcuts({ QKeySequence::ZoomIn, QKeySequence(u"Ctrl+="_s) });
    m_zoomOut->setShortcuts(QKeySequence::ZoomOut);
    m_fit->setShortcut(QKeySequence(u"Ctrl+0"_s));
    for (QAction *a : { m_zoomIn, m_zoomOut, m_fit }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        addAction(a);
    }
    connect(m_zoomIn, &QAction::triggered, this, [this] { zoomBy(1.25); });
    connect(m_zoomOut, &QAction::triggered, this, [this] { zoomBy(0.8); });
    connect(m_fit, &QAction::triggered, this, &FloorView::fitToFloor);
    connect(scene, &QGraphicsScene::sceneRectChanged, this, [this] {
        if (m_fitted)
            fitToFloor();
    });
    connect(scene, &FloorScene::selectedSpotChanged, this, &FloorView::announceSelection);
    m_fitted = true;
}

void FloorView::zoomBy(qreal factor)
{
    const qreal next = zoom() * factor;
    if (next < 0.05 || next > 20)
        return;
    m_fitted = false;
    scale(factor, factor);
}

void FloorView::fitToFloor()
{
    m_fitted = true;
    fitInView(m_scene->sceneRect(), Qt::KeepAspectRatio);
}

void FloorView::centreOnSpot(const QString &spotId)
{
    if (SpotItem *i = m_scene->item(spotId))
        ensureVisible(i, 40, 40);
}

void FloorView::wheelEvent(QWheelEvent *event)
{
    const int delta = event->angleDelta().y();
    if (delta == 0) {
        QGraphicsView::wheelEvent(event);
        return;
    }
    zoomBy(std::pow(1.0015, delta));
    event->accept();
}

void FloorView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Right:
    case Qt::Key_Down:
        selectNeighbour(1);
        return;
    case Qt::Key_Left:
    case Qt::Key_Up:
        selectNeighbour(-1);
        return;
    default:
        QGraphicsView::keyPressEvent(event);
    }
}

bool FloorView::focusNextPrevChild(bool next)
{
    // Tab walks the spots; past the last one it leaves the map as usual.
    const QList<SpotItem *> items = m_scene->spotItems();
    const QString current = m_scene->selectedSpotId();
    int index = -1;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i)->spotId() == current)
            index = i;
    }
    const int target = next ? index + 1 : (index < 0 ? int(items.size()) - 1 : index - 1);
    if (target < 0 || target >= items.size())
        return QGraphicsView::focusNextPrevChild(next);
    m_scene->selectSpot(items.at(target)->spotId());
    return true;
}

void FloorView::selectNeighbour(int step)
{
    const QList<SpotItem *> items = m_scene->spotItems();
    if (items.isEmpty())
        return;
    const QString current = m_scene->selectedSpotId();
    int index = -1;
    for (int i = 0; i < items.size(); ++i) {
        if (items.at(i)->spotId() == current)
            index = i;
    }
    index = index < 0 ? 0 : (index + step + int(items.size())) % int(items.size());
    m_scene->selectSpot(items.at(index)->spotId());
}

void FloorView::announceSelection()
{
    const QString id = m_scene->selectedSpotId();
    if (SpotItem *i = m_scene->item(id)) {
        ensureVisible(i, 40, 40);
        setAccessibleDescription(i->accessibleText());
        QAccessibleEvent event(this, QAccessible::DescriptionChanged);
        QAccessible::updateAccessibility(&event);
    }
}

void FloorView::resizeEvent(QResizeEvent *event)
{
    QGraphicsView::resizeEvent(event);
    if (m_fitted)
        fitToFloor();
}

void FloorView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        m_scene->setPalette(palette());
    QGraphicsView::changeEvent(event);
}

} // namespace ui
} // namespace coworking
