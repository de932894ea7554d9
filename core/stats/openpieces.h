#pragma once

#include "common/timerange.h"

#include <QDate>
#include <QDateTime>
#include <QList>

namespace coworking {

class OpeningHours;

// A stretch of opening time within one local day during which the zone's UTC offset stays the
// same. Within it the local clock hour of an instant is plain arithmetic, which is what lets the
// database bucket booked time by local hour without knowing any time zone.
struct OpenPiece
{
    int weekday = 1; // ISO weekday of the local day
    TimeRange range; // UTC
    // The local day's 00:00 at this piece's offset: local hour h runs from hourZero + h hours.
    // On the day of a DST change the pieces either side have different hour zeros, so the
    // repeated hour of autumn counts twice and the skipped hour of spring not at all.
    QDateTime hourZero;

    // Seconds of `r` that fall into local hour `hour` of this piece (and into the piece).
    qint64 secondsInHour(const TimeRange &r, int hour) const;

    bool operator==(const OpenPiece &) const = default;
};

// The opening time of the local dates from..until (both included), cut at local midnights and
// at changes of the UTC offset. A window that opens the evening before `from` counts from
// `from`'s midnight on; one that closes after `until` counts until the midnight that ends it.
QList<OpenPiece> openPieces(const OpeningHours &hours, QDate from, QDate until);

} // namespace coworking
