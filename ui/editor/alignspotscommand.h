#pragma once

#include "spotgeometrycommand.h"

#include <QStringList>

namespace coworking {
namespace ui {

enum class Alignment { Left, Right, Top, Bottom, HorizontalCentre, VerticalCentre };

// Lines spots up on the outermost edge of the selection (or its middle line): each spot's
// bounding box, rotation included, touches that line.
class AlignSpotsCommand final : public SpotGeometryCommand
{
    Q_DECLARE_TR_FUNCTIONS(AlignSpotsCommand)
public:
    AlignSpotsCommand(FloorPlanDocument &document, const QStringList &keys, Alignment alignment,
                      QUndoCommand *parent = nullptr);

    static QHash<QString, SpotPlacement> aligned(const FloorPlanDocument &document,
                                                 const QStringList &keys, Alignment alignment);
};

} // namespace ui
} // namespace coworking
