#include "unplacedplanspotsmodel.h"

#include "floorplandocument.h"

#include <QMimeData>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

UnplacedPlanSpotsModel::UnplacedPlanSpotsModel(FloorPlanDocument &document, QObject *parent)
    : QAbstractListModel(parent), m_document(document)
{
    connect(&document, &FloorPlanDocument::reset, this, &UnplacedPlanSpotsModel::rebuild);
    connect(&document, &FloorPlanDocument::spotAdded, this, &UnplacedPlanSpotsModel::follow);
    connect(&document, &FloorPlanDocument::spotChanged, this, &UnplacedPlanSpotsModel::follow);
    rebuild();
}

int UnplacedPlanSpotsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant UnplacedPlanSpotsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlanSpot *e = m_document.find(m_keys.at(index.row()));
    if (!e)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e->spot.name;
    case Qt::ToolTipRole:
        return e->spot.description.isEmpty()
                ? tr("Drag %1 onto the plan to place it.").arg(e->spot.name)
                : e->spot.description;
    case KeyRole:
        return e->key;
    default:
        return {};
    }
}

Qt::ItemFlags UnplacedPlanSpotsModel::flags(const QModelIndex &index) const
{
    const auto f = QAbstractListModel::flags(index);
    return index.isValid() ? f | Qt::ItemIsDragEnabled : f;
}

QStringList UnplacedPlanSpotsModel::mimeTypes() const
{
    return { QString::fromLatin1(kSpotKeyMimeType) };
}

QMimeData *UnplacedPlanSpotsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *mime = new QMimeData;
    mime->setData(QString::fromLatin1(kSpotKeyMimeType), keyAt(indexes.first().row()).toUtf8());
    return mime;
}

Qt::DropActions UnplacedPlanSpotsModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

bool UnplacedPlanSpotsModel::belongs(const QString &key) const
{
    const PlanSpot *e = m_document.find(key);
    return e && e->isVisible() && !e->spot.map;
}

void UnplacedPlanSpotsModel::follow(const QString &key)
{
    const int row = int(m_keys.indexOf(key));
    const bool in = belongs(key);
    if (row >= 0 && in) {
        emit dataChanged(index(row), index(row));
    } else if (row >= 0) {
        beginRemoveRows({}, row, row);
        m_keys.removeAt(row);
        endRemoveRows();
    } else if (in) {
        // Keeps the document's order: after the last listed key that comes before this one.
        const QStringList order = m_document.keys();
        const qsizetype at = order.indexOf(key);
        int insertAt = 0;
        for (int i = 0; i < m_keys.size(); ++i) {
            if (order.indexOf(m_keys.at(i)) < at)
                insertAt = i + 1;
        }
        beginInsertRows({}, insertAt, insertAt);
        m_keys.insert(insertAt, key);
        endInsertRows();
    }
}

void UnplacedPlanSpotsModel::rebuild()
{
    beginResetModel();
    m_keys.clear();
    for (const QString &key : m_document.keys()) {
        if (belongs(key))
            m_keys.append(key);
    }
    endResetModel();
}

} // namespace ui
} // namespace coworking
