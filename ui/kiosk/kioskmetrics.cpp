#include "kioskmetrics.h"

#include <QWidget>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

int KioskMetrics::px(const QWidget *widget, int dp)
{
    const int dpi = widget ? widget->logicalDpiX() : 96;
    return qRound(dp * qMax(dpi, 96) / 96.0);
}

QString KioskMetrics::styleSheet(const QWidget *widget)
{
    const int target = px(widget, kTarget);
    const int primary = px(widget, kPrimary);
    const int pad = px(widget, 12);
    const int radius = px(widget, 8);
    // Pressed: the palette's highlight, so the feedback shows in light and dark themes alike.
    return uR"(
* { font-size: %1pt; }
QPushButton, QToolButton { min-height: %2px; min-width: %2px; padding: 0 %4px;
    border: 2px solid palette(mid); border-radius: %5px; background: palette(button); }
QPushButton:pressed, QToolButton:pressed, QPushButton:checked, QToolButton:checked {
    background: palette(highlight); color: palette(highlighted-text);
    border-color: palette(highlight); }
QPushButton:disabled { color: palette(mid); }
QPushButton[primary="true"] { min-height: %3px; min-width: %8px; font-weight: bold; }
QLineEdit { min-height: %2px; padding: 0 %4px; border: 2px solid palette(mid);
    border-radius: %5px; }
QLineEdit:focus { border-color: palette(highlight); }
QListWidget::item { min-height: %2px; padding: %4px; border-bottom: 1px solid palette(mid); }
QListWidget::item:selected, QListWidget::item:pressed { background: palette(highlight);
    color: palette(highlighted-text); }
QLabel[role="title"] { font-size: %6pt; font-weight: bold; }
QLabel[role="code"] { font-size: %7pt; font-weight: bold; font-family: monospace; }
QLabel[role="error"] { color: #b71c1c; }
QLabel[role="summary"] { font-size: %9pt; }
QLabel[role="positive"] { color: #1b5e20; font-weight: bold; font-size: %9pt; }
QLineEdit[role="code"] { font-size: %6pt; font-family: monospace; min-height: %3px; }
)"_s.arg(kBodyPoints)
            .arg(target)
            .arg(primary)
            .arg(pad)
            .arg(radius)
            .arg(kTitlePoints)
            .arg(kCodePoints)
            .arg(px(widget, 240))
            .arg(kSummaryPoints);
}

} // namespace ui
} // namespace coworking
