#include "decoding.h"

#include "bookings/bookingjson.h"
#include "common/errorenvelope.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking::client::decoding {

namespace {

// Members only the calendar issue's answers have (the server does not send them yet).
namespace ckeys {
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
    result.bookings = r.list(keys::Bookings, bookingFromJson);
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

std::optional<QUrl> url(const QJsonObject &o, DecodeError *error)
{
    JsonReader r(o);
    const QUrl url(r.string(keys::Url));
    if (url.isEmpty() || !url.isValid())
        r.fail(QString(keys::Url), u"must be a URL"_s);
    return r.finish(url, error);
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
