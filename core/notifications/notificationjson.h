#pragma once

#include "common/jsonreader.h"
#include "devicetoken.h"
#include "notification.h"

#include <QJsonObject>

#include <optional>

namespace coworking {

// The body of POST /notifications/device-tokens: {token, device_type}; 422 VALIDATION_ERROR
// naming invalid fields. Only token and deviceType are set.
DeviceToken deviceTokenDraftFromJson(const QJsonObject &object);

// The body of POST /notifications/test: {title, body, data?}, data an object of strings;
// 422 VALIDATION_ERROR naming invalid fields. Only title, body and data are set.
Notification testNotificationDraftFromJson(const QJsonObject &object);

// {token, device_type, created_at}
QJsonObject toJson(const DeviceToken &token);
// userId and updatedAt stay unset (the API sends neither).
std::optional<DeviceToken> deviceTokenFromJson(const QJsonObject &object,
                                               DecodeError *error = nullptr);

// {id, user_id, type, title, body, data, created_at, read_at}
QJsonObject toJson(const Notification &notification);
std::optional<Notification> notificationFromJson(const QJsonObject &object,
                                                 DecodeError *error = nullptr);

// {items, total, unread}
QJsonObject toJson(const NotificationList &list);
std::optional<NotificationList> notificationListFromJson(const QJsonObject &object,
                                                         DecodeError *error = nullptr);

} // namespace coworking
