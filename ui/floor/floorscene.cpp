#include "floorscene.h"

#include "floormodel.h"
#include "spotitem.h"

#include <QGraphicsPixmapItem>
#include <QGraphicsSceneMouseEvent>

namespace coworking {
namespace ui {

FloorScene::FloorScene(QObject *parent) : QGraphicsScene(parent)
{
    // Items move only when the model says so: no index to rebuild on every repaint.
    setItemIndexMethod(NoIndex);
    connect(this, &QGraphicsScene::selectionChanged, this, [this] {
        const QString id = selectedSpotId();
        if (id != m_lastSelected) {
            m_lastSelected = id;
            emit selectedSpotChanged(id);
        }
    });
}

FloorScene::~FloorScene()
{
    // Items removed while the scene dies change the selection: nobody may hear of it any more.
    blockSignals(true);
    m_items.clear();
    clear();
}

void FloorScene::setModel(FloorModel *model)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::modelReset, this, &FloorScene::rebuild);
        connect(model, &QAbstractItemModel::rowsInserted, this,
                [this](const QModelIndex &, int first, int last) { syncRows(first, last); });
        connect(model, &QAbstractItemModel::rowsRemoved, this, &FloorScene::removeMissing);
        connect(model, &QAbstractItemModel::dataChanged, this,
                [this](const QModelIndex &tl, const QModelIndex &br) {
                    syncRows(tl.row(), br.row());
                });
    }
    rebuild();
}

void FloorScene::setFloorPlan(const QPixmap &image)
{
    if (!m_plan) {
        m_plan = addPixmap(image);
        m_plan->setZValue(-1);
        m_plan->setTransformationMode(Qt::SmoothTransformation);
    } else {
        m_plan->setPixmap(image);
    }
    updateSceneRect();
}

bool FloorScene::hasFloorPlan() const
{
    return m_plan && !m_plan->pixmap().isNull();
}

QList<SpotItem *> FloorScene::spotItems() const
{
    QList<SpotItem *> result;
    if (!m_model)
        return result;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (SpotItem *i =
                    m_items.value(m_model->index(row).data(FloorModel::SpotIdRole).toString()))
            result.append(i);
    }
    return result;
}

QString FloorScene::selectedSpotId() const
{
    const auto selected = selectedItems();
    for (QGraphicsItem *i : selected) {
        if (i->type() == SpotItem::Type)
            return static_cast<SpotItem *>(i)->spotId();
    }
    return {};
}

void FloorScene::selectSpot(const QString &spotId)
{
    SpotItem *target = m_items.value(spotId);
    QSignalBlocker block(this);
    clearSelection();
    if (target) {
        target->setSelected(true);
        setFocusItem(target);
    }
    block.unblock();
    if (spotId != m_lastSelected) {
        m_lastSelected = spotId;
        emit selectedSpotChanged(spotId);
    }
}

void FloorScene::setPalette(const QPalette &palette)
{
    m_palette = palette;
    for (SpotItem *i : std::as_const(m_items))
        i->setPalette(palette);
}

void FloorScene::mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event)
{
    QGraphicsScene::mouseDoubleClickEvent(event);
    const auto under = items(event->scenePos());
    for (QGraphicsItem *i : under) {
        if (i->type() == SpotItem::Type) {
            emit spotActivated(static_cast<SpotItem *>(i)->spotId());
            return;
        }
    }
}

void FloorScene::rebuild()
{
    const QString selected = m_lastSelected;
    for (SpotItem *i : std::as_const(m_items))
        delete i;
    m_items.clear();
    if (m_model && m_model->rowCount() > 0)
        syncRows(0, m_model->rowCount() - 1);
    if (!selected.isEmpty())
        selectSpot(m_items.contains(selected) ? selected : QString());
    updateSceneRect();
}

void FloorScene::syncRows(int first, int last)
{
    if (!m_model)
        return;
    bool added = false;
    for (int row = first; row <= last; ++row) {
        const QModelIndex idx = m_model->index(row);
        const QString id = idx.data(FloorModel::SpotIdRole).toString();
        SpotItem *i = m_items.value(id);
        if (!idx.data(FloorModel::HasPlacementRole).toBool()) {
            // Taken off the map: it now lives in the "Not on the map" list.
            if (i) {
                m_items.remove(id);
                delete i;
            }
            continue;
        }
        if (!i) {
            i = new SpotItem(id);
            i->setPalette(m_palette);
            addItem(i);
            m_items.insert(id, i);
            added = true;
        }
        i->sync(idx.data(Qt::DisplayRole).toString(),
                SpotState(idx.data(FloorModel::StateRole).toInt()), m_model->stateName(row),
                idx.data(FloorModel::GeometryRole).toRectF(),
                idx.data(FloorModel::RotationRole).toDouble(), m_model->toolTip(row),
                m_model->accessibleText(row));
    }
    if (added)
        updateSceneRect();
}

void FloorScene::removeMissing()
{
    if (!m_model)
        return;
    QSet<QString> present;
    for (int row = 0; row < m_model->rowCount(); ++row)
        present.insert(m_model->index(row).data(FloorModel::SpotIdRole).toString());
    for (auto it = m_items.begin(); it != m_items.end();) {
        if (!present.contains(it.key())) {
            delete it.value();
            it = m_items.erase(it);
        } else {
            ++it;
        }
    }
}

void FloorScene::updateSceneRect()
{
    QRectF rect = m_plan ? m_plan->boundingRect() : QRectF();
    for (SpotItem *i : std::as_const(m_items))
        rect |= i->sceneBoundingRect();
    setSceneRect(rect.adjusted(-20, -20, 20, 20));
}

} // namespace ui
} // namespace coworking
