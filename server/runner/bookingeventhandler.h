#pragma once

#include "events/outboxevent.h"
#include "notifications/notification.h"

#include <optional>

namespace coworking {

class Database;
class EventNotifier;

// Turns a booking event into the notification of the person it concerns (the booker), in that
// person's language, naming the spot, the coworking and the window in the coworking's zone,
// and hands it to the EventNotifier (exactly once per event and user, push included).
class BookingEventHandler final
{
    Q_DISABLE_COPY_MOVE(BookingEventHandler)
public:
    BookingEventHandler(Database &db, EventNotifier &notifier) : m_db(db), m_notifier(notifier) { }

    // The notification type an event calls for; nullopt for events nobody is told about
    // (booking.checked_in, user.banned, spot.status_changed, unknown types).
    static std::optional<NotificationType> notificationType(const OutboxEvent &event);

    struct Outcome
    {
        bool notified = false; // false: nothing to tell anyone
        int delivered = 0;
        int failed = 0; // pushes that failed: the event is worth a retry
    };
    // Throws (AppError, from the database) when the event could not be handled.
    Outcome handle(const OutboxEvent &event);

private:
    Database &m_db;
    EventNotifier &m_notifier;
};

} // namespace coworking
