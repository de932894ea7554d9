#pragma once

#include "common/timerange.h"
#include "openpieces.h"

#include <QList>
#include <QString>

#include <array>

namespace coworking {

// Booked seconds of one spot on one local weekday, by local clock hour.
struct BookedTime
{
    QString spotId;
    int weekday = 1;
    std::array<qint64, 24> secondsByHour{};
};

// Bookings of one spot that start in a range, by what became of them (see bookingCounts).
struct BookingCounts
{
    QString spotId;
    int bookings = 0;
    int cancellations = 0;
    int noShows = 0;
    int checkIns = 0;
};

// The occupancy figures of a coworking, summed where the bookings are.
class StatsRepository
{
public:
    // No booking lasts longer than a day (booking_policy.max_duration_minutes is at most 1440),
    // so the bookings that reach into a piece start at most this long before it: the bound that
    // lets one index range scan per piece find them.
    static constexpr qint64 kLongestBookingSecs = 24 * 3600;

    virtual ~StatsRepository() = default;

    // The time the coworking's bookings hold inside `pieces`, by spot, weekday and local hour
    // (OpenPiece::hourZero). Counted: every booking that is not cancelled (active, expired, and
    // future ones alike) over its interval, and a cancelled booking that had been checked in,
    // from its start until it was cancelled. Times are cut to whole seconds (rounded down).
    // Rows without any booked time are left out.
    virtual QList<BookedTime> bookedTime(const QString &coworkingId,
                                         const QList<OpenPiece> &pieces) = 0;

    // Per spot, the bookings of the coworking that start in `range`: all of them; the cancelled
    // ones other than no-shows; the no-shows (released by the runner, cancel reason "no_show",
    // or, when `checkinRequired`, ended by `now` without a check-in and not cancelled); and
    // those checked in. Spots without such bookings are left out.
    virtual QList<BookingCounts> bookingCounts(const QString &coworkingId, const TimeRange &range,
                                               bool checkinRequired, const QDateTime &now) = 0;
};

} // namespace coworking
