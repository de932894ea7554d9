#pragma once

#include "spotgeometrycommand.h"

namespace coworking {
namespace ui {

// Geometry edit: one spot turned by the rotation handle.
class RotateSpotCommand final : public SpotGeometryCommand
{
    Q_DECLARE_TR_FUNCTIONS(RotateSpotCommand)
public:
    RotateSpotCommand(FloorPlanDocument &document, const QHash<QString, SpotPlacement> &after,
                      QUndoCommand *parent = nullptr);
};

} // namespace ui
} // namespace coworking
