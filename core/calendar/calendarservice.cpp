#include "calendarservice.h"

#include "bookingcalendar.h"
#include "bookings/bookingrepository.h"
#include "bookings/bookingservice.h"
#include "calendarfeedrepository.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "coworkings/coworkingrepository.h"
#include "spots/spotrepository.h"
#include "users/userrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRandomGenerator>

#include <algorithm>
#include <array>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr qsizetype TokenBytes = 32;
constexpr qsizetype TokenLength = 43; // base64url of 32 bytes, without padding

AppError noSuchFeed()
{
    // Word for word the router's answer to an unknown path.
    return AppError::notFound(errc::NotFound, u"No such resource."_s);
}

// Each booking with the names and address of its spot and coworking, each read once.
class EntryBuilder
{
public:
    EntryBuilder(SpotRepository &spots, CoworkingRepository &coworkings)
        : m_spots(spots), m_coworkings(coworkings)
    {
    }

    CalendarEntry operator()(const Booking &b)
    {
        if (!m_spotCache.contains(b.spotId))
            m_spotCache.insert(b.spotId, m_spots.find(b.spotId));
        if (!m_coworkingCache.contains(b.coworkingId))
            m_coworkingCache.insert(b.coworkingId, m_coworkings.find(b.coworkingId));
        const std::optional<Spot> &spot = m_spotCache[b.spotId];
        const std::optional<Coworking> &coworking = m_coworkingCache[b.coworkingId];
        return CalendarEntry{ b, spot ? spot->name : QString(),
                              coworking ? coworking->name : QString(),
                              coworking ? coworking->address : QString() };
    }

private:
    SpotRepository &m_spots;
    CoworkingRepository &m_coworkings;
    QHash<QString, std::optional<Spot>> m_spotCache;
    QHash<QString, std::optional<Coworking>> m_coworkingCache;
};

} // namespace

CalendarService::CalendarService(BookingService &bookingService, BookingRepository &bookings,
                                 SpotRepository &spots, CoworkingRepository &coworkings,
                                 UserRepository &users, CalendarFeedRepository &feeds,
                                 const Clock &clock, QString uidDomain)
    : m_bookingService(bookingService),
      m_bookings(bookings),
      m_spots(spots),
      m_coworkings(coworkings),
      m_users(users),
      m_feeds(feeds),
      m_clock(clock),
      m_uidDomain(std::move(uidDomain))
{
}

QByteArray CalendarService::bookingIcal(const Actor &actor, const QString &bookingId)
{
    const Booking booking = m_bookingService.get(actor, bookingId);
    EntryBuilder entry(m_spots, m_coworkings);
    return bookingCalendar({ entry(booking) }, CalendarHeader{ m_uidDomain, {}, 0 });
}

QString CalendarService::createFeed(const Actor &actor)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    std::array<quint32, TokenBytes / 4> random;
    QRandomGenerator::system()->fillRange(random.data(), random.size());
    const QByteArray bytes(reinterpret_cast<const char *>(random.data()), TokenBytes);
    const QString token = QString::fromLatin1(
            bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_feeds.replace(actor.userId, tokenHash(token), m_clock.now());
    return token;
}

void CalendarService::removeFeed(const Actor &actor)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    m_feeds.remove(actor.userId);
}

QByteArray CalendarService::feed(const QString &token)
{
    if (!isTokenShaped(token))
        throw noSuchFeed();
    const std::optional<QString> userId = m_feeds.findUser(tokenHash(token));
    if (!userId)
        throw noSuchFeed();
    const std::optional<UserStanding> standing = m_users.findStanding(*userId);
    if (!standing || standing->isBanned)
        throw noSuchFeed();

    const QDateTime now = m_clock.now();
    BookingFilter filter;
    filter.userId = *userId;
    filter.from = now.addDays(-FeedDaysBack);
    const Page<Booking> bookings = m_bookings.list(filter, PageRequest{ MaxFeedEvents, 0 }, now);
    QList<CalendarEntry> entries;
    entries.reserve(bookings.items.size());
    EntryBuilder entry(m_spots, m_coworkings);
    for (const Booking &b : bookings.items)
        entries.append(entry(b));
    return bookingCalendar(
            entries, CalendarHeader{ m_uidDomain, u"Coworking bookings"_s, FeedRefreshMinutes });
}

QByteArray CalendarService::tokenHash(const QString &token)
{
    return QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
}

bool CalendarService::isTokenShaped(const QString &token)
{
    return token.size() == TokenLength && std::all_of(token.cbegin(), token.cend(), [](QChar c) {
               return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z')
                       || (c >= u'0' && c <= u'9') || c == u'-' || c == u'_';
           });
}

} // namespace coworking
