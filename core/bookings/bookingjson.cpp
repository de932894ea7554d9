#include "bookingjson.h"

#include "common/datetime.h"
#include "users/userjson.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject toJson(const Booking &booking, const QDateTime &now)
{
    return {
        { u"id"_s, booking.id },
        { u"user_id"_s, booking.userId },
        { u"spot_id"_s, booking.spotId },
        { u"coworking_id"_s, booking.coworkingId },
        { u"time_from"_s, datetime::toJsonOrNull(booking.range.from) },
        { u"time_until"_s, datetime::toJsonOrNull(booking.range.until) },
        { u"status"_s, toString(booking.effectiveStatus(now)) },
        { u"options"_s, QJsonArray::fromStringList(booking.options) },
        { u"created_at"_s, datetime::toJsonOrNull(booking.createdAt) },
        { u"cancelled_at"_s, datetime::toJsonOrNull(booking.cancelledAt) },
        { u"checked_in_at"_s, datetime::toJsonOrNull(booking.checkedInAt) },
    };
}

QJsonObject toJson(const BookingDetails &details, const QDateTime &now)
{
    QJsonObject object = toJson(details.booking, now);
    if (details.coworking)
        object.insert(u"coworking"_s, embeddedCoworkingJson(*details.coworking));
    if (details.spot)
        object.insert(u"spot"_s, embeddedSpotJson(*details.spot));
    if (details.user)
        object.insert(u"user"_s, toJson(*details.user));
    return object;
}

QJsonObject embeddedSpotJson(const Spot &spot)
{
    return { { u"id"_s, spot.id },
             { u"name"_s, spot.name },
             { u"description"_s, spot.description } };
}

QJsonObject embeddedCoworkingJson(const Coworking &coworking)
{
    return { { u"id"_s, coworking.id },
             { u"name"_s, coworking.name },
             { u"address"_s, coworking.address },
             { u"timezone"_s, coworking.timezone } };
}

QJsonArray toJson(const QList<TimeRange> &ranges)
{
    QJsonArray array;
    for (const TimeRange &range : ranges) {
        array.append(QJsonObject{ { u"time_from"_s, datetime::toUtcString(range.from) },
                                  { u"time_until"_s, datetime::toUtcString(range.until) } });
    }
    return array;
}

} // namespace coworking
