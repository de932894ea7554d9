#pragma once

#include "spots/spot.h"

#include <QPointF>
#include <QPolygonF>
#include <QRectF>
#include <QTransform>

namespace coworking {
namespace ui {

// A spot's map placement is its unrotated rectangle (x, y = top-left, in pixels of the plan
// image) turned clockwise by `rotation` degrees about its centre, as the server draws it.
QPointF placementCentre(const SpotPlacement &map);
// From the spot's own frame (origin at its centre, axes along its sides) to the plan's.
QTransform placementTransform(const SpotPlacement &map);
QPolygonF placementPolygon(const SpotPlacement &map);
// A placement of the given size centred on `centre`, keeping `rotation`.
SpotPlacement placementAround(QPointF centre, double width, double height, double rotation = 0);
// Rounds to the nearest multiple of `step` (step <= 0: unchanged).
double snapped(double value, double step);
QPointF snapped(QPointF point, double step);
// Angle in (-180, 180].
double normalisedAngle(double degrees);

} // namespace ui
} // namespace coworking
