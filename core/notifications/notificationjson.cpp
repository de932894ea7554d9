#include "notificationjson.h"

#include "common/datetime.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr int kMaxTokenLength = 4096;
constexpr int kMaxTitleLength = 200;
constexpr int kMaxBodyLength = 2000;
// FCM refuses data payloads over 4 KiB; a bigger one could be stored but never pushed.
constexpr qsizetype kMaxDataBytes = 4096;

// A required, non-blank string of at most `maxLength` characters.
QString requiredText(JsonBody &body, const QString &key, int maxLength)
{
    if (!body.has(key) || body.isNull(key)) {
        body.addError(key, u"is required"_s);
        return {};
    }
    const auto text = body.optionalString(key, maxLength);
    if (!text)
        return {};
    if (text->trimmed().isEmpty()) {
        body.addError(key, u"must not be empty"_s);
        return {};
    }
    return *text;
}

// A token is a path segment of DELETE /notifications/device-tokens/{token}: one that holds a
// '/' or a blank could be registered but never removed. No push service issues such tokens.
bool isAddressableToken(const QString &token)
{
    for (const QChar c : token) {
        if (c == u'/' || c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    }
    return token != u"." && token != u"..";
}

} // namespace

DeviceToken deviceTokenDraftFromJson(const QJsonObject &object)
{
    JsonBody body(object);
    DeviceToken device;
    const QString tokenKey = keys::Token;
    const QString token = requiredText(body, tokenKey, kMaxTokenLength);
    if (!token.isEmpty()) {
        if (isAddressableToken(token))
            device.token = token;
        else
            body.addError(tokenKey, u"must not contain '/', spaces or control characters"_s);
    }
    const QString typeKey = keys::DeviceType;
    if (!body.has(typeKey) || body.isNull(typeKey)) {
        body.addError(typeKey, u"is required"_s);
    } else if (const auto name = body.optionalString(typeKey)) {
        if (const auto type = deviceTypeFromName(*name))
            device.deviceType = *type;
        else
            body.addError(typeKey, u"must be one of android, ios, web"_s);
    }
    body.finish();
    return device;
}

Notification testNotificationDraftFromJson(const QJsonObject &object)
{
    JsonBody body(object);
    Notification notification;
    notification.type = NotificationType::System;
    notification.title = requiredText(body, keys::Title, kMaxTitleLength);
    notification.body = requiredText(body, keys::Body, kMaxBodyLength);
    if (const auto data = body.optionalObject(keys::Data)) {
        bool stringsOnly = true;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (!it.value().isString()) {
                body.addError(u"data."_s + it.key(), u"must be a string"_s);
                stringsOnly = false;
            }
        }
        if (stringsOnly
            && QJsonDocument(*data).toJson(QJsonDocument::Compact).size() > kMaxDataBytes) {
            body.addError(keys::Data, u"must be at most %1 bytes as JSON"_s.arg(kMaxDataBytes));
        } else if (stringsOnly) {
            notification.data = *data;
        }
    }
    body.finish();
    return notification;
}

QJsonObject toJson(const DeviceToken &token)
{
    return { { keys::Token, token.token },
             { keys::DeviceType, deviceTypeName(token.deviceType) },
             { keys::CreatedAt, datetime::toUtcString(token.createdAt) } };
}

std::optional<DeviceToken> deviceTokenFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    DeviceToken token;
    token.token = in.string(keys::Token);
    token.deviceType = in.name(keys::DeviceType, &deviceTypeFromName);
    token.createdAt = in.dateTime(keys::CreatedAt);
    return in.finish(std::move(token), error);
}

QJsonObject toJson(const Notification &notification)
{
    return { { keys::Id, notification.id },
             { keys::UserId, notification.userId },
             { keys::Type, notificationTypeName(notification.type) },
             { keys::Title, notification.title },
             { keys::Body, notification.body },
             { keys::Data, notification.data },
             { keys::CreatedAt, datetime::toUtcString(notification.createdAt) },
             { keys::ReadAt, datetime::toJsonOrNull(notification.readAt) } };
}

std::optional<Notification> notificationFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Notification n;
    n.id = in.id(keys::Id);
    n.userId = in.id(keys::UserId);
    n.type = in.name(keys::Type, &notificationTypeFromName);
    n.title = in.string(keys::Title);
    n.body = in.string(keys::Body);
    n.data = in.object(keys::Data);
    for (auto it = n.data.constBegin(); it != n.data.constEnd(); ++it) {
        if (!it.value().isString())
            in.fail(QString(keys::Data) + u'.' + it.key(), u"must be a string"_s);
    }
    n.createdAt = in.dateTime(keys::CreatedAt);
    n.readAt = in.nullableDateTime(keys::ReadAt);
    return in.finish(std::move(n), error);
}

QJsonObject toJson(const NotificationList &list)
{
    return { { keys::Items,
               toJsonArray(list.page.items, [](const Notification &n) { return toJson(n); }) },
             { keys::Total, list.page.total },
             { keys::Unread, list.unread } };
}

std::optional<NotificationList> notificationListFromJson(const QJsonObject &object,
                                                         DecodeError *error)
{
    JsonReader in(object);
    NotificationList list;
    list.page.items = in.list(keys::Items, &notificationFromJson);
    list.page.total = in.integer64(keys::Total);
    list.unread = in.integer64(keys::Unread);
    return in.finish(std::move(list), error);
}

} // namespace coworking
