#include "setspotpropertycommand.h"

namespace coworking {
namespace ui {

SetSpotPropertyCommand::SetSpotPropertyCommand(FloorPlanDocument &document, const QStringList &keys,
                                               SpotField field, const QVariant &value,
                                               QUndoCommand *parent)
    : QUndoCommand(parent), m_document(document), m_field(field), m_value(value)
{
    for (const QString &key : keys)
        m_before.insert(key, document.field(key, field));
    const QString name = keys.size() == 1 && document.find(keys.first())
            ? document.find(keys.first())->spot.name
            : tr("%n spots", nullptr, int(keys.size()));
    switch (field) {
    case SpotField::Name:
        setText(tr("Rename %1 to %2").arg(name, value.toString()));
        break;
    case SpotField::Description:
        setText(tr("Describe %1").arg(name));
        break;
    case SpotField::Active:
        setText(value.toBool() ? tr("Activate %1").arg(name) : tr("Deactivate %1").arg(name));
        break;
    }
}

void SetSpotPropertyCommand::undo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        m_document.setField(it.key(), m_field, *it);
}

void SetSpotPropertyCommand::redo()
{
    for (auto it = m_before.cbegin(); it != m_before.cend(); ++it)
        m_document.setField(it.key(), m_field, m_value);
}

} // namespace ui
} // namespace coworking
