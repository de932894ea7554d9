#include "resizespotcommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

ResizeSpotCommand::ResizeSpotCommand(FloorPlanDocument &document,
                                     const QHash<QString, SpotPlacement> &after,
                                     QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, after), parent)
{
    setTextNaming(tr("Resize %1"));
}

} // namespace ui
} // namespace coworking
