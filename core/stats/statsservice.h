#pragma once

#include "stats.h"
#include "users/user.h"

#include <QString>
#include <QtGlobal>

#include <optional>

namespace coworking {

class AccessPolicy;
class Clock;
class ClosureRepository;
class SpotRepository;
class StatsRepository;

// Occupancy statistics of a coworking over local dates (openapi.json, GET
// /coworkings/{id}/stats), for its staff and admins.
//
// The range is from..until, both local dates of the coworking and both included. Opening time
// is each local day's opening window as the clock of the coworking's zone runs that day (a
// 09:00-18:00 day is 9 hours long on the days DST changes too; a round-the-clock day is 23 or
// 25 hours long then; a closure's special hours replace the usual ones, a closed day has none),
// times the spots counted: those active now, and inactive ones that hold
// booked time in the range. Booked time is cut to the opening time (see StatsRepository for
// which bookings count); the hour buckets are local clock hours of ISO weekdays.
class StatsService final
{
    Q_DISABLE_COPY_MOVE(StatsService)
public:
    static constexpr int kMaxDays = 366;

    StatsService(StatsRepository &stats, SpotRepository &spots, ClosureRepository &closures,
                 AccessPolicy &access, const Clock &clock);

    // `from` and `until` as the query carried them ("YYYY-MM-DD"; nullopt when absent).
    // 404 COWORKING_NOT_FOUND, 403 for anyone but its staff, 422 VALIDATION_ERROR naming every
    // wrong parameter (missing, not a date, until before from, more than kMaxDays days).
    CoworkingStats stats(const Actor &actor, const QString &coworkingId,
                         const std::optional<QString> &from, const std::optional<QString> &until);

private:
    StatsRepository &m_stats;
    SpotRepository &m_spots;
    ClosureRepository &m_closures;
    AccessPolicy &m_access;
    const Clock &m_clock;
};

} // namespace coworking
