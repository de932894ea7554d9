#pragma once

#include "spotgeometrycommand.h"

namespace coworking {
namespace ui {

// Geometry edit: one spot resized by a handle.
class ResizeSpotCommand final : public SpotGeometryCommand
{
    Q_DECLARE_TR_FUNCTIONS(ResizeSpotCommand)
public:
    ResizeSpotCommand(FloorPlanDocument &document, const QHash<QString, SpotPlacement> &after,
                      QUndoCommand *parent = nullptr);
};

} // namespace ui
} // namespace coworking
