#include "resizespotcommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

ResizeSpotCommand::ResizeSpotCommand(FloorPlanDocument &document,
                                     const QHash<QString, SpotPlacement> &after,
                                     QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, after), parent)
{
    setText(tr("Resize %1").arg(firstName()));
}

} // namespace ui
} // namespace coworking
