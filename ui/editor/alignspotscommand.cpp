#include "alignspotscommand.h"

#include "floorplandocument.h"
#include "spotgeometry.h"

namespace coworking {
namespace ui {

AlignSpotsCommand::AlignSpotsCommand(FloorPlanDocument &document, const QStringList &keys,
                                     Alignment alignment, QUndoCommand *parent)
    : SpotGeometryCommand(document, changesTo(document, aligned(document, keys, alignment)), parent)
{
    const int n = int(changes().size());
    switch (alignment) {
    case Alignment::Left:
        setText(tr("Align %n spots left", nullptr, n));
        break;
    case Alignment::Right:
        setText(tr("Align %n spots right", nullptr, n));
        break;
    case Alignment::Top:
        setText(tr("Align %n spots to the top", nullptr, n));
        break;
    case Alignment::Bottom:
        setText(tr("Align %n spots to the bottom", nullptr, n));
        break;
    case Alignment::HorizontalCentre:
        setText(tr("Centre %n spots horizontally", nullptr, n));
        break;
    case Alignment::VerticalCentre:
        setText(tr("Centre %n spots vertically", nullptr, n));
        break;
    }
}

QHash<QString, SpotPlacement> AlignSpotsCommand::aligned(const FloorPlanDocument &document,
                                                         const QStringList &keys,
                                                         Alignment alignment)
{
    QHash<QString, SpotPlacement> placed;
    QHash<QString, QRectF> bounds;
    QRectF all;
    for (const QString &key : keys) {
        const PlanSpot *e = document.find(key);
        if (!e || !e->isPlaced())
            continue;
        placed.insert(key, *e->spot.map);
        const QRectF b = placementPolygon(*e->spot.map).boundingRect();
        bounds.insert(key, b);
        all = all.isNull() ? b : all.united(b);
    }
    QHash<QString, SpotPlacement> result;
    for (auto it = placed.cbegin(); it != placed.cend(); ++it) {
        const QRectF b = bounds.value(it.key());
        QPointF shift;
        switch (alignment) {
        case Alignment::Left:
            shift.setX(all.left() - b.left());
            break;
        case Alignment::Right:
            shift.setX(all.right() - b.right());
            break;
        case Alignment::Top:
            shift.setY(all.top() - b.top());
            break;
        case Alignment::Bottom:
            shift.setY(all.bottom() - b.bottom());
            break;
        case Alignment::HorizontalCentre:
            shift.setX(all.center().x() - b.center().x());
            break;
        case Alignment::VerticalCentre:
            shift.setY(all.center().y() - b.center().y());
            break;
        }
        SpotPlacement moved = *it;
        moved.x += shift.x();
        moved.y += shift.y();
        result.insert(it.key(), moved);
    }
    return result;
}

} // namespace ui
} // namespace coworking
