#pragma once

#include <QSortFilterProxyModel>

namespace coworking {
namespace ui {

// "Not on the map": the floor's spots that have no map geometry, with the same state badges.
class UnplacedSpotsModel final : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit UnplacedSpotsModel(QObject *parent = nullptr);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
};

} // namespace ui
} // namespace coworking
