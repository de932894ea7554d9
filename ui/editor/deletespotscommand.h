#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUndoCommand>

namespace coworking {
namespace ui {

class FloorPlanDocument;

// Spots deleted in the editor; Save sends DELETE for those the server has.
class DeleteSpotsCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(DeleteSpotsCommand)
public:
    DeleteSpotsCommand(FloorPlanDocument &document, const QStringList &keys,
                       QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FloorPlanDocument &m_document;
    QStringList m_keys;
};

} // namespace ui
} // namespace coworking
