#include "notificationservice.h"

#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "devicetokenrepository.h"
#include "notificationrepository.h"
#include "pushgateway.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// The routes already require a user; this keeps a future caller from acting as "nobody".
const QString &requireUser(const Actor &actor)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    return actor.userId;
}

AppError notificationNotFound()
{
    return AppError::notFound(errc::NotificationNotFound, u"No such notification."_s);
}

} // namespace

NotificationService::NotificationService(NotificationRepository &notifications,
                                         DeviceTokenRepository &devices, PushGateway &push,
                                         const Clock &clock)
    : m_notifications(notifications), m_devices(devices), m_push(push), m_clock(clock)
{
}

NotificationService::List NotificationService::list(const Actor &actor, bool unreadOnly,
                                                    const PageRequest &page)
{
    const QString &userId = requireUser(actor);
    List result;
    result.page = m_notifications.list(userId, unreadOnly, page);
    // With the filter on, the total already is the unread count.
    result.unread = unreadOnly ? result.page.total : m_notifications.countUnread(userId);
    return result;
}

Notification NotificationService::get(const Actor &actor, const QString &id)
{
    const auto notification = m_notifications.find(requireUser(actor), id);
    if (!notification)
        throw notificationNotFound();
    return *notification;
}

Page<DeviceToken> NotificationService::devices(const Actor &actor, const PageRequest &page)
{
    return m_devices.list(requireUser(actor), page);
}

DeviceToken NotificationService::registerDevice(const Actor &actor, const DeviceToken &draft)
{
    DeviceToken token = draft;
    token.userId = requireUser(actor);
    token.createdAt = token.updatedAt = m_clock.now();
    return m_devices.upsert(token);
}

void NotificationService::unregisterDevice(const Actor &actor, const QString &token)
{
    if (!m_devices.remove(requireUser(actor), token))
        throw AppError::notFound(errc::DeviceTokenNotFound, u"No such device token."_s);
}

Notification NotificationService::markRead(const Actor &actor, const QString &id)
{
    const QString &userId = requireUser(actor);
    // Only an unread row changes, so a second call (or a concurrent one) keeps the first time.
    m_notifications.markRead(userId, id, m_clock.now());
    const auto notification = m_notifications.find(userId, id);
    if (!notification)
        throw notificationNotFound();
    return *notification;
}

int NotificationService::markAllRead(const Actor &actor)
{
    return m_notifications.markAllRead(requireUser(actor), m_clock.now());
}

Notification NotificationService::create(const QString &userId, NotificationType type,
                                         const QString &title, const QString &body,
                                         const QJsonObject &data)
{
    Notification notification;
    notification.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    notification.userId = userId;
    notification.type = type;
    notification.title = title;
    notification.body = body;
    notification.data = data;
    notification.createdAt = m_clock.now();
    m_notifications.insert(notification);
    return notification;
}

QJsonObject NotificationService::pushData(const Notification &notification)
{
    // Payloads carry the id and type, so a tap can open the notification in the app.
    QJsonObject data = notification.data;
    data.insert(keys::NotificationId, notification.id);
    data.insert(keys::Type, notificationTypeName(notification.type));
    return data;
}

int NotificationService::push(const Notification &notification)
{
    const QJsonObject data = pushData(notification);
    int delivered = 0;
    for (const DeviceToken &device : m_devices.listAll(notification.userId)) {
        switch (m_push.send(device, notification.title, notification.body, data)) {
        case PushGateway::Outcome::Delivered:
            ++delivered;
            break;
        case PushGateway::Outcome::Unregistered:
            m_devices.remove(device.userId, device.token);
            break;
        case PushGateway::Outcome::Failed:
            break;
        }
    }
    return delivered;
}

NotificationService::TestResult NotificationService::sendTest(const Actor &actor,
                                                              const QString &title,
                                                              const QString &body,
                                                              const QJsonObject &data)
{
    TestResult result;
    result.notification = create(requireUser(actor), NotificationType::System, title, body, data);
    result.sent = push(result.notification);
    return result;
}

} // namespace coworking
