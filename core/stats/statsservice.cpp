#include "statsservice.h"

#include "access/accesspolicy.h"
#include "common/clock.h"
#include "common/datetime.h"
#include "common/daterange.h"
#include "closures/closureservice.h"
#include "coworkings/openinghours.h"
#include "openpieces.h"
#include "spots/spotrepository.h"
#include "statsrepository.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr int kHours = 24;
constexpr int kWeekdays = 7;
using WeekHours = std::array<qint64, kWeekdays * kHours>; // seconds, weekday-major

double ratio(qint64 part, qint64 whole)
{
    return whole > 0 ? double(part) / double(whole) : 0.0;
}

} // namespace

StatsService::StatsService(StatsRepository &stats, SpotRepository &spots,
                           ClosureRepository &closures, AccessPolicy &access, const Clock &clock)
    : m_stats(stats), m_spots(spots), m_closures(closures), m_access(access), m_clock(clock)
{
}

CoworkingStats StatsService::stats(const Actor &actor, const QString &coworkingId,
                                   const std::optional<QString> &fromText,
                                   const std::optional<QString> &untilText)
{
    const Coworking coworking = m_access.requireStaff(actor, coworkingId);

    const DateRange range = requireDateRange(fromText, untilText, kMaxDays);
    const QDate from = range.from;
    const QDate until = range.until;

    // Closed days offer no time, special days their own hours.
    const OpeningHours hours = openingHoursWithClosures(coworking, m_closures, from, until);
    const QList<OpenPiece> pieces = openPieces(hours, from, until);

    // Opening time per spot, in all and by weekday and local hour.
    qint64 openSecs = 0;
    WeekHours openByHour{};
    for (const OpenPiece &piece : pieces) {
        openSecs += piece.range.durationSecs();
        for (int h = 0; h < kHours; ++h)
            openByHour[(piece.weekday - 1) * kHours + h] += piece.secondsInHour(piece.range, h);
    }

    QHash<QString, qint64> bookedBySpot;
    WeekHours bookedByHour{};
    for (const BookedTime &row : m_stats.bookedTime(coworking.id, pieces)) {
        for (int h = 0; h < kHours; ++h) {
            bookedBySpot[row.spotId] += row.secondsByHour[h];
            bookedByHour[(row.weekday - 1) * kHours + h] += row.secondsByHour[h];
        }
    }
    QHash<QString, BookingCounts> counts;
    const TimeRange days{ hours.toUtc(from, QTime(0, 0)),
                          hours.toUtc(until.addDays(1), QTime(0, 0)) };
    for (const BookingCounts &c :
         m_stats.bookingCounts(coworking.id, days, coworking.policy.checkinRequired, m_clock.now()))
        counts.insert(c.spotId, c);

    CoworkingStats result;
    result.coworkingId = coworking.id;
    result.timezone = coworking.timezone;
    result.from = from;
    result.until = until;
    qint64 bookedSecs = 0;
    int countedSpots = 0;
    for (const Spot &spot : m_spots.listByCoworking(coworking.id)) {
        const qint64 booked = bookedBySpot.value(spot.id);
        const BookingCounts c = counts.value(spot.id);
        bookedSecs += booked;
        // An inactive spot offers no time, unless it was booked in the range all the same.
        if (spot.active || booked > 0)
            ++countedSpots;
        result.bySpot.append(SpotStats{ spot.id, spot.name, booked / 60, ratio(booked, openSecs),
                                        c.bookings, c.cancellations, c.noShows, c.checkIns });
        result.bookings += c.bookings;
        result.cancellations += c.cancellations;
        result.noShows += c.noShows;
        result.checkIns += c.checkIns;
    }
    result.openMinutes = openSecs * countedSpots / 60;
    result.bookedMinutes = bookedSecs / 60;
    result.utilisation = ratio(bookedSecs, openSecs * countedSpots);
    for (int d = 0; d < kWeekdays; ++d) {
        for (int h = 0; h < kHours; ++h) {
            const qint64 open = openByHour[d * kHours + h] * countedSpots;
            const qint64 booked = bookedByHour[d * kHours + h];
            result.byHour.append(
                    HourStats{ d + 1, h, open / 60, booked / 60, ratio(booked, open) });
        }
    }
    return result;
}

} // namespace coworking
