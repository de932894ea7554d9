#pragma once

#include "floorplandocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QUndoCommand>
#include <QVariant>

namespace coworking {
namespace ui {

// Name, description or the active flag of one or more spots, from the property panel.
class SetSpotPropertyCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(SetSpotPropertyCommand)
public:
    SetSpotPropertyCommand(FloorPlanDocument &document, const QStringList &keys, SpotField field,
                           const QVariant &value, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FloorPlanDocument &m_document;
    SpotField m_field;
    QVariant m_value;
    QHash<QString, QVariant> m_before;
};

} // namespace ui
} // namespace coworking
