#pragma once

#include <QColor>
#include <QCoreApplication>
#include <QIcon>
#include <QPalette>
#include <QRectF>
#include <QString>

class QPainter;

namespace coworking {
namespace ui {

// What a spot is at one moment, as the map, the legend, lists and the kiosk show it.
enum class SpotState { Free, StartsSoon, Booked, CheckedIn, Inactive };

inline constexpr SpotState kAllSpotStates[] = { SpotState::Free, SpotState::StartsSoon,
                                                SpotState::Booked, SpotState::CheckedIn,
                                                SpotState::Inactive };

// How a state looks. The fills are fixed (the meaning must not change with the theme) and each
// label colour passes WCAG AA (4.5:1) on its fill; the outline is what separates a spot from a
// floor-plan image that has colours of its own, so it follows the palette's text colour.
struct SpotLook
{
    QColor fill;
    QColor label;
    QColor outline;
    bool hatched = false;
};

class SpotStates final
{
    Q_DECLARE_TR_FUNCTIONS(SpotStates)
public:
    static SpotLook look(SpotState state, const QPalette &palette);
    static QString name(SpotState state); // "Free", "Starts soon"...
    static QString description(SpotState state); // one sentence for tooltips and the legend
    // The second cue besides colour: clock, person, tick, slash (none for free), drawn in `rect`.
    static void paintBadge(QPainter &painter, const QRectF &rect, SpotState state);
    // A swatch with the badge, for legends and list decorations.
    static QIcon icon(SpotState state, const QPalette &palette, int size = 16);
    // Fill, hatch and outline of a spot shape; the caller draws the label and badge on top.
    static void paintBody(QPainter &painter, const QRectF &rect, SpotState state,
                          const QPalette &palette, bool selected);
};

} // namespace ui
} // namespace coworking
