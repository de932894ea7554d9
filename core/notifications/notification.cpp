#include "notification.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr std::array<std::pair<NotificationType, QStringView>, 7> kTypeNames{ {
        { NotificationType::BookingCreated, u"booking_created" },
        { NotificationType::BookingCancelled, u"booking_cancelled" },
        { NotificationType::BookingRescheduled, u"booking_rescheduled" },
        { NotificationType::BookingReminder, u"booking_reminder" },
        { NotificationType::BookingExpired, u"booking_expired" },
        { NotificationType::BookingReleased, u"booking_released" },
        { NotificationType::System, u"system" },
} };

} // namespace

QString notificationTypeName(NotificationType type)
{
    for (const auto &[value, name] : kTypeNames) {
        if (value == type)
            return name.toString();
    }
    return u"system"_s;
}

std::optional<NotificationType> notificationTypeFromName(const QString &name)
{
    for (const auto &[value, text] : kTypeNames) {
        if (text == name)
            return value;
    }
    return std::nullopt;
}

} // namespace coworking
