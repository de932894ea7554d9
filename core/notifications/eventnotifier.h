#pragma once

#include "notification.h"

#include <QtGlobal>

namespace coworking {

class Clock;
class DeviceTokenRepository;
class NotificationRepository;
class PushDeliveryRepository;
class PushGateway;

// Tells a user about an outbox event exactly once, however often the event is handled: one
// notification per (event, user), one push per (event, device token). Used by the runner.
class EventNotifier final
{
    Q_DISABLE_COPY_MOVE(EventNotifier)
public:
    EventNotifier(NotificationRepository &notifications, DeviceTokenRepository &devices,
                  PushDeliveryRepository &deliveries, PushGateway &push, const Clock &clock);

    struct Result
    {
        Notification notification; // the stored one (from an earlier attempt, when there was one)
        int delivered = 0;
        int skipped = 0; // sent (or being sent) by an earlier attempt
        int failed = 0; // worth a retry of the event
    };
    // `draft` needs userId, type, title, body and data; id and created_at are set here.
    Result notify(const QString &eventId, const Notification &draft);

private:
    NotificationRepository &m_notifications;
    DeviceTokenRepository &m_devices;
    PushDeliveryRepository &m_deliveries;
    PushGateway &m_push;
    const Clock &m_clock;
};

} // namespace coworking
