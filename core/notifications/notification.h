#pragma once

#include "common/page.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace coworking {

// What a notification is about (API.md, Notifications: `type`).
enum class NotificationType {
    BookingCreated,
    BookingCancelled,
    BookingRescheduled,
    BookingReminder,
    BookingExpired,
    BookingReleased,
    System,
};

// "booking_created", ..., "system": the API's and the database's spelling.
QString notificationTypeName(NotificationType type);
std::optional<NotificationType> notificationTypeFromName(const QString &name);

// One message to one user, shown in the app's list and, when sent, pushed to the user's devices.
struct Notification
{
    QString id;
    QString userId;
    NotificationType type = NotificationType::System;
    QString title;
    QString body;
    QJsonObject data; // string values only (push payloads carry strings)
    QDateTime createdAt;
    QDateTime readAt; // invalid while unread

    bool isRead() const { return readAt.isValid(); }

    bool operator==(const Notification &) const = default;
};

// A page of a user's notifications (GET /notifications answers {items, total, unread}).
struct NotificationList
{
    Page<Notification> page;
    qint64 unread = 0; // all unread notifications of the user, whatever the filter

    bool operator==(const NotificationList &) const = default;
};

} // namespace coworking
