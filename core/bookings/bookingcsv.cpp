#include "bookingcsv.h"

#include "common/csv.h"
#include "common/jsonkeys.h"
#include "coworkings/openinghours.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QString localTime(const QDateTime &t, const QTimeZone &zone)
{
    if (!t.isValid())
        return {};
    return t.toTimeZone(zone).toString(Qt::ISODate);
}

} // namespace

QByteArray bookingsToCsv(const QList<BookingDetails> &items, const QDateTime &now)
{
    QString text =
            csv::row({ keys::Id, keys::Code, keys::CoworkingId, keys::Coworking, keys::SpotId,
                       keys::Spot, keys::UserId, keys::User, keys::Email, keys::Status,
                       keys::TimeFrom, keys::TimeUntil, keys::Timezone, keys::CreatedAt,
                       keys::CheckedInAt, keys::CancelledAt, keys::CancelReason, keys::Options });
    for (const BookingDetails &item : items) {
        const Booking &b = item.booking;
        const QString zoneName = item.coworking ? item.coworking->timezone : u"UTC"_s;
        const QTimeZone zone = OpeningHours::zoneFromString(zoneName).value_or(QTimeZone::utc());
        text += csv::row(
                { b.id, b.code, b.coworkingId, item.coworking ? item.coworking->name : QString(),
                  b.spotId, item.spot ? item.spot->name : QString(), b.userId,
                  item.user ? item.user->fullName : QString(),
                  item.user ? item.user->email : QString(), toString(b.effectiveStatus(now)),
                  localTime(b.range.from, zone), localTime(b.range.until, zone), zoneName,
                  localTime(b.createdAt, zone), localTime(b.checkedInAt, zone),
                  localTime(b.cancelledAt, zone), b.cancelNote, b.options.join(u' ') });
    }
    return QByteArray(csv::ByteOrderMark) + text.toUtf8();
}

} // namespace coworking
