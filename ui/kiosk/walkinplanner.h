#pragma once

#include "common/timerange.h"
#include "closures/closure.h"
#include "coworkings/coworking.h"
#include "coworkings/openinghours.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace coworking {
namespace ui {

// What a walk-in can book, from a coworking's opening hours, booking policy and the busy times of
// its spots: a booking starts at the next step of the slot grid (it may not start in the past)
// and lasts until the spot's next booking or closing time at the latest.
class WalkInPlanner final
{
public:
    // `closures`: the coworking's closures around now (a closed day offers nothing, a day of
    // special hours only those).
    explicit WalkInPlanner(const Coworking &coworking, const QList<Closure> &closures = {});

    // The interval a walk-in can have on a spot with these busy times: from the next slot start
    // after `now` until the next booking or closing, on the grid and within the policy's minimum;
    // nullopt when the spot is taken now or the coworking is closed.
    std::optional<TimeRange> freeNow(const QList<TimeRange> &busy, const QDateTime &now) const;
    // The durations to offer inside `free`: 30 min, then whole hours, while the slot grid and the
    // policy's minimum and maximum allow, and last "until" the end of `free` (capped at the
    // maximum) when that is not one of them. Each is a range starting at free.from.
    QList<TimeRange> durations(const TimeRange &free) const;
    // "Any free spot": the spot free now for the longest (the first of equals in `order`).
    static std::optional<QString> bestFit(const QHash<QString, TimeRange> &freeBySpot,
                                          const QStringList &order);

private:
    bool fitsPolicy(qint64 minutes) const;

    Coworking m_coworking;
    OpeningHours m_hours;
};

} // namespace ui
} // namespace coworking
