#include "addspotcommand.h"

namespace coworking {
namespace ui {

AddSpotCommand::AddSpotCommand(FloorPlanDocument &document, const Spot &spot, QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document)
{
    m_entry.key = document.newKey();
    m_entry.spot = spot;
    m_entry.spot.id.clear();
    setText(tr("Add %1").arg(spot.name));
}

void AddSpotCommand::undo()
{
    m_document.setRemoved(m_entry.key, true);
}

void AddSpotCommand::redo()
{
    m_document.insertSpot(m_entry);
}

} // namespace ui
} // namespace coworking
