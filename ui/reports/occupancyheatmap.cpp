#include "occupancyheatmap.h"

#include "spotstatsmodel.h"

#include <QEvent>
#include <QHelpEvent>
#include <QLocale>
#include <QPainter>
#include <QTime>
#include <QToolTip>

#include <algorithm>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kHeaderHeight = 20;
constexpr int kLegendHeight = 28;
constexpr int kMinCell = 14;

int slot(int weekday, int hour)
{
    return (weekday - 1) * 24 + hour;
}

} // namespace

OccupancyHeatmap::OccupancyHeatmap(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Utilisation by hour of the week"));
    setMouseTracking(true);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    describe();
}

void OccupancyHeatmap::setHours(const QList<HourStats> &hours)
{
    m_hours.fill(std::nullopt);
    for (const HourStats &h : hours) {
        if (h.weekday >= 1 && h.weekday <= 7 && h.hour >= 0 && h.hour < 24)
            m_hours[slot(h.weekday, h.hour)] = h;
    }
    m_hasData = true;
    describe();
    update();
}

void OccupancyHeatmap::clear()
{
    m_hours.fill(std::nullopt);
    m_hasData = false;
    describe();
    update();
}

QList<int> OccupancyHeatmap::weekdayOrder() const
{
    const int first = int(locale().firstDayOfWeek());
    QList<int> order;
    for (int i = 0; i < 7; ++i)
        order.append((first - 1 + i) % 7 + 1);
    return order;
}

std::optional<HourStats> OccupancyHeatmap::hour(int weekday, int hour) const
{
    if (weekday < 1 || weekday > 7 || hour < 0 || hour > 23)
        return std::nullopt;
    return m_hours[slot(weekday, hour)];
}

QString OccupancyHeatmap::cellDescription(int weekday, int h) const
{
    const QLocale loc = locale();
    const QString when = tr("%1 %2–%3")
                                 .arg(loc.dayName(weekday, QLocale::LongFormat),
                                      loc.toString(QTime(h, 0), QLocale::ShortFormat),
                                      loc.toString(QTime((h + 1) % 24, 0), QLocale::ShortFormat));
    const std::optional<HourStats> s = hour(weekday, h);
    if (!s)
        return when;
    if (s->openMinutes == 0)
        return tr("%1: closed").arg(when);
    return tr("%1: %2 booked (%3 of %4)")
            .arg(when, SpotStatsModel::percentText(s->utilisation, loc),
                 SpotStatsModel::hoursText(s->bookedMinutes, loc),
                 SpotStatsModel::hoursText(s->openMinutes, loc));
}

QColor OccupancyHeatmap::shade(double utilisation)
{
    // ColorBrewer's single-hue "Blues": ordered by lightness, so it reads the same to every kind
    // of colour vision and in greyscale.
    static const QColor stops[] = { QColor(0xef, 0xf3, 0xff), QColor(0xbd, 0xd7, 0xe7),
                                    QColor(0x6b, 0xae, 0xd6), QColor(0x31, 0x82, 0xbd),
                                    QColor(0x08, 0x51, 0x9c) };
    const double x = std::clamp(utilisation, 0.0, 1.0) * 4.0;
    const int i = std::min(int(x), 3);
    const double t = x - i;
    const QColor &a = stops[i];
    const QColor &b = stops[i + 1];
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

int OccupancyHeatmap::labelWidth() const
{
    int width = 0;
    for (int d = 1; d <= 7; ++d)
        width = std::max(
                width, fontMetrics().horizontalAdvance(locale().dayName(d, QLocale::ShortFormat)));
    return width + 8;
}

QRect OccupancyHeatmap::gridRect() const
{
    const int left = labelWidth();
    return QRect(left, kHeaderHeight, width() - left - 1, height() - kHeaderHeight - kLegendHeight);
}

QRect OccupancyHeatmap::cellRect(int row, int h) const
{
    const QRect grid = gridRect();
    const int x0 = grid.left() + grid.width() * h / 24;
    const int x1 = grid.left() + grid.width() * (h + 1) / 24;
    const int y0 = grid.top() + grid.height() * row / 7;
    const int y1 = grid.top() + grid.height() * (row + 1) / 7;
    return QRect(x0, y0, x1 - x0, y1 - y0);
}

std::optional<std::pair<int, int>> OccupancyHeatmap::cellAt(const QPoint &pos) const
{
    const QRect grid = gridRect();
    if (!grid.contains(pos) || grid.width() <= 0 || grid.height() <= 0)
        return std::nullopt;
    const int h = std::clamp((pos.x() - grid.left()) * 24 / grid.width(), 0, 23);
    const int row = std::clamp((pos.y() - grid.top()) * 7 / grid.height(), 0, 6);
    return std::make_pair(weekdayOrder().at(row), h);
}

QSize OccupancyHeatmap::sizeHint() const
{
    return QSize(labelWidth() + 24 * 34, kHeaderHeight + 7 * 26 + kLegendHeight);
}

QSize OccupancyHeatmap::minimumSizeHint() const
{
    return QSize(labelWidth() + 24 * kMinCell, kHeaderHeight + 7 * kMinCell + kLegendHeight);
}

void OccupancyHeatmap::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const QPalette pal = palette();
    const QLocale loc = locale();
    const QList<int> order = weekdayOrder();
    const QFontMetrics fm = fontMetrics();
    const bool numbersFit = cellRect(0, 0).width() >= fm.horizontalAdvance(u"100"_s) + 4;

    // Hour labels: as many as fit.
    p.setPen(pal.color(QPalette::WindowText));
    const int step = cellRect(0, 0).width() >= fm.horizontalAdvance(u"00"_s) + 6 ? 1 : 3;
    for (int h = 0; h < 24; h += step) {
        const QRect r = cellRect(0, h);
        p.drawText(QRect(r.left(), 0, r.width(), kHeaderHeight), Qt::AlignCenter,
                   loc.toString(h).rightJustified(2, u'0'));
    }
    for (int row = 0; row < 7; ++row) {
        const QRect r = cellRect(row, 0);
        p.setPen(pal.color(QPalette::WindowText));
        p.drawText(QRect(0, r.top(), labelWidth() - 6, r.height()),
                   Qt::AlignRight | Qt::AlignVCenter,
                   loc.dayName(order.at(row), QLocale::ShortFormat));
        for (int h = 0; h < 24; ++h) {
            const QRect cell = cellRect(row, h).adjusted(0, 0, -1, -1);
            const std::optional<HourStats> s = hour(order.at(row), h);
            if (!s || s->openMinutes == 0) {
                // Closed (or nothing loaded): hatched, so it is not mistaken for an empty hour.
                p.fillRect(cell, pal.color(QPalette::Window));
                p.fillRect(cell, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
                continue;
            }
            const QColor fill = shade(s->utilisation);
            p.fillRect(cell, fill);
            if (numbersFit) {
                p.setPen(fill.lightnessF() > 0.55 ? QColor(Qt::black) : QColor(Qt::white));
                p.drawText(cell, Qt::AlignCenter, loc.toString(qRound(s->utilisation * 100)));
            }
        }
    }

    // Legend: the scale from 0 to 100 %, and what hatching means.
    const QRect grid = gridRect();
    const int y = grid.bottom() + 8;
    const int barWidth = std::min(200, grid.width() / 2);
    for (int x = 0; x < barWidth; ++x) {
        p.setPen(shade(double(x) / std::max(1, barWidth - 1)));
        p.drawLine(grid.left() + x, y, grid.left() + x, y + 10);
    }
    p.setPen(pal.color(QPalette::WindowText));
    const QString scale = tr("%1 to %2")
                                  .arg(SpotStatsModel::percentText(0, loc, 0),
                                       SpotStatsModel::percentText(1, loc, 0));
    const int scaleX = grid.left() + barWidth + 6;
    const int scaleWidth = fm.horizontalAdvance(scale) + 4;
    p.drawText(QRect(scaleX, y - 4, scaleWidth, fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               scale);
    const int hatchX = scaleX + scaleWidth + 24;
    const QRect hatch(hatchX, y, 16, 10);
    p.fillRect(hatch, QBrush(pal.color(QPalette::Mid), Qt::BDiagPattern));
    p.drawRect(hatch.adjusted(0, 0, -1, -1));
    const QString closed = tr("closed");
    p.drawText(QRect(hatchX + 22, y - 4, fm.horizontalAdvance(closed) + 4, fm.height()),
               Qt::AlignLeft | Qt::AlignVCenter, closed);
}

bool OccupancyHeatmap::event(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        if (const auto cell = cellAt(help->pos()); cell && m_hasData)
            QToolTip::showText(help->globalPos(), cellDescription(cell->first, cell->second), this);
        else
            QToolTip::hideText();
        return true;
    }
    return QWidget::event(e);
}

void OccupancyHeatmap::changeEvent(QEvent *e)
{
    if (e->type() == QEvent::LocaleChange || e->type() == QEvent::LanguageChange) {
        describe();
        updateGeometry();
        update();
    }
    QWidget::changeEvent(e);
}

void OccupancyHeatmap::describe()
{
    if (!m_hasData) {
        setAccessibleDescription(tr("No statistics loaded."));
        return;
    }
    // The three busiest open hours, then how to read the picture.
    QList<HourStats> open;
    for (const auto &h : m_hours) {
        if (h && h->openMinutes > 0)
            open.append(*h);
    }
    std::stable_sort(open.begin(), open.end(), [](const HourStats &a, const HourStats &b) {
        return a.utilisation > b.utilisation;
    });
    QStringList busiest;
    for (qsizetype i = 0; i < std::min<qsizetype>(3, open.size()); ++i)
        busiest.append(cellDescription(open.at(i).weekday, open.at(i).hour));
    const QString how = tr("Rows are weekdays, columns hours; darker cells are busier, closed "
                           "hours are hatched.");
    setAccessibleDescription(busiest.isEmpty()
                                     ? tr("The coworking is closed at every hour of this range.")
                                             + u' ' + how
                                     : tr("Busiest: %1.").arg(busiest.join(u"; "_s)) + u' ' + how);
}

} // namespace ui
} // namespace coworking
