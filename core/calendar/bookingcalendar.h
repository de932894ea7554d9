#pragma once

#include "bookings/booking.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace coworking {

// A booking as a calendar shows it: with the names and the address of where it is.
struct CalendarEntry
{
    Booking booking;
    QString spotName;
    QString coworkingName;
    QString address;
};

// What the whole calendar says of itself.
struct CalendarHeader
{
    // The right-hand side of every UID ("booking-<id>@<domain>"): the server's public host, or
    // the product's name; UIDs stay the same as long as it does.
    QString uidDomain;
    // The name a calendar application gives a subscribed feed (X-WR-CALNAME); none when empty.
    QString name;
    // How often a subscriber should poll, in minutes (REFRESH-INTERVAL, X-PUBLISHED-TTL); none
    // when 0.
    int refreshMinutes = 0;
};

// An iCalendar object (RFC 5545, text/calendar) with one VEVENT per entry, in their order.
// Times are UTC, so no VTIMEZONE is needed and every client shows the booking's true instants in
// its own zone. The output depends only on the stored bookings (DTSTAMP is the last stored change,
// not the moment of writing), so equal data give equal bytes: the feed's ETag relies on it.
// SUMMARY is "<spot>, <coworking>", LOCATION the coworking's address; a cancelled booking is
// STATUS:CANCELLED, any other CONFIRMED; SEQUENCE is the booking's revision.
QByteArray bookingCalendar(const QList<CalendarEntry> &entries, const CalendarHeader &header);

// The UID of a booking's VEVENT.
QString bookingEventUid(const QString &bookingId, const QString &uidDomain);

} // namespace coworking
