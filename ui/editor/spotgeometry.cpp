#include "spotgeometry.h"

#include <cmath>

namespace coworking {
namespace ui {

QPointF placementCentre(const SpotPlacement &map)
{
    return { map.x + map.width / 2, map.y + map.height / 2 };
}

QTransform placementTransform(const SpotPlacement &map)
{
    const QPointF c = placementCentre(map);
    QTransform t;
    t.translate(c.x(), c.y());
    t.rotate(map.rotation);
    return t;
}

QPolygonF placementPolygon(const SpotPlacement &map)
{
    return placementTransform(map).map(
            QPolygonF(QRectF(-map.width / 2, -map.height / 2, map.width, map.height)));
}

SpotPlacement placementAround(QPointF centre, double width, double height, double rotation)
{
    return { centre.x() - width / 2, centre.y() - height / 2, width, height, rotation };
}

double snapped(double value, double step)
{
    if (step <= 0)
        return value;
    return std::round(value / step) * step;
}

QPointF snapped(QPointF point, double step)
{
    return { snapped(point.x(), step), snapped(point.y(), step) };
}

double normalisedAngle(double degrees)
{
    double a = std::fmod(degrees, 360.0);
    if (a <= -180)
        a += 360;
    else if (a > 180)
        a -= 360;
    return a;
}

} // namespace ui
} // namespace coworking
