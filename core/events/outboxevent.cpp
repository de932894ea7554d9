#include "outboxevent.h"

#include "bookings/bookingjson.h"
#include "common/datetime.h"

#include <QUuid>

namespace coworking {

QString toString(EventState state)
{
    switch (state) {
    case EventState::Pending:
        return QStringLiteral("pending");
    case EventState::Done:
        return QStringLiteral("done");
    case EventState::Dead:
        return QStringLiteral("dead");
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
    return payload.value(QStringLiteral("coworking_id")).toString();
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
    json.remove(QStringLiteral("options"));
    json.insert(QStringLiteral("cancel_reason"),
                booking.cancelReason.isEmpty() ? QJsonValue(QJsonValue::Null)
                                               : QJsonValue(booking.cancelReason));
    return json;
}

OutboxEvent bookingEvent(const QString &type, const Booking &booking, const EventOrigin &origin,
                         const QJsonObject &extra)
{
    QJsonObject payload = extra;
    payload.insert(QStringLiteral("coworking_id"), booking.coworkingId);
    payload.insert(QStringLiteral("actor_id"), origin.actorId);
    payload.insert(QStringLiteral("booking"), eventBookingJson(booking));
    return makeEvent(type, std::move(payload), origin.at);
}

OutboxEvent spotStatusEvent(const Spot &spot, const QString &status, const EventOrigin &origin)
{
    return makeEvent(EventTypes::SpotStatusChanged,
                     { { QStringLiteral("coworking_id"), spot.coworkingId },
                       { QStringLiteral("actor_id"), origin.actorId },
                       { QStringLiteral("spot"),
                         QJsonObject{ { QStringLiteral("id"), spot.id },
                                      { QStringLiteral("name"), spot.name },
                                      { QStringLiteral("status"), status } } } },
                     origin.at);
}

OutboxEvent userBannedEvent(const QString &userId, const EventOrigin &origin)
{
    return makeEvent(EventTypes::UserBanned,
                     { { QStringLiteral("user_id"), userId },
                       { QStringLiteral("actor_id"), origin.actorId } },
                     origin.at);
}

QJsonObject toJson(const OutboxEvent &event)
{
    return {
        { QStringLiteral("id"), event.id },
        { QStringLiteral("type"), event.type },
        { QStringLiteral("payload"), event.payload },
        { QStringLiteral("created_at"), datetime::toJsonOrNull(event.createdAt) },
        { QStringLiteral("state"), toString(event.state) },
        { QStringLiteral("attempts"), event.attempts },
        { QStringLiteral("next_attempt_at"), datetime::toJsonOrNull(event.nextAttemptAt) },
        { QStringLiteral("last_error"),
          event.lastError.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(event.lastError) },
        { QStringLiteral("handled_at"), datetime::toJsonOrNull(event.handledAt) },
    };
}

} // namespace coworking
