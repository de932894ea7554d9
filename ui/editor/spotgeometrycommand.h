#pragma once

#include "spots/spot.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QUndoCommand>

#include <optional>

namespace coworking {
namespace ui {

class FloorPlanDocument;

// Placements before and after, per spot key: what moving, resizing, rotating, aligning and
// placing a spot have in common. Subclasses name the edit.
class SpotGeometryCommand : public QUndoCommand
{
public:
    using Placement = std::optional<SpotPlacement>;
    struct Change
    {
        Placement before;
        Placement after;
    };

    SpotGeometryCommand(FloorPlanDocument &document, QHash<QString, Change> changes,
                        QUndoCommand *parent = nullptr);

    void undo() override;
    void redo() override;
    const QHash<QString, Change> &changes() const { return m_changes; }

    // The changes that set each key to `after`, read `before` from the document.
    static QHash<QString, Change> changesTo(const FloorPlanDocument &document,
                                            const QHash<QString, SpotPlacement> &after);

protected:
    // Sets the text from `format`, its %1 the name of one of the spots.
    void setTextNaming(const QString &format);

private:
    FloorPlanDocument &m_document;
    QHash<QString, Change> m_changes;
};

} // namespace ui
} // namespace coworking
