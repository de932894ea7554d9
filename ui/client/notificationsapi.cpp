#include "notificationsapi.h"

#include "decoding.h"

#include "notifications/notificationjson.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

namespace {

QString path(const QString &rest)
{
    return u"/notifications"_s + rest;
}

} // namespace

void NotificationsApi::list(bool unreadOnly, PageRequest pageRequest, QObject *context,
                            Callback<NotificationList> done)
{
    QUrlQuery q;
    if (unreadOnly)
        q.addQueryItem(u"unread_only"_s, u"true"_s);
    m_api.call<NotificationList>(ApiRequest::get(path({}), pageQuery(pageRequest, q)), context,
                                 std::move(done),
                                 asObject<NotificationList>(notificationListFromJson));
}

void NotificationsApi::get(const QString &id, QObject *context, Callback<Notification> done)
{
    m_api.call<Notification>(ApiRequest::get(path(u"/"_s + segment(id))), context, std::move(done),
                             asObject<Notification>(notificationFromJson));
}

void NotificationsApi::markRead(const QString &id, QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::raw("POST", path(u"/%1/read"_s.arg(segment(id))), {}, {}), context,
                   std::move(done));
}

void NotificationsApi::markAllRead(QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::raw("POST", path(u"/read-all"_s), {}, {}), context, std::move(done));
}

void NotificationsApi::sendTest(const QString &title, const QString &body, const QJsonObject &data,
                                QObject *context, Callback<Done> done)
{
    QJsonObject message{ { u"title"_s, title }, { u"body"_s, body } };
    if (!data.isEmpty())
        message.insert(u"data"_s, data);
    m_api.callDone(ApiRequest::json("POST", path(u"/test"_s), QJsonDocument(message)), context,
                   std::move(done));
}

void NotificationsApi::registerDevice(const QString &token, DeviceType type, QObject *context,
                                      Callback<Done> done)
{
    const QJsonObject body{ { u"token"_s, token }, { u"device_type"_s, deviceTypeName(type) } };
    m_api.callDone(ApiRequest::json("POST", path(u"/device-tokens"_s), QJsonDocument(body)),
                   context, std::move(done));
}

void NotificationsApi::devices(QObject *context, Callback<QList<DeviceToken>> done)
{
    m_api.call<QList<DeviceToken>>(ApiRequest::get(path(u"/device-tokens"_s)), context,
                                   std::move(done), asList<DeviceToken>(deviceTokenFromJson));
}

void NotificationsApi::unregisterDevice(const QString &token, QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(path(u"/device-tokens/"_s + segment(token))), context,
                   std::move(done));
}

} // namespace coworking::client
