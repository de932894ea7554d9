#include "livemessage.h"

#include "bookings/bookingjson.h"
#include "common/datetime.h"
#include "common/jsonkeys.h"
#include "spots/spotjson.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QJsonObject liveBookingJson(const Booking &b, bool withUser)
{
    QJsonObject o{ { keys::Id, b.id },
                   { keys::SpotId, b.spotId },
                   { keys::TimeFrom, datetime::toJsonOrNull(b.range.from) },
                   { keys::TimeUntil, datetime::toJsonOrNull(b.range.until) },
                   { keys::Status, toString(b.status) },
                   { keys::CheckedInAt, datetime::toJsonOrNull(b.checkedInAt) } };
    if (withUser)
        o.insert(keys::UserId, b.userId);
    return o;
}

std::optional<TimeRange> windowFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    TimeRange window{ in.dateTime(keys::From), in.dateTime(keys::Until) };
    return in.finish(window, error);
}

LiveSnapshot snapshotFromJson(JsonReader &in)
{
    LiveSnapshot s;
    s.coworkingId = in.id(keys::CoworkingId);
    s.at = in.dateTime(keys::At);
    s.window = in.nested(keys::Window, &windowFromJson).value_or(TimeRange());
    s.spots = in.list(keys::Spots, &spotFromJson);
    s.bookings = in.list(keys::Bookings, &liveBookingFromJson);
    return s;
}

// The members a change message and an outbox event's payload share: all but "event".
LiveBookingChange bookingChangeFields(JsonReader &in)
{
    LiveBookingChange c;
    c.coworkingId = in.id(keys::CoworkingId);
    c.booking = in.nested(keys::Booking, &liveBookingFromJson).value_or(Booking());
    c.reason = in.nullableString(keys::Reason);
    c.previous = in.nullableNested(keys::Previous, &timeRangeFromJson);
    // Optional inside `previous`: older events and servers did not send it.
    c.previousSpotId = in.object().value(keys::Previous).toObject().value(keys::SpotId).toString();
    return c;
}

std::optional<LiveSpotChange> spotFromJsonObject(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    LiveSpotChange c;
    c.spotId = in.id(keys::Id);
    c.name = in.string(keys::Name);
    c.status = in.string(keys::Status);
    return in.finish(std::move(c), error);
}

LiveSpotChange spotChangeFields(JsonReader &in)
{
    LiveSpotChange c = in.nested(keys::Spot, &spotFromJsonObject).value_or(LiveSpotChange());
    c.coworkingId = in.id(keys::CoworkingId);
    return c;
}

// The event name of an outbox type: "booking.checked_in" → "checked_in".
QString eventName(const QString &eventType)
{
    return eventType.mid(eventType.indexOf(u'.') + 1);
}

} // namespace

QJsonObject toJson(const LiveSnapshot &snapshot, bool withUsers)
{
    QJsonArray bookings;
    for (const Booking &b : snapshot.bookings)
        bookings.append(liveBookingJson(b, withUsers));
    return { { keys::CoworkingId, snapshot.coworkingId },
             { keys::At, datetime::toUtcString(snapshot.at) },
             { keys::Window,
               QJsonObject{ { keys::From, datetime::toUtcString(snapshot.window.from) },
                            { keys::Until, datetime::toUtcString(snapshot.window.until) } } },
             { keys::Spots,
               toJsonArray(snapshot.spots, [](const Spot &spot) { return toJson(spot); }) },
             { keys::Bookings, bookings } };
}

QJsonObject toJson(const LiveBookingChange &change, bool withUsers)
{
    QJsonObject o{ { keys::Event, change.event },
                   { keys::CoworkingId, change.coworkingId },
                   { keys::Booking, liveBookingJson(change.booking, withUsers) } };
    if (!change.reason.isEmpty())
        o.insert(keys::Reason, change.reason);
    if (change.previous) {
        QJsonObject previous = toJson(*change.previous);
        if (!change.previousSpotId.isEmpty())
            previous.insert(keys::SpotId, change.previousSpotId);
        o.insert(keys::Previous, previous);
    }
    return o;
}

QJsonObject toJson(const LiveSpotChange &change)
{
    return { { keys::Event, change.event },
             { keys::CoworkingId, change.coworkingId },
             { keys::Spot,
               QJsonObject{ { keys::Id, change.spotId },
                            { keys::Name, change.name },
                            { keys::Status, change.status } } } };
}

QByteArray liveMessageBytes(QByteArrayView type, qint64 seq, const QByteArray &body)
{
    QByteArray message;
    message.reserve(body.size() + type.size() + 32);
    message += "{\"type\":\"";
    message += type;
    message += "\",\"seq\":";
    message += QByteArray::number(seq);
    if (body.size() > 2) // not "{}"
        message += ',' + body.mid(1);
    else
        message += '}';
    return message;
}

QJsonObject toJson(const LiveMessage &message, bool withUsers)
{
    QJsonObject o;
    QByteArrayView type;
    if (const auto *snapshot = std::get_if<LiveSnapshot>(&message.body)) {
        o = toJson(*snapshot, withUsers);
        type = LiveMessageTypes::Snapshot;
    } else if (const auto *booking = std::get_if<LiveBookingChange>(&message.body)) {
        o = toJson(*booking, withUsers);
        type = LiveMessageTypes::Booking;
    } else {
        o = toJson(std::get<LiveSpotChange>(message.body));
        type = LiveMessageTypes::Spot;
    }
    o.insert(keys::Type, QString::fromLatin1(type));
    o.insert(keys::Seq, message.seq);
    return o;
}

std::optional<LiveMessage> liveMessageFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    LiveMessage message;
    const QString type = in.string(keys::Type);
    message.seq = in.integer64(keys::Seq);
    if (type == QLatin1StringView(LiveMessageTypes::Snapshot)) {
        message.body = snapshotFromJson(in);
    } else if (type == QLatin1StringView(LiveMessageTypes::Booking)) {
        LiveBookingChange change = bookingChangeFields(in);
        change.event = in.string(keys::Event);
        message.body = std::move(change);
    } else if (type == QLatin1StringView(LiveMessageTypes::Spot)) {
        LiveSpotChange change = spotChangeFields(in);
        change.event = in.string(keys::Event);
        message.body = std::move(change);
    } else {
        in.fail(keys::Type, u"has an unknown value"_s);
    }
    return in.finish(std::move(message), error);
}

std::optional<Booking> liveBookingFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Booking b;
    b.id = in.id(keys::Id);
    b.spotId = in.id(keys::SpotId);
    b.range = { in.dateTime(keys::TimeFrom), in.dateTime(keys::TimeUntil) };
    b.status = in.name(keys::Status, &bookingStatusFromString);
    b.checkedInAt = in.nullableDateTime(keys::CheckedInAt);
    b.userId = in.nullableId(keys::UserId);
    return in.finish(std::move(b), error);
}

std::optional<LiveBookingChange> liveBookingChangeFromEvent(const QString &eventType,
                                                            const QJsonObject &payload)
{
    JsonReader in(payload);
    LiveBookingChange change = bookingChangeFields(in);
    change.event = eventName(eventType);
    return in.finish(std::move(change), nullptr);
}

std::optional<LiveSpotChange> liveSpotChangeFromEvent(const QString &eventType,
                                                      const QJsonObject &payload)
{
    JsonReader in(payload);
    LiveSpotChange change = spotChangeFields(in);
    change.event = eventName(eventType);
    return in.finish(std::move(change), nullptr);
}

} // namespace coworking
