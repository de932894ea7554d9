#include "bookingcalendar.h"

#include "icalwriter.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// When the booking's calendar data last changed in the store: its creation or its cancellation
// (a reschedule raises the revision; the time of one is not stored).
QDateTime lastStoredChange(const Booking &b)
{
    QDateTime last = b.createdAt;
    if (b.cancelledAt.isValid() && (!last.isValid() || b.cancelledAt > last))
        last = b.cancelledAt;
    return last.isValid() ? last : b.range.from;
}

void writeEvent(ICalWriter &out, const CalendarEntry &entry, const CalendarHeader &header)
{
    const Booking &b = entry.booking;
    const QDateTime stamp = lastStoredChange(b);
    out.begin("VEVENT");
    out.text("UID", bookingEventUid(b.id, header.uidDomain));
    out.utc("DTSTAMP", stamp);
    if (b.createdAt.isValid())
        out.utc("CREATED", b.createdAt);
    out.utc("LAST-MODIFIED", stamp);
    out.integer("SEQUENCE", std::max(0, b.revision));
    out.utc("DTSTART", b.range.from);
    out.utc("DTEND", b.range.until);
    QStringList summary;
    for (const QString &part : { entry.spotName, entry.coworkingName }) {
        if (!part.trimmed().isEmpty())
            summary.append(part.trimmed());
    }
    out.text("SUMMARY", summary.join(u", "_s));
    if (!entry.address.trimmed().isEmpty())
        out.text("LOCATION", entry.address.trimmed());
    out.line("STATUS", b.status == BookingStatus::Cancelled ? "CANCELLED" : "CONFIRMED");
    out.line("TRANSP", "OPAQUE");
    out.end("VEVENT");
}

} // namespace

QString bookingEventUid(const QString &bookingId, const QString &uidDomain)
{
    return u"booking-%1@%2"_s.arg(bookingId, uidDomain);
}

QByteArray bookingCalendar(const QList<CalendarEntry> &entries, const CalendarHeader &header)
{
    ICalWriter out;
    out.begin("VCALENDAR");
    out.line("VERSION", "2.0");
    out.line("PRODID", "-//Coworking//Coworking bookings//EN");
    out.line("CALSCALE", "GREGORIAN");
    if (!header.name.isEmpty())
        out.text("X-WR-CALNAME", header.name);
    if (header.refreshMinutes > 0) {
        // RFC 7986's property, and the older name many clients still read.
        const QByteArray every = "PT" + QByteArray::number(header.refreshMinutes) + 'M';
        out.line("REFRESH-INTERVAL;VALUE=DURATION", every);
        out.line("X-PUBLISHED-TTL", every);
    }
    for (const CalendarEntry &entry : entries)
        writeEvent(out, entry, header);
    out.end("VCALENDAR");
    return out.bytes();
}

} // namespace coworking
