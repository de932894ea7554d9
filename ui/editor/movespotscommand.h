#pragma once

#include "spotgeometrycommand.h"

namespace coworking {
namespace ui {

// Geometry edit: the spots moved or placed from the list.
class MoveSpotsCommand final : public SpotGeometryCommand
{
    Q_DECLARE_TR_FUNCTIONS(MoveSpotsCommand)
public:
    MoveSpotsCommand(FloorPlanDocument &document, const QHash<QString, SpotPlacement> &after,
                     QUndoCommand *parent = nullptr);
};

} // namespace ui
} // namespace coworking
