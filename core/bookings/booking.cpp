#include "booking.h"

using namespace Qt::StringLiterals;

namespace coworking {

QString toString(BookingStatus status)
{
    switch (status) {
    case BookingStatus::Active:
        return u"active"_s;
    case BookingStatus::Cancelled:
        return u"cancelled"_s;
    case BookingStatus::Expired:
        return u"expired"_s;
    }
    return u"active"_s;
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
