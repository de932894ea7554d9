#include "statsjson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"

#include <QJsonArray>

namespace coworking {

namespace {

QJsonObject toJson(const SpotStats &s)
{
    return { { keys::SpotId, s.spotId },
             { keys::Name, s.name },
             { keys::BookedMinutes, s.bookedMinutes },
             { keys::Utilisation, s.utilisation },
             { keys::Bookings, s.bookings },
             { keys::Cancellations, s.cancellations },
             { keys::NoShows, s.noShows },
             { keys::CheckIns, s.checkIns } };
}

QJsonObject toJson(const HourStats &h)
{
    return { { keys::Weekday, h.weekday },
             { keys::Hour, h.hour },
             { keys::OpenMinutes, h.openMinutes },
             { keys::BookedMinutes, h.bookedMinutes },
             { keys::Utilisation, h.utilisation } };
}

std::optional<SpotStats> spotStatsFromJson(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    SpotStats s;
    s.spotId = r.id(keys::SpotId);
    s.name = r.string(keys::Name);
    s.bookedMinutes = r.integer64(keys::BookedMinutes);
    s.utilisation = r.number(keys::Utilisation);
    s.bookings = r.integer(keys::Bookings);
    s.cancellations = r.integer(keys::Cancellations);
    s.noShows = r.integer(keys::NoShows);
    s.checkIns = r.integer(keys::CheckIns);
    return r.finish(s, error);
}

std::optional<HourStats> hourStatsFromJson(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    HourStats h;
    h.weekday = r.integer(keys::Weekday);
    h.hour = r.integer(keys::Hour);
    h.openMinutes = r.integer64(keys::OpenMinutes);
    h.bookedMinutes = r.integer64(keys::BookedMinutes);
    h.utilisation = r.number(keys::Utilisation);
    return r.finish(h, error);
}

} // namespace

QJsonObject toJson(const CoworkingStats &stats)
{
    return {
        { keys::CoworkingId, stats.coworkingId },
        { keys::Timezone, stats.timezone },
        { keys::From, datetime::dateToString(stats.from) },
        { keys::Until, datetime::dateToString(stats.until) },
        { keys::OpenMinutes, stats.openMinutes },
        { keys::BookedMinutes, stats.bookedMinutes },
        { keys::Utilisation, stats.utilisation },
        { keys::Bookings, stats.bookings },
        { keys::Cancellations, stats.cancellations },
        { keys::NoShows, stats.noShows },
        { keys::CheckIns, stats.checkIns },
        { keys::BySpot, toJsonArray(stats.bySpot, [](const SpotStats &s) { return toJson(s); }) },
        { keys::ByHour, toJsonArray(stats.byHour, [](const HourStats &h) { return toJson(h); }) }
    };
}

std::optional<CoworkingStats> coworkingStatsFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader r(object);
    CoworkingStats s;
    s.coworkingId = r.id(keys::CoworkingId);
    s.timezone = r.string(keys::Timezone);
    s.from = r.date(keys::From);
    s.until = r.date(keys::Until);
    s.openMinutes = r.integer64(keys::OpenMinutes);
    s.bookedMinutes = r.integer64(keys::BookedMinutes);
    s.utilisation = r.number(keys::Utilisation);
    s.bookings = r.integer(keys::Bookings);
    s.cancellations = r.integer(keys::Cancellations);
    s.noShows = r.integer(keys::NoShows);
    s.checkIns = r.integer(keys::CheckIns);
    s.bySpot = r.list(keys::BySpot, spotStatsFromJson);
    s.byHour = r.list(keys::ByHour, hourStatsFromJson);
    return r.finish(s, error);
}

} // namespace coworking
