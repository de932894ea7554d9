#include "spotgeometrycommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

SpotGeometryCommand::SpotGeometryCommand(FloorPlanDocument &document,
                                         QHash<QString, Change> changes, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_changes(std::move(changes))
{
}

void SpotGeometryCommand::undo()
{
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it)
        m_document.setPlacement(it.key(), it->before);
}

void SpotGeometryCommand::redo()
{
    for (auto it = m_changes.cbegin(); it != m_changes.cend(); ++it)
        m_document.setPlacement(it.key(), it->after);
}

void SpotGeometryCommand::setTextNaming(const QString &format)
{
    const PlanSpot *e = m_changes.isEmpty() ? nullptr : m_document.find(m_changes.cbegin().key());
    setText(format.arg(e ? e->spot.name : QString()));
}

QHash<QString, SpotGeometryCommand::Change>
SpotGeometryCommand::changesTo(const FloorPlanDocument &document,
                               const QHash<QString, SpotPlacement> &after)
{
    QHash<QString, Change> changes;
    for (auto it = after.cbegin(); it != after.cend(); ++it) {
        if (const PlanSpot *e = document.find(it.key()))
            changes.insert(it.key(), { e->spot.map, *it });
    }
    return changes;
}

} // namespace ui
} // namespace coworking
