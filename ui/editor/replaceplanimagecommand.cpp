#include "replaceplanimagecommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

ReplacePlanImageCommand::ReplacePlanImageCommand(FloorPlanDocument &document,
                                                 const QByteArray &bytes, QUndoCommand *parent)
    : QUndoCommand(parent),
      m_document(document),
      m_before(document.planImageBytes()),
      m_after(bytes)
{
    setText(m_before.isEmpty() ? tr("Set the plan image") : tr("Replace the plan image"));
}

void ReplacePlanImageCommand::undo()
{
    m_document.setPlanImage(m_before);
}

void ReplacePlanImageCommand::redo()
{
    m_document.setPlanImage(m_after);
}

} // namespace ui
} // namespace coworking
