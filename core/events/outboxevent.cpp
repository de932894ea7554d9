#include "outboxevent.h"

#include "bookings/bookingjson.h"
#include "common/datetime.h"
#include "common/jsonkeys.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

QString toString(EventState state)
{
    switch (state) {
    case EventState::Pending:
        return u"pending"_s;
    case EventState::Done:
        return u"done"_s;
    case EventState::Dead:
        return u"dead"_s;
    }
    return {};
}

std::optional<EventState> eventStateFromString(const QString &text)
{
    for (EventState state : { EventState::Pending, EventState::Done, EventState::Dead }) {
        if (text == toString(state))
            return state;
    }
    return std::nullopt;
}

QString OutboxEvent::coworkingId() const
{
    return payload.value(keys::CoworkingId).toString();
}

OutboxEvent makeEvent(const QString &type, QJsonObject payload, const QDateTime &at)
{
    OutboxEvent event;
    event.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    event.type = type;
    event.payload = std::move(payload);
    event.createdAt = at;
    event.nextAttemptAt = at;
    return event;
}

QJsonObject eventBookingJson(const Booking &booking)
{
    // Judged at its own start the effective status is the stored one; events carry what the
    // transaction wrote, and readers judge "expired" at their own time.
    QJsonObject json = toJson(booking, booking.range.from);
    // Not every write reads a booking's options back; events do not carry them. Nor the code:
    // events travel further (NOTIFY, the admin list, the live channel's sources) than the
    // people who may see it.
    json.remove(keys::Options);
    json.remove(keys::Code);
    // Events have carried the kind of cancellation under this name from the start; the words
    // travel beside it (booking.cancelled's `note`).
    json.insert(keys::CancelReason,
                booking.cancelReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(booking.cancelReason));
    return json;
}

OutboxEvent bookingEvent(const QString &type, const Booking &booking, const EventOrigin &origin,
                         const QJsonObject &extra)
{
    QJsonObject payload = extra;
    payload.insert(keys::CoworkingId, booking.coworkingId);
    payload.insert(keys::ActorId, origin.actorId);
    payload.insert(keys::Booking, eventBookingJson(booking));
    return makeEvent(type, std::move(payload), origin.at);
}

OutboxEvent spotStatusEvent(const Spot &spot, const QString &status, const EventOrigin &origin)
{
    return makeEvent(EventTypes::SpotStatusChanged,
                     { { keys::CoworkingId, spot.coworkingId },
                       { keys::ActorId, origin.actorId },
                       { keys::Spot,
                         QJsonObject{ { keys::Id, spot.id },
                                      { keys::Name, spot.name },
                                      { keys::Status, status } } } },
                     origin.at);
}

OutboxEvent userBannedEvent(const QString &userId, const EventOrigin &origin)
{
    return makeEvent(EventTypes::UserBanned,
                     { { keys::UserId, userId }, { keys::ActorId, origin.actorId } }, origin.at);
}

QJsonObject toJson(const OutboxEvent &event)
{
    return {
        { keys::Id, event.id },
        { keys::Type, event.type },
        { keys::Payload, event.payload },
        { keys::CreatedAt, datetime::toJsonOrNull(event.createdAt) },
        { keys::State, toString(event.state) },
        { keys::Attempts, event.attempts },
        { keys::NextAttemptAt, datetime::toJsonOrNull(event.nextAttemptAt) },
        { keys::LastError,
          event.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.lastError) },
        { keys::HandledAt, datetime::toJsonOrNull(event.handledAt) },
    };
}

std::optional<OutboxEvent> outboxEventFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    OutboxEvent event;
    event.id = in.id(keys::Id);
    event.type = in.string(keys::Type);
    event.payload = in.object(keys::Payload);
    event.createdAt = in.nullableDateTime(keys::CreatedAt);
    event.state = in.name(keys::State, &eventStateFromString);
    event.attempts = in.integer(keys::Attempts);
    event.nextAttemptAt = in.nullableDateTime(keys::NextAttemptAt);
    event.lastError = in.nullableString(keys::LastError);
    event.handledAt = in.nullableDateTime(keys::HandledAt);
    return in.finish(std::move(event), error);
}

} // namespace coworking
