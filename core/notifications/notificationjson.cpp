#include "notificationjson.h"

#include "common/datetime.h"
#include "common/jsonbody.h"

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
    const QString tokenKey = u"token"_s;
    const QString token = requiredText(body, tokenKey, kMaxTokenLength);
    if (!token.isEmpty()) {
        if (isAddressableToken(token))
            device.token = token;
        else
            body.addError(tokenKey, u"must not contain '/', spaces or control characters"_s);
    }
    const QString typeKey = u"device_type"_s;
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
    notification.title = requiredText(body, u"title"_s, kMaxTitleLength);
    notification.body = requiredText(body, u"body"_s, kMaxBodyLength);
    if (const auto data = body.optionalObject(u"data"_s)) {
        bool stringsOnly = true;
        for (auto it = data->constBegin(); it != data->constEnd(); ++it) {
            if (!it.value().isString()) {
                body.addError(u"data."_s + it.key(), u"must be a string"_s);
                stringsOnly = false;
            }
        }
        if (stringsOnly
            && QJsonDocument(*data).toJson(QJsonDocument::Compact).size() > kMaxDataBytes) {
            body.addError(u"data"_s, u"must be at most %1 bytes as JSON"_s.arg(kMaxDataBytes));
        } else if (stringsOnly) {
            notification.data = *data;
        }
    }
    body.finish();
    return notification;
}

QJsonObject toJson(const DeviceToken &token)
{
    return { { u"token"_s, token.token },
             { u"device_type"_s, deviceTypeName(token.deviceType) },
             { u"created_at"_s, datetime::toUtcString(token.createdAt) } };
}

QJsonObject toJson(const Notification &notification)
{
    return { { u"id"_s, notification.id },
             { u"user_id"_s, notification.userId },
             { u"type"_s, notificationTypeName(notification.type) },
             { u"title"_s, notification.title },
             { u"body"_s, notification.body },
             { u"data"_s, notification.data },
             { u"created_at"_s, datetime::toUtcString(notification.createdAt) },
             { u"read_at"_s,
               notification.isRead() ? QJsonValue(datetime::toUtcString(notification.readAt))
                                     : QJsonValue(QJsonValue::Null) } };
}

} // namespace coworking
