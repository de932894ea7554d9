#include "bookingjson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"
#include "users/userjson.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject toJson(const Booking &booking, const QDateTime &now)
{
    return {
        { keys::Id, booking.id },
        { keys::UserId, booking.userId },
        { keys::SpotId, booking.spotId },
        { keys::CoworkingId, booking.coworkingId },
        { keys::TimeFrom, datetime::toJsonOrNull(booking.range.from) },
        { keys::TimeUntil, datetime::toJsonOrNull(booking.range.until) },
        { keys::Status, toString(booking.effectiveStatus(now)) },
        { keys::Options, QJsonArray::fromStringList(booking.options) },
        { keys::CreatedAt, datetime::toJsonOrNull(booking.createdAt) },
        { keys::CancelledAt, datetime::toJsonOrNull(booking.cancelledAt) },
        { keys::CheckedInAt, datetime::toJsonOrNull(booking.checkedInAt) },
        { keys::Code, booking.code.isEmpty() ? QJsonValue() : QJsonValue(booking.code) },
        { keys::CancelReason,
          booking.cancelNote.isEmpty() ? QJsonValue(QJsonValue::Null)
                                       : QJsonValue(booking.cancelNote) },
    };
}

std::optional<Booking> bookingFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Booking b;
    b.id = in.id(keys::Id);
    b.userId = in.id(keys::UserId);
    b.spotId = in.id(keys::SpotId);
    b.coworkingId = in.id(keys::CoworkingId);
    b.range.from = in.dateTime(keys::TimeFrom);
    b.range.until = in.dateTime(keys::TimeUntil);
    b.status = in.name(keys::Status, &bookingStatusFromString);
    b.options = in.idList(keys::Options);
    b.createdAt = in.nullableDateTime(keys::CreatedAt);
    b.cancelledAt = in.nullableDateTime(keys::CancelledAt);
    b.checkedInAt = in.nullableDateTime(keys::CheckedInAt);
    // Absent where the answer leaves it out (events); null for a booking without one.
    b.code = in.nullableString(keys::Code);
    b.cancelNote = in.nullableString(keys::CancelReason);
    return in.finish(std::move(b), error);
}

QJsonObject toJson(const BookingDetails &details, const QDateTime &now)
{
    QJsonObject object = toJson(details.booking, now);
    if (details.coworking)
        object.insert(keys::Coworking, embeddedCoworkingJson(*details.coworking));
    if (details.spot)
        object.insert(keys::Spot, embeddedSpotJson(*details.spot));
    if (details.user)
        object.insert(keys::User, toJson(*details.user));
    return object;
}

std::optional<BookingDetails> bookingDetailsFromJson(const QJsonObject &object, DecodeError *error)
{
    DecodeError bookingError;
    std::optional<Booking> booking = bookingFromJson(object, &bookingError);
    if (!booking) {
        if (error)
            *error = bookingError;
        return std::nullopt;
    }
    JsonReader in(object);
    BookingDetails details{ std::move(*booking), {}, {}, {} };
    details.coworking = in.nullableNested(keys::Coworking, &embeddedCoworkingFromJson);
    details.spot = in.nullableNested(keys::Spot, &embeddedSpotFromJson);
    details.user = in.nullableNested(keys::User, &userFromJson);
    return in.finish(std::move(details), error);
}

QJsonObject embeddedSpotJson(const Spot &spot)
{
    return { { keys::Id, spot.id },
             { keys::Name, spot.name },
             { keys::Description, spot.description } };
}

std::optional<Spot> embeddedSpotFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Spot spot;
    spot.id = in.id(keys::Id);
    spot.name = in.string(keys::Name);
    spot.description = in.string(keys::Description);
    return in.finish(std::move(spot), error);
}

QJsonObject embeddedCoworkingJson(const Coworking &coworking)
{
    return { { keys::Id, coworking.id },
             { keys::Name, coworking.name },
             { keys::Address, coworking.address },
             { keys::Timezone, coworking.timezone } };
}

std::optional<Coworking> embeddedCoworkingFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Coworking coworking;
    coworking.id = in.id(keys::Id);
    coworking.name = in.string(keys::Name);
    coworking.address = in.string(keys::Address);
    coworking.timezone = in.string(keys::Timezone);
    return in.finish(std::move(coworking), error);
}

QJsonObject toJson(const TimeRange &range)
{
    return { { keys::TimeFrom, datetime::toUtcString(range.from) },
             { keys::TimeUntil, datetime::toUtcString(range.until) } };
}

std::optional<TimeRange> timeRangeFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    TimeRange range{ in.dateTime(keys::TimeFrom), in.dateTime(keys::TimeUntil) };
    return in.finish(range, error);
}

QJsonArray toJson(const QList<TimeRange> &ranges)
{
    return toJsonArray(ranges, [](const TimeRange &range) { return toJson(range); });
}

QJsonObject availableSlotsToJson(const QList<TimeRange> &ranges)
{
    return { { keys::AvailableSlots, toJson(ranges) } };
}

std::optional<QList<TimeRange>> availableSlotsFromJson(const QJsonObject &object,
                                                       DecodeError *error)
{
    JsonReader in(object);
    QList<TimeRange> ranges = in.list(keys::AvailableSlots, &timeRangeFromJson);
    return in.finish(std::move(ranges), error);
}

QJsonObject toJson(const PrecheckResult &result)
{
    if (result.ok())
        return { { keys::Ok, true } };
    return { { keys::Ok, false }, { keys::Error, errorObjectJson(*result.error) } };
}

std::optional<PrecheckResult> precheckResultFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    PrecheckResult result;
    if (!in.boolean(keys::Ok) && in.ok())
        result.error = in.nested(keys::Error, &errorObjectFromJson);
    return in.finish(std::move(result), error);
}

} // namespace coworking
