#pragma once

#include <QDateTime>

namespace coworking {

// A half-open interval [from, until) in UTC: back-to-back ranges do not overlap.
struct TimeRange
{
    QDateTime from;
    QDateTime until;

    bool isValid() const { return from.isValid() && until.isValid() && from < until; }
    bool overlaps(const TimeRange &o) const { return from < o.until && o.from < until; }
    bool contains(const TimeRange &o) const { return from <= o.from && o.until <= until; }
    qint64 durationSecs() const { return from.secsTo(until); }
    bool operator==(const TimeRange &o) const { return from == o.from && until == o.until; }
};

} // namespace coworking
