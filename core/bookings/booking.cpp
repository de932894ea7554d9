#include "booking.h"

namespace coworking {

QString toString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Active:
        return QStringLiteral("active");
    case BookingStatus::Cancelled:
        return QStringLiteral("cancelled");
    case BookingStatus::Expired:
        return QStringLiteral("expired");
    }
    return QStringLiteral("active");
}

std::optional<BookingStatus> bookingStatusFromString(const QString &text)
{
    if (text == u"active")
        return BookingStatus::Active;
    if (text == u"cancelled")
        return BookingStatus::Cancelled;
    if (text == u"expired")
        return BookingStatus::Expired;
    return std::nullopt;
}

} // namespace coworking
