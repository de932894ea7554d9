#pragma once

#include "common/page.h"
#include "devicetoken.h"
#include "notification.h"
#include "users/user.h"

#include <QtGlobal>

namespace coworking {

class Clock;
class DeviceTokenRepository;
class NotificationRepository;
class PushGateway;

// A user's notifications and push devices (API.md, Notifications). Everything here acts on the
// caller's own rows only: another user's notification or token is a 404, never a 403.
class NotificationService final
{
    Q_DISABLE_COPY_MOVE(NotificationService)
public:
    NotificationService(NotificationRepository &notifications, DeviceTokenRepository &devices,
                        PushGateway &push, const Clock &clock);

    // --- Queries ---

    using List = NotificationList;
    List list(const Actor &actor, bool unreadOnly, const PageRequest &page);
    // 404 NOTIFICATION_NOT_FOUND, also for another user's notification.
    Notification get(const Actor &actor, const QString &id);
    Page<DeviceToken> devices(const Actor &actor, const PageRequest &page);

    // --- Commands ---

    // Registers `draft.token` for the caller; a token registered before (by anyone) moves to
    // the caller, since one install has one signed-in user.
    DeviceToken registerDevice(const Actor &actor, const DeviceToken &draft);
    // 404 DEVICE_TOKEN_NOT_FOUND unless the caller owns the token.
    void unregisterDevice(const Actor &actor, const QString &token);
    // Idempotent: a notification read before keeps its first read_at.
    Notification markRead(const Actor &actor, const QString &id);
    // Returns how many notifications were unread.
    int markAllRead(const Actor &actor);

    // Stores a notification for `userId`, created now (the entry point of event handlers).
    Notification create(const QString &userId, NotificationType type, const QString &title,
                        const QString &body, const QJsonObject &data = {});
    // Pushes a stored notification to every device of its user and returns how many pushes
    // were delivered. Tokens the push service reports as unregistered are forgotten. The push
    // data is the notification's data plus "notification_id" and "type" (these two win).
    int push(const Notification &notification);
    // What a push of `notification` carries: its data plus "notification_id" and "type".
    static QJsonObject pushData(const Notification &notification);

    struct TestResult
    {
        Notification notification;
        int sent = 0;
    };
    // POST /notifications/test: a `system` notification to the caller, stored and pushed.
    TestResult sendTest(const Actor &actor, const QString &title, const QString &body,
                        const QJsonObject &data);

private:
    NotificationRepository &m_notifications;
    DeviceTokenRepository &m_devices;
    PushGateway &m_push;
    const Clock &m_clock;
};

} // namespace coworking
