#pragma once

#include "notification.h"

#include <QDateTime>
#include <QString>

namespace coworking {

// What a booking notification names: the spot, its coworking and the time window, shown in the
// coworking's own time zone.
struct BookingFacts
{
    QString language; // users.language: "ru" or "en"; anything else reads as "en"
    QString spotName; // empty when the spot is gone
    QString coworkingName; // empty when the coworking is gone
    QString timeZone; // the coworking's IANA zone or "UTC+03:00"; UTC when unknown
    QDateTime from; // UTC
    QDateTime until; // UTC
    QString cancelReason; // CancelReasons; booking_cancelled only
    QString cancelNote; // the canceller's words, if any; booking_cancelled only
    QString previousSpotName; // booking_rescheduled to another spot: the spot it left
};

struct NotificationText
{
    QString title;
    QString body;
};

// Every text the runner sends to people, in English and Russian, in one place.
class NotificationTexts final
{
public:
    // "ru" or "en" (the fallback).
    static QString language(const QString &userLanguage);
    // "Desk A-12, Loft on Tverskaya, 10 Jan 09:00–11:00" (a window over midnight names both
    // dates).
    static QString bookingLine(const BookingFacts &facts);
    // The title and body of a booking notification; `type` is one of the booking_* types.
    static NotificationText booking(NotificationType type, const BookingFacts &facts);
};

} // namespace coworking
