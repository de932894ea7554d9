#pragma once

#include "bookings/booking.h"
#include "spots/spot.h"
#include "common/jsonreader.h"
#include "common/page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coworking {

using namespace Qt::StringLiterals;

// The event types of the outbox (docs/ARCHITECTURE.md, Events). Every booking event's payload is
// {coworking_id, actor_id, booking: {...}} plus the fields noted here; actor_id is empty for
// the system (runner jobs).
namespace EventTypes {
inline const QString BookingCreated = u"booking.created"_s;
inline const QString BookingRescheduled =
        u"booking.rescheduled"_s; // + previous {time_from, time_until, spot_id}
inline const QString BookingCancelled = u"booking.cancelled"_s; // + reason, note (when given)
inline const QString BookingCheckedIn = u"booking.checked_in"_s;
inline const QString BookingExpired = u"booking.expired"_s;
inline const QString BookingReminder = u"booking.reminder"_s; // the reminder job
// {user_id, actor_id}; each booking the ban cancelled has its own booking.cancelled (reason "ban").
inline const QString UserBanned = u"user.banned"_s;
// See spotStatusEvent; also when a spot is deleted.
inline const QString SpotStatusChanged = u"spot.status_changed"_s;
} // namespace EventTypes

// Why a booking was cancelled, as stored in bookings.cancel_reason and sent in events.
namespace CancelReasons {
inline const QString User = u"user"_s; // by its booker
inline const QString Staff = u"staff"_s; // by a manager, owner or admin
inline const QString Ban = u"ban"_s;
inline const QString NoShow = u"no_show"_s; // released by the runner
inline const QString SpotDeleted = u"spot_deleted"_s;
inline const QString CoworkingDeleted = u"coworking_deleted"_s;
inline const QString Closure = u"closure"_s; // the day was closed, or its hours shortened
} // namespace CancelReasons

enum class EventState { Pending, Done, Dead };
QString toString(EventState state);
std::optional<EventState> eventStateFromString(const QString &text);

// One row of the outbox: written in the transaction of the change it records, then handled by
// a runner (attempts, errors and the next attempt are the runner's bookkeeping).
struct OutboxEvent
{
    QString id;
    QString type;
    QJsonObject payload;
    QDateTime createdAt;

    EventState state = EventState::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QString lastError;
    QDateTime handledAt;

    // payload.coworking_id: the coworking whose floor the event changes; empty for user events.
    QString coworkingId() const;

    bool operator==(const OutboxEvent &) const = default;
};

// Who caused a change, and when. An empty actor is the system (a runner job).
struct EventOrigin
{
    QString actorId;
    QDateTime at;
};

// A new pending event, due at once, with a fresh id.
OutboxEvent makeEvent(const QString &type, QJsonObject payload, const QDateTime &at);
// The booking as events carry it: {id, user_id, spot_id, coworking_id, time_from, time_until,
// status (as stored), created_at, checked_in_at, cancelled_at, cancel_reason}; unset times are
// null; no options.
QJsonObject eventBookingJson(const Booking &booking);
// A booking event: {coworking_id, actor_id, booking} plus `extra`.
OutboxEvent bookingEvent(const QString &type, const Booking &booking, const EventOrigin &origin,
                         const QJsonObject &extra = {});

// spot.status_changed: {coworking_id, actor_id, spot: {id, name, status}}, status "active",
// "inactive" or "deleted".
OutboxEvent spotStatusEvent(const Spot &spot, const QString &status, const EventOrigin &origin);
// user.banned: {user_id, actor_id}.
OutboxEvent userBannedEvent(const QString &userId, const EventOrigin &origin);

// The event as GET /admin/events lists it: {id, type, payload, created_at, state, attempts,
// next_attempt_at, last_error, handled_at}.
QJsonObject toJson(const OutboxEvent &event);
std::optional<OutboxEvent> outboxEventFromJson(const QJsonObject &object,
                                               DecodeError *error = nullptr);

// Filters of GET /admin/events.
struct EventFilter
{
    std::optional<EventState> state;
    QString type;
};

} // namespace coworking
