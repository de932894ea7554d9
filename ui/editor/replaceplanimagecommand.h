#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QUndoCommand>

namespace coworking {
namespace ui {

class FloorPlanDocument;

// A new plan image (the file's bytes as read); Save uploads it with PUT floor-plan.
class ReplacePlanImageCommand final : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(ReplacePlanImageCommand)
public:
    ReplacePlanImageCommand(FloorPlanDocument &document, const QByteArray &bytes,
                            QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;

private:
    FloorPlanDocument &m_document;
    QByteArray m_before;
    QByteArray m_after;
};

} // namespace ui
} // namespace coworking
