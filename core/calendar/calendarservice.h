#pragma once

#include "users/user.h"

#include <QByteArray>
#include <QString>

namespace coworking {

class BookingRepository;
class BookingService;
class CalendarFeedRepository;
class Clock;
class CoworkingRepository;
class SpotRepository;
class UserRepository;

// Bookings in the member's own calendar application (openapi.json, Calendar): one booking as an
// iCalendar file, and a personal feed behind a secret URL that calendar applications subscribe to
// without any other credential.
class CalendarService final
{
    Q_DISABLE_COPY_MOVE(CalendarService)
public:
    // `uidDomain` ends every event's UID (bookingcalendar.h).
    CalendarService(BookingService &bookingService, BookingRepository &bookings,
                    SpotRepository &spots, CoworkingRepository &coworkings, UserRepository &users,
                    CalendarFeedRepository &feeds, const Clock &clock, QString uidDomain);

    // The booking as a calendar with one VEVENT, for whoever may read it (GET /bookings/{id}:
    // its booker, the coworking's staff, admins); 404 BOOKING_NOT_FOUND for anyone else.
    QByteArray bookingIcal(const Actor &actor, const QString &bookingId);

    // A new secret token for the caller's feed; the previous one, if any, stops working at once.
    QString createFeed(const Actor &actor);
    // The caller's feed stops working; nothing happens when there is none.
    void removeFeed(const Actor &actor);
    // The feed of the token's holder: the user's bookings that end after FeedDaysBack days ago,
    // the MaxFeedEvents latest-starting ones when there are more. An unknown token, or the token
    // of a banned or removed user, is the 404 NOT_FOUND of an unknown path, so the answer tells
    // nothing about tokens.
    QByteArray feed(const QString &token);

    static constexpr int FeedDaysBack = 30;
    static constexpr int MaxFeedEvents = 1000;
    static constexpr int FeedRefreshMinutes = 60;

    // What the store keeps of a token: SHA-256, hex. Tokens carry 256 random bits, so a plain
    // hash is as good as a slow one and lets a request find its row by equality.
    static QByteArray tokenHash(const QString &token);
    // Whether `token` has the shape createFeed gives (43 characters of base64url).
    static bool isTokenShaped(const QString &token);

private:
    BookingService &m_bookingService;
    BookingRepository &m_bookings;
    SpotRepository &m_spots;
    CoworkingRepository &m_coworkings;
    UserRepository &m_users;
    CalendarFeedRepository &m_feeds;
    const Clock &m_clock;
    QString m_uidDomain;
};

} // namespace coworking
