#pragma once

#include "floorplandocument.h"

#include <QCoreApplication>
#include <QUndoCommand>

namespace coworking {
namespace ui {

// A new spot (drawn on the plan, or a duplicate). Undo hides it rather than erasing it, so the
// key stays valid for the commands above it, also once Save has created it on the server.
class AddSpotCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(AddSpotCommand)
public:
    AddSpotCommand(FloorPlanDocument &document, const Spot &spot, QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    QString key() const { return m_entry.key; }

private:
    FloorPlanDocument &m_document;
    PlanSpot m_entry;
};

} // namespace ui
} // namespace coworking
