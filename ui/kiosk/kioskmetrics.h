#pragma once

#include <QString>

class QWidget;

namespace coworking {
namespace ui {

// Sizes of the kiosk for fingers: targets of at least 48 px at 96 dpi (9 mm), primary buttons
// 64 px, body text 18 pt, titles 28 pt, all scaled with the screen's logical DPI so a target
// keeps its physical size on a denser screen.
class KioskMetrics final
{
public:
    static constexpr int kTarget = 48;
    static constexpr int kPrimary = 64;
    static constexpr int kBodyPoints = 18;
    static constexpr int kTitlePoints = 28;
    static constexpr int kCodePoints = 44;
    static constexpr int kSummaryPoints = 24;

    // `dp` device-independent pixels (at 96 dpi) in pixels of `widget`'s screen.
    static int px(const QWidget *widget, int dp);
    // The kiosk's style sheet: large type, large targets and a visible pressed state on every
    // button and list item (nothing depends on hover).
    static QString styleSheet(const QWidget *widget);
};

} // namespace ui
} // namespace coworking
