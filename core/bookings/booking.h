#pragma once

#include "common/timerange.h"

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace coworking {

enum class BookingStatus { Active, Cancelled, Expired };

QString toString(BookingStatus status);
std::optional<BookingStatus> bookingStatusFromString(const QString &text);

struct Booking
{
    QString id;
    QString userId;
    QString spotId;
    QString coworkingId;
    TimeRange range;
    BookingStatus status = BookingStatus::Active; // as stored
    QStringList options;
    QDateTime createdAt;
    QDateTime cancelledAt;
    QDateTime checkedInAt;
    QString cancelReason; // "user", "staff", "ban", "no_show", "spot_deleted", "coworking_deleted"
    // Eight characters of bookingcode::Alphabet, unique among all bookings (bookingcode.h); empty
    // only for rows written around the server (benchmark loads).
    QString code;
    // The words given when cancelling (DELETE /bookings/{id}?reason=); JSON `cancel_reason`.
    QString cancelNote;
    // Raised by every change a calendar shows (new times or spot, cancellation): the SEQUENCE
    // of the booking's iCalendar event.
    int revision = 0;

    // A booking whose end has passed reads as expired, whether or not a job has stored it yet.
    BookingStatus effectiveStatus(const QDateTime &now) const
    {
        if (status == BookingStatus::Active && range.until <= now)
            return BookingStatus::Expired;
        return status;
    }

    bool operator==(const Booking &) const = default;
};

} // namespace coworking
