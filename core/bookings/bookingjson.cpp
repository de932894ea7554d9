#include "bookingjson.h"

#include "common/datetime.h"
#include "users/userjson.h"

namespace coworking {

QJsonObject toJson(const Booking &booking, const QDateTime &now)
{
    return {
        { QStringLiteral("id"), booking.id },
        { QStringLiteral("user_id"), booking.userId },
        { QStringLiteral("spot_id"), booking.spotId },
        { QStringLiteral("coworking_id"), booking.coworkingId },
        { QStringLiteral("time_from"), datetime::toJsonOrNull(booking.range.from) },
        { QStringLiteral("time_until"), datetime::toJsonOrNull(booking.range.until) },
        { QStringLiteral("status"), toString(booking.effectiveStatus(now)) },
        { QStringLiteral("options"), QJsonArray::fromStringList(booking.options) },
        { QStringLiteral("created_at"), datetime::toJsonOrNull(booking.createdAt) },
        { QStringLiteral("cancelled_at"), datetime::toJsonOrNull(booking.cancelledAt) },
        { QStringLiteral("checked_in_at"), datetime::toJsonOrNull(booking.checkedInAt) },
    };
}

QJsonObject toJson(const BookingDetails &details, const QDateTime &now)
{
    QJsonObject object = toJson(details.booking, now);
    if (details.coworking)
        object.insert(QStringLiteral("coworking"), embeddedCoworkingJson(*details.coworking));
    if (details.spot)
        object.insert(QStringLiteral("spot"), embeddedSpotJson(*details.spot));
    if (details.user)
        object.insert(QStringLiteral("user"), toJson(*details.user));
    return object;
}

QJsonObject embeddedSpotJson(const Spot &spot)
{
    return { { QStringLiteral("id"), spot.id },
             { QStringLiteral("name"), spot.name },
             { QStringLiteral("description"), spot.description } };
}

QJsonObject embeddedCoworkingJson(const Coworking &coworking)
{
    return { { QStringLiteral("id"), coworking.id },
             { QStringLiteral("name"), coworking.name },
             { QStringLiteral("address"), coworking.address },
             { QStringLiteral("timezone"), coworking.timezone } };
}

QJsonArray toJson(const QList<TimeRange> &ranges)
{
    QJsonArray array;
    for (const TimeRange &range : ranges) {
        array.append(QJsonObject{
                { QStringLiteral("time_from"), datetime::toUtcString(range.from) },
                { QStringLiteral("time_until"), datetime::toUtcString(range.until) } });
    }
    return array;
}

} // namespace coworking
