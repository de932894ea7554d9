#include "decoding.h"

#include "bookings/bookingjson.h"
#include "common/errorenvelope.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking::client::decoding {

namespace {

// Members only the calendar issue's answers have (the server does not send them yet).
namespace ckeys {
constexpr QLatin1StringView Date("date");
constexpr QLatin1StringView From("from");
constexpr QLatin1StringView Until("until");
constexpr QLatin1StringView Timezone("timezone");
constexpr QLatin1StringView OpenMinutes("open_minutes");
constexpr QLatin1StringView BookedMinutes("booked_minutes");
constexpr QLatin1StringView Utilisation("utilisation");
constexpr QLatin1StringView Bookings("bookings");
constexpr QLatin1StringView Cancellations("cancellations");
constexpr QLatin1StringView NoShows("no_shows");
constexpr QLatin1StringView CheckIns("check_ins");
constexpr QLatin1StringView BySpot("by_spot");
constexpr QLatin1StringView ByHour("by_hour");
constexpr QLatin1StringView Weekday("weekday");
constexpr QLatin1StringView Hour("hour");
constexpr QLatin1StringView Ok("ok");
constexpr QLatin1StringView Error("error");
constexpr QLatin1StringView SeriesId("series_id");
constexpr QLatin1StringView Skipped("skipped");
constexpr QLatin1StringView Occurrences("occurrences");
constexpr QLatin1StringView NextAttemptAt("next_attempt_at");
constexpr QLatin1StringView LastError("last_error");
constexpr QLatin1StringView HandledAt("handled_at");
constexpr QLatin1StringView Payload("payload");
} // namespace ckeys

QDate date(JsonReader &r, QLatin1StringView key)
{
    const QDate d = QDate::fromString(r.string(key), Qt::ISODate);
    if (!d.isValid() && r.ok())
        r.fail(QString(key), u"must be a date YYYY-MM-DD"_s);
    return d;
}

std::optional<QTime> optionalTime(JsonReader &r, QLatin1StringView key)
{
    if (!r.has(key))
        return std::nullopt;
    return r.timeOfDay(key);
}

std::optional<SpotStats> spotStats(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    SpotStats s{ r.id(keys::SpotId), r.string(keys::Name), r.integer64(ckeys::BookedMinutes),
                 r.number(ckeys::Utilisation), r.integer(ckeys::Bookings) };
    return r.finish(s, error);
}

std::optional<HourStats> hourStats(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    HourStats h{ r.integer(ckeys::Weekday), r.integer(ckeys::Hour), r.number(ckeys::Utilisation) };
    return r.finish(h, error);
}

} // namespace

std::optional<OutboxEvent> outboxEvent(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    OutboxEvent e;
    e.id = r.id(keys::Id);
    e.type = r.string(keys::Type);
    e.payload = r.object(ckeys::Payload);
    e.createdAt = r.dateTime(keys::CreatedAt);
    e.state = r.name<EventState>(keys::State, eventStateFromString, EventState::Pending);
    e.attempts = r.integer(keys::Attempts);
    e.nextAttemptAt = r.nullableDateTime(ckeys::NextAttemptAt);
    e.lastError = r.nullableString(ckeys::LastError);
    e.handledAt = r.nullableDateTime(ckeys::HandledAt);
    return r.finish(e, error);
}

std::optional<Closure> closure(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    Closure c;
    c.id = r.id(keys::Id);
    c.date = date(r, ckeys::Date);
    c.opensAt = optionalTime(r, keys::OpensAt);
    c.closesAt = optionalTime(r, keys::ClosesAt);
    c.reason = r.nullableString(keys::Reason);
    return r.finish(c, error);
}

std::optional<CoworkingStats> coworkingStats(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    CoworkingStats s;
    s.coworkingId = r.id(keys::CoworkingId);
    s.timezone = r.string(ckeys::Timezone);
    s.from = date(r, ckeys::From);
    s.until = date(r, ckeys::Until);
    s.openMinutes = r.integer64(ckeys::OpenMinutes);
    s.bookedMinutes = r.integer64(ckeys::BookedMinutes);
    s.utilisation = r.number(ckeys::Utilisation);
    s.bookings = r.integer(ckeys::Bookings);
    s.cancellations = r.integer(ckeys::Cancellations);
    s.noShows = r.integer(ckeys::NoShows);
    s.checkIns = r.integer(ckeys::CheckIns);
    s.bySpot = r.list(ckeys::BySpot, spotStats);
    s.byHour = r.list(ckeys::ByHour, hourStats);
    return r.finish(s, error);
}

std::optional<SeriesOccurrence> seriesOccurrence(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    SeriesOccurrence occurrence;
    occurrence.range = TimeRange{ r.dateTime(keys::TimeFrom), r.dateTime(keys::TimeUntil) };
    // Skipped occurrences carry only the error; prechecked ones say ok as well.
    occurrence.ok = r.has(ckeys::Ok) ? r.boolean(ckeys::Ok) : !r.has(ckeys::Error);
    if (r.has(ckeys::Error))
        occurrence.error = errorObject(r.object(ckeys::Error));
    return r.finish(occurrence, error);
}

std::optional<SeriesResult> seriesResult(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    SeriesResult result;
    result.seriesId = r.id(ckeys::SeriesId);
    result.bookings = r.list(ckeys::Bookings, bookingFromJson);
    if (r.has(ckeys::Skipped))
        result.skipped = r.list(ckeys::Skipped, seriesOccurrence);
    return r.finish(result, error);
}

std::optional<QList<SeriesOccurrence>> seriesPrecheck(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    auto occurrences = r.list(ckeys::Occurrences, seriesOccurrence);
    return r.finish(occurrences, error);
}

std::optional<PrecheckOutcome> precheckOutcome(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    PrecheckOutcome result;
    result.ok = r.boolean(ckeys::Ok);
    if (r.has(ckeys::Error))
        result.error = errorObject(r.object(ckeys::Error));
    return r.finish(result, error);
}

ApiError errorObject(const QJsonObject &object)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    if (const auto envelope = errorObjectFromJson(object)) {
        e.code = envelope->code;
        e.message = envelope->message;
        e.details = envelope->details;
        e.fields = envelope->fields;
    }
    return e;
}

} // namespace coworking::client::decoding
