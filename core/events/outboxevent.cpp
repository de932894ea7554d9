#include "outboxevent.h"

#include "bookings/bookingjson.h"
#include "common/datetime.h"

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
    return payload.value(u"coworking_id"_s).toString();
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
    // Not every write reads a booking's options back; events do not carry them.
    json.remove(u"options"_s);
    json.insert(u"cancel_reason"_s,
                booking.cancelReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(booking.cancelReason));
    return json;
}

OutboxEvent bookingEvent(const QString &type, const Booking &booking, const EventOrigin &origin,
                         const QJsonObject &extra)
{
    QJsonObject payload = extra;
    payload.insert(u"coworking_id"_s, booking.coworkingId);
    payload.insert(u"actor_id"_s, origin.actorId);
    payload.insert(u"booking"_s, eventBookingJson(booking));
    return makeEvent(type, std::move(payload), origin.at);
}

OutboxEvent spotStatusEvent(const Spot &spot, const QString &status, const EventOrigin &origin)
{
    return makeEvent(EventTypes::SpotStatusChanged,
                     { { u"coworking_id"_s, spot.coworkingId },
                       { u"actor_id"_s, origin.actorId },
                       { u"spot"_s,
                         QJsonObject{ { u"id"_s, spot.id },
                                      { u"name"_s, spot.name },
                                      { u"status"_s, status } } } },
                     origin.at);
}

OutboxEvent userBannedEvent(const QString &userId, const EventOrigin &origin)
{
    return makeEvent(EventTypes::UserBanned,
                     { { u"user_id"_s, userId }, { u"actor_id"_s, origin.actorId } }, origin.at);
}

QJsonObject toJson(const OutboxEvent &event)
{
    return {
        { u"id"_s, event.id },
        { u"type"_s, event.type },
        { u"payload"_s, event.payload },
        { u"created_at"_s, datetime::toJsonOrNull(event.createdAt) },
        { u"state"_s, toString(event.state) },
        { u"attempts"_s, event.attempts },
        { u"next_attempt_at"_s, datetime::toJsonOrNull(event.nextAttemptAt) },
        { u"last_error"_s,
          event.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.lastError) },
        { u"handled_at"_s, datetime::toJsonOrNull(event.handledAt) },
    };
}

} // namespace coworking
