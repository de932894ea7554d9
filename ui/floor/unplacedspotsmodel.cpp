#include "unplacedspotsmodel.h"

#include "floormodel.h"

namespace coworking {
namespace ui {

UnplacedSpotsModel::UnplacedSpotsModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    // A spot placed or taken off the map elsewhere joins or leaves the list at once.
    setDynamicSortFilter(true);
}

bool UnplacedSpotsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    return !sourceModel()
                    ->index(sourceRow, 0, sourceParent)
                    .data(FloorModel::HasPlacementRole)
                    .toBool();
}

} // namespace ui
} // namespace coworking
