#include "movespotscommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

MoveSpotsCommand::MoveSpotsCommand(FloorPlanDocument &document,
                                   const QHash<QString, SpotPlacement> &after, QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, after), parent)
{
    const auto &all = changes();
    const bool placing = std::any_of(all.cbegin(), all.cend(),
                                     [](const Change &c) { return !c.before.has_value(); });
    if (all.size() == 1) {
        const QString name = document.find(all.cbegin().key())->spot.name;
        setText(placing ? tr("Place %1").arg(name) : tr("Move %1").arg(name));
    } else {
        setText(placing ? tr("Place %n spots", nullptr, int(all.size()))
                        : tr("Move %n spots", nullptr, int(all.size())));
    }
}

} // namespace ui
} // namespace coworking
