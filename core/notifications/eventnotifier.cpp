#include "eventnotifier.h"

#include "common/clock.h"
#include "devicetokenrepository.h"
#include "notificationrepository.h"
#include "notificationservice.h"
#include "pushdeliveryrepository.h"
#include "pushgateway.h"

#include <QUuid>

namespace coworking {

EventNotifier::EventNotifier(NotificationRepository &notifications, DeviceTokenRepository &devices,
                             PushDeliveryRepository &deliveries, PushGateway &push,
                             const Clock &clock)
    : m_notifications(notifications),
      m_devices(devices),
      m_deliveries(deliveries),
      m_push(push),
      m_clock(clock)
{
}

EventNotifier::Result EventNotifier::notify(const QString &eventId, const Notification &draft)
{
    Notification fresh = draft;
    fresh.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    fresh.createdAt = m_clock.now();
    Result result;
    // A second handling of the event finds the first one's row and pushes that one.
    result.notification = m_notifications.insertForEvent(eventId, fresh);
    const QJsonObject data = NotificationService::pushData(result.notification);
    for (const DeviceToken &device : m_devices.listAll(result.notification.userId)) {
        if (!m_deliveries.begin(eventId, device.token, m_clock.now())) {
            ++result.skipped;
            continue;
        }
        const PushGateway::Outcome outcome =
                m_push.send(device, result.notification.title, result.notification.body, data);
        m_deliveries.finish(eventId, device.token, outcome);
        switch (outcome) {
        case PushGateway::Outcome::Delivered:
            ++result.delivered;
            break;
        case PushGateway::Outcome::Unregistered:
            m_devices.remove(device.userId, device.token);
            break;
        case PushGateway::Outcome::Failed:
            ++result.failed;
            break;
        }
    }
    return result;
}

} // namespace coworking
