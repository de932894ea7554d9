#include "planeditorscene.h"

#include "addspotcommand.h"
#include "deletespotscommand.h"
#include "duplicatespotscommand.h"
#include "floorplandocument.h"
#include "movespotscommand.h"
#include "resizespotcommand.h"
#include "rotatespotcommand.h"
#include "spotgeometry.h"
#include "unplacedplanspotsmodel.h"

#include <QApplication>
#include <QGraphicsPixmapItem>
#include <QGraphicsRectItem>
#include <QGraphicsSceneDragDropEvent>
#include <QGraphicsSceneMouseEvent>
#include <QGraphicsView>
#include <QMimeData>
#include <QPainter>
#include <QUndoStack>

#include <algorithm>
#include <cmath>
#include <numbers>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

constexpr double kMinSide = 4; // px of the plan: smaller drawn rectangles are taken as clicks
constexpr double kAngleStep = 15;
constexpr double kDefaultWidth = 60;
constexpr double kDefaultHeight = 40;

} // namespace

PlanEditorScene::PlanEditorScene(FloorPlanDocument &document, QUndoStack &undoStack,
                                 QObject *parent)
    : QGraphicsScene(parent), m_document(document), m_undoStack(undoStack)
{
    m_image = addPixmap({});
    m_image->setZValue(-1);
    m_image->setTransformationMode(Qt::SmoothTransformation);
    connect(&document, &FloorPlanDocument::reset, this, &PlanEditorScene::rebuild);
    connect(&document, &FloorPlanDocument::spotAdded, this, &PlanEditorScene::syncSpot);
    connect(&document, &FloorPlanDocument::spotChanged, this, &PlanEditorScene::syncSpot);
    connect(&document, &FloorPlanDocument::imageChanged, this, &PlanEditorScene::syncImage);
    connect(this, &QGraphicsScene::selectionChanged, this, &PlanEditorScene::updateHandles);
    rebuild();
    syncImage();
}

PlanEditorScene::~PlanEditorScene()
{
    // Items leaving the selection would otherwise signal into a half-destroyed scene.
    blockSignals(true);
    clear();
}

void PlanEditorScene::setTool(Tool tool)
{
    if (tool == m_tool)
        return;
    m_tool = tool;
    emit toolChanged(tool);
}

void PlanEditorScene::setSnapToGrid(bool snap)
{
    m_snap = snap;
    update();
}

void PlanEditorScene::setGridSize(double size)
{
    m_gridSize = std::max(1.0, size);
    update();
}

QStringList PlanEditorScene::selectedKeys() const
{
    QStringList keys;
    for (const QString &key : m_document.keys()) {
        const EditorSpotItem *item = m_items.value(key);
        if (item && item->isSelected())
            keys.append(key);
    }
    return keys;
}

void PlanEditorScene::selectKeys(const QStringList &keys)
{
    QSignalBlocker blocker(this);
    clearSelection();
    for (const QString &key : keys) {
        if (EditorSpotItem *item = m_items.value(key))
            item->setSelected(true);
    }
    blocker.unblock();
    emit selectionChanged();
}

QRectF PlanEditorScene::planRect() const
{
    if (!m_document.planImage().isNull())
        return QRectF(QPointF(0, 0), m_document.planImage().size());
    QRectF r(0, 0, 800, 600);
    for (const EditorSpotItem *item : m_items)
        r = r.united(item->sceneBoundingRect());
    return r;
}

void PlanEditorScene::rebuild()
{
    m_drag = Drag::None;
    for (EditorSpotItem *item : std::as_const(m_items))
        delete item;
    m_items.clear();
    for (const QString &key : m_document.keys())
        syncSpot(key);
    updateSceneRect();
}

void PlanEditorScene::syncSpot(const QString &key)
{
    const PlanSpot *e = m_document.find(key);
    EditorSpotItem *item = m_items.value(key);
    if (!e || !e->isPlaced()) {
        if (item) {
            m_items.remove(key);
            delete item; // leaves the selection: selectionChanged follows
        }
        return;
    }
    if (!item) {
        item = new EditorSpotItem(key);
        addItem(item);
        m_items.insert(key, item);
    }
    item->setZValue(m_document.keys().indexOf(key));
    item->sync(*e, m_document.isDirty(key));
    updateSceneRect();
}

void PlanEditorScene::syncImage()
{
    m_image->setPixmap(QPixmap::fromImage(m_document.planImage()));
    updateSceneRect();
}

void PlanEditorScene::updateSceneRect()
{
    // A margin around the plan, so spots can be drawn at its edges.
    setSceneRect(planRect().adjusted(-100, -100, 100, 100));
}

qreal PlanEditorScene::handleSize() const
{
    const QList<QGraphicsView *> v = views();
    const qreal scale = v.isEmpty() ? 1 : std::max(0.01, v.first()->transform().m11());
    return 9 / scale;
}

void PlanEditorScene::updateHandles()
{
    const QList<QGraphicsItem *> selected = selectedItems();
    const qreal size = handleSize();
    for (EditorSpotItem *item : std::as_const(m_items))
        item->setHandles(selected.size() == 1 && item->isSelected(), size);
}

double PlanEditorScene::snap(double value) const
{
    return m_snap ? snapped(value, m_gridSize) : value;
}

QPointF PlanEditorScene::snap(QPointF point) const
{
    return { snap(point.x()), snap(point.y()) };
}

EditorSpotItem *PlanEditorScene::spotItemAt(QPointF scenePos) const
{
    for (QGraphicsItem *item : items(scenePos)) {
        if (item->type() == EditorSpotItem::Type)
            return static_cast<EditorSpotItem *>(item);
    }
    return nullptr;
}

SpotPlacement PlanEditorScene::defaultPlacement(QPointF centre) const
{
    // The size of a spot already placed, so a floor of equal desks stays equal.
    double w = kDefaultWidth;
    double h = kDefaultHeight;
    for (const QString &key : m_document.keys()) {
        const PlanSpot *e = m_document.find(key);
        if (e->isPlaced()) {
            w = e->spot.map->width;
            h = e->spot.map->height;
            break;
        }
    }
    SpotPlacement map = placementAround(centre, w, h);
    map.x = std::max(0.0, snap(map.x));
    map.y = std::max(0.0, snap(map.y));
    return map;
}

QString PlanEditorScene::nextSpotName() const
{
    QStringList taken;
    for (const Spot &s : m_document.currentSpots())
        taken.append(s.name);
    return DuplicateSpotsCommand::nextFreeName(tr("Spot %1").arg(0), taken);
}

void PlanEditorScene::placeSpot(const QString &key, QPointF centre)
{
    const PlanSpot *e = m_document.find(key);
    if (!e || !e->isVisible() || e->spot.map)
        return;
    m_undoStack.push(new MoveSpotsCommand(m_document, { { key, defaultPlacement(centre) } }));
    selectKeys({ key });
}

void PlanEditorScene::deleteSelection()
{
    const QStringList keys = selectedKeys();
    if (!keys.isEmpty())
        m_undoStack.push(new DeleteSpotsCommand(m_document, keys));
}

void PlanEditorScene::duplicateSelection()
{
    const QStringList keys = selectedKeys();
    if (keys.isEmpty())
        return;
    const double step = std::max(m_gridSize, 10.0);
    auto *command = new DuplicateSpotsCommand(m_document, keys, { step, step });
    const QStringList copies = command->copyKeys();
    m_undoStack.push(command);
    selectKeys(copies);
}

void PlanEditorScene::alignSelection(Alignment alignment)
{
    const QStringList keys = selectedKeys();
    if (keys.size() < 2)
        return;
    auto *command = new AlignSpotsCommand(m_document, keys, alignment);
    if (command->changes().isEmpty()) {
        delete command;
        return;
    }
    m_undoStack.push(command);
}

void PlanEditorScene::mousePressEvent(QGraphicsSceneMouseEvent *event)
{
    if (event->button() != Qt::LeftButton || m_drag != Drag::None) {
        QGraphicsScene::mousePressEvent(event);
        return;
    }
    event->accept();
    const QPointF p = event->scenePos();
    m_origin = p;
    m_start.clear();
    m_preview.clear();
    if (m_tool == Tool::Draw) {
        m_drag = Drag::Draw;
        m_origin = snap(p);
        m_band = addRect(QRectF(m_origin, m_origin), QPen(palette().color(QPalette::Highlight), 0),
                         palette().color(QPalette::Highlight).lighter(150));
        m_band->setOpacity(0.6);
        m_band->setZValue(1e6);
        return;
    }
    const QList<QGraphicsItem *> selected = selectedItems();
    if (selected.size() == 1) {
        auto *item = static_cast<EditorSpotItem *>(selected.first());
        const auto handle = item->handleAt(p);
        if (handle != EditorSpotItem::Handle::None) {
            m_drag = handle == EditorSpotItem::Handle::Rotate ? Drag::Rotate : Drag::Resize;
            m_handle = handle;
            m_target = item->key();
            m_start.insert(item->key(), item->placement());
            return;
        }
    }
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    if (EditorSpotItem *item = spotItemAt(p)) {
        if (ctrl) {
            item->setSelected(!item->isSelected());
            return;
        }
        if (!item->isSelected()) {
            QSignalBlocker blocker(this);
            clearSelection();
            item->setSelected(true);
            blocker.unblock();
            emit selectionChanged();
        }
        m_drag = Drag::Move;
        m_target = item->key();
        for (const QString &key : selectedKeys())
            m_start.insert(key, m_items.value(key)->placement());
        return;
    }
    m_selectedBefore = ctrl ? selected : QList<QGraphicsItem *>();
    if (!ctrl)
        clearSelection();
    m_drag = Drag::Rubber;
    m_band = addRect(QRectF(p, p), QPen(palette().color(QPalette::Highlight), 0, Qt::DashLine));
    m_band->setZValue(1e6);
}

void PlanEditorScene::mouseMoveEvent(QGraphicsSceneMouseEvent *event)
{
    const QPointF p = event->scenePos();
    switch (m_drag) {
    case Drag::None:
        QGraphicsScene::mouseMoveEvent(event);
        return;
    case Drag::Move:
        previewMove(p);
        break;
    case Drag::Resize:
        previewResize(p);
        break;
    case Drag::Rotate:
        previewRotate(p);
        break;
    case Drag::Draw:
        m_band->setRect(QRectF(m_origin, snap(p)).normalized());
        break;
    case Drag::Rubber: {
        const QRectF band = QRectF(m_origin, p).normalized();
        m_band->setRect(band);
        QPainterPath area;
        area.addRect(band);
        QSignalBlocker blocker(this);
        clearSelection();
        for (QGraphicsItem *item : items(area, Qt::IntersectsItemShape)) {
            if (item->type() == EditorSpotItem::Type)
                item->setSelected(true);
        }
        for (QGraphicsItem *item : std::as_const(m_selectedBefore))
            item->setSelected(true);
        blocker.unblock();
        emit selectionChanged();
        break;
    }
    }
    event->accept();
}

void PlanEditorScene::mouseReleaseEvent(QGraphicsSceneMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton) {
        QGraphicsScene::mouseReleaseEvent(event);
        return;
    }
    event->accept();
    finishDrag(event->scenePos());
}

void PlanEditorScene::previewMove(QPointF scenePos)
{
    const SpotPlacement anchor = m_start.value(m_target);
    QPointF delta = scenePos - m_origin;
    // The spot under the mouse lands on the grid; the others keep their distance to it.
    delta = QPointF(snap(anchor.x + delta.x()), snap(anchor.y + delta.y()))
            - QPointF(anchor.x, anchor.y);
    // No spot may leave the plan's positive quarter (the API refuses negative x and y).
    for (const SpotPlacement &s : std::as_const(m_start)) {
        delta.setX(std::max(delta.x(), -s.x));
        delta.setY(std::max(delta.y(), -s.y));
    }
    m_preview.clear();
    for (auto it = m_start.cbegin(); it != m_start.cend(); ++it) {
        SpotPlacement moved = *it;
        moved.x += delta.x();
        moved.y += delta.y();
        m_preview.insert(it.key(), moved);
        if (EditorSpotItem *item = m_items.value(it.key()))
            item->setPreview(moved);
    }
}

void PlanEditorScene::previewResize(QPointF scenePos)
{
    const SpotPlacement start = m_start.value(m_target);
    const QTransform frame = placementTransform(start);
    const QPointF anchor =
            frame.map(EditorSpotItem::cornerOf(EditorSpotItem::oppositeOf(m_handle), start));
    QPointF p = scenePos;
    if (std::abs(normalisedAngle(start.rotation)) < 1e-9)
        p = snap(p); // on an unturned spot the dragged corner can sit on the grid
    // The dragged corner in the spot's own axes, measured from the fixed corner.
    QTransform turn;
    turn.rotate(-start.rotation);
    const QPointF v = turn.map(p - anchor);
    const double w = std::max(kMinSide, std::abs(v.x()));
    const double h = std::max(kMinSide, std::abs(v.y()));
    QTransform back;
    back.rotate(start.rotation);
    const QPointF half = back.map(QPointF(std::copysign(w, v.x()), std::copysign(h, v.y()))) / 2;
    SpotPlacement resized = placementAround(anchor + half, w, h, start.rotation);
    if (resized.x < 0 || resized.y < 0)
        return;
    m_preview = { { m_target, resized } };
    if (EditorSpotItem *item = m_items.value(m_target))
        item->setPreview(resized);
}

void PlanEditorScene::previewRotate(QPointF scenePos)
{
    SpotPlacement turned = m_start.value(m_target);
    const QPointF d = scenePos - placementCentre(turned);
    // The handle sits above the spot, so straight up is 0°.
    double angle = std::atan2(d.y(), d.x()) * 180 / std::numbers::pi + 90;
    if (m_snap)
        angle = snapped(angle, kAngleStep);
    turned.rotation = normalisedAngle(angle);
    m_preview = { { m_target, turned } };
    if (EditorSpotItem *item = m_items.value(m_target))
        item->setPreview(turned);
}

void PlanEditorScene::finishDrag(QPointF scenePos)
{
    const Drag drag = std::exchange(m_drag, Drag::None);
    if (m_band) {
        delete m_band;
        m_band = nullptr;
    }
    m_selectedBefore.clear();
    QHash<QString, SpotPlacement> changed;
    for (auto it = m_preview.cbegin(); it != m_preview.cend(); ++it) {
        const PlanSpot *e = m_document.find(it.key());
        if (e && e->spot.map && !(*e->spot.map == *it))
            changed.insert(it.key(), *it);
    }
    switch (drag) {
    case Drag::Move:
        if (!changed.isEmpty())
            m_undoStack.push(new MoveSpotsCommand(m_document, changed));
        break;
    case Drag::Resize:
        if (!changed.isEmpty())
            m_undoStack.push(new ResizeSpotCommand(m_document, changed));
        break;
    case Drag::Rotate:
        if (!changed.isEmpty())
            m_undoStack.push(new RotateSpotCommand(m_document, changed));
        break;
    case Drag::Draw: {
        QRectF r = QRectF(m_origin, snap(scenePos)).normalized();
        r.setLeft(std::max(0.0, r.left()));
        r.setTop(std::max(0.0, r.top()));
        if (r.width() < kMinSide || r.height() < kMinSide)
            break;
        Spot spot;
        spot.name = nextSpotName();
        spot.position = m_document.nextPosition();
        spot.map = SpotPlacement{ r.x(), r.y(), r.width(), r.height(), 0 };
        auto *command = new AddSpotCommand(m_document, spot);
        const QString key = command->key();
        m_undoStack.push(command);
        selectKeys({ key });
        break;
    }
    case Drag::Rubber:
    case Drag::None:
        break;
    }
    m_preview.clear();
    m_start.clear();
    cancelPreviews();
}

void PlanEditorScene::cancelPreviews()
{
    // Items show the document again (a drag that pushed nothing leaves no trace).
    for (auto it = m_items.cbegin(); it != m_items.cend(); ++it) {
        if (const PlanSpot *e = m_document.find(it.key()); e && e->spot.map)
            (*it)->setPreview(*e->spot.map);
    }
}

void PlanEditorScene::dragEnterEvent(QGraphicsSceneDragDropEvent *event)
{
    event->setAccepted(event->mimeData()->hasFormat(
            QString::fromLatin1(UnplacedPlanSpotsModel::kSpotKeyMimeType)));
}

void PlanEditorScene::dragMoveEvent(QGraphicsSceneDragDropEvent *event)
{
    dragEnterEvent(event);
}

void PlanEditorScene::dropEvent(QGraphicsSceneDragDropEvent *event)
{
    const QByteArray key =
            event->mimeData()->data(QString::fromLatin1(UnplacedPlanSpotsModel::kSpotKeyMimeType));
    if (key.isEmpty()) {
        event->ignore();
        return;
    }
    event->acceptProposedAction();
    placeSpot(QString::fromUtf8(key), event->scenePos());
}

void PlanEditorScene::drawForeground(QPainter *painter, const QRectF &rect)
{
    if (!m_snap)
        return;
    // Faint lines over the plan; skipped when they would be closer than 4 screen pixels.
    const qreal scale = painter->worldTransform().m11();
    if (m_gridSize * scale < 4)
        return;
    QColor line = palette().color(QPalette::Mid);
    line.setAlpha(70);
    painter->setPen(QPen(line, 0));
    const QRectF area = rect.intersected(planRect());
    QVarLengthArray<QLineF, 256> lines;
    for (double x = std::ceil(area.left() / m_gridSize) * m_gridSize; x <= area.right();
         x += m_gridSize)
        lines.append(QLineF(x, area.top(), x, area.bottom()));
    for (double y = std::ceil(area.top() / m_gridSize) * m_gridSize; y <= area.bottom();
         y += m_gridSize)
        lines.append(QLineF(area.left(), y, area.right(), y));
    painter->drawLines(lines.data(), int(lines.size()));
}

} // namespace ui
} // namespace coworking
