#include "deletespotscommand.h"

#include "floorplandocument.h"

namespace coworking {
namespace ui {

DeleteSpotsCommand::DeleteSpotsCommand(FloorPlanDocument &document, const QStringList &keys,
                                       QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_keys(keys)
{
    if (keys.size() == 1 && document.find(keys.first()))
        setText(tr("Delete %1").arg(document.find(keys.first())->spot.name));
    else
        setText(tr("Delete %n spots", nullptr, int(keys.size())));
}

void DeleteSpotsCommand::undo()
{
    for (const QString &key : m_keys)
        m_document.setRemoved(key, false);
}

void DeleteSpotsCommand::redo()
{
    for (const QString &key : m_keys)
        m_document.setRemoved(key, true);
}

} // namespace ui
} // namespace coworking
