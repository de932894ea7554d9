#include "rotatespotcommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

RotateSpotCommand::RotateSpotCommand(FloorPlanDocument &document,
                                     const QHash<QString, SpotPlacement> &after,
                                     QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, after), parent)
{
    setText(tr("Rotate %1").arg(firstName()));
}

} // namespace ui
} // namespace coworking
