#include "rotatespotcommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

RotateSpotCommand::RotateSpotCommand(FloorPlanDocument &document,
                                     const QHash<QString, SpotPlacement> &after,
                                     QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, after), parent)
{
    setTextNaming(tr("Rotate %1"));
}

} // namespace ui
} // namespace coworking
