#pragma once

#include "stats/stats.h"

#include <QColor>
#include <QList>
#include <QWidget>

#include <array>
#include <optional>

namespace coworking {
namespace ui {

// Utilisation by local hour of the week: one row per weekday (in the locale's order, from its
// first day of the week), one column per hour. Cells are shaded on a single-hue scale (light to
// dark blue, readable with any colour vision), carry the percentage as text where it fits and in
// a tooltip always; hours when the coworking is closed are hatched. The accessible description
// names the busiest hours, for those who cannot see the picture.
class OccupancyHeatmap final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(OccupancyHeatmap)

public:
    explicit OccupancyHeatmap(QWidget *parent = nullptr);

    // The 168 hours of GET /coworkings/{id}/stats (weekday 1..7, hour 0..23); others are ignored.
    void setHours(const QList<HourStats> &hours);
    void clear();

    // ISO weekdays top to bottom, starting at the locale's first day of the week.
    QList<int> weekdayOrder() const;
    std::optional<HourStats> hour(int weekday, int hour) const;
    // What a cell says in its tooltip ("Tuesday 10:00–11:00: 42.5% booked").
    QString cellDescription(int weekday, int hour) const;
    // The fill of a utilisation on the scale.
    static QColor shade(double utilisation);
    // The weekday and hour under a point of the widget, when it is a cell.
    std::optional<std::pair<int, int>> cellAt(const QPoint &pos) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QRect gridRect() const;
    QRect cellRect(int row, int hour) const;
    int labelWidth() const;
    void describe();

    std::array<std::optional<HourStats>, 7 * 24> m_hours{};
    bool m_hasData = false;
};

} // namespace ui
} // namespace coworking
