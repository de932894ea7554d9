#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /notifications and the caller's device tokens.
class NotificationsApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    void list(bool unreadOnly, PageRequest page, QObject *context, Callback<NotificationList> done);
    void get(const QString &id, QObject *context, Callback<Notification> done);
    void markRead(const QString &id, QObject *context, Callback<Done> done);
    void markAllRead(QObject *context, Callback<Done> done);
    void sendTest(const QString &title, const QString &body, const QJsonObject &data,
                  QObject *context, Callback<Done> done);
    void registerDevice(const QString &token, DeviceType type, QObject *context,
                        Callback<Done> done);
    void devices(QObject *context, Callback<QList<DeviceToken>> done);
    void unregisterDevice(const QString &token, QObject *context, Callback<Done> done);
};

} // namespace coworking::client
