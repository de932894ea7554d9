#include "kiosklookup.h"

#include "client/coworkingclient.h"

#include <QRegularExpression>
#include <QUuid>

#include <memory>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

// Bookings read to find the people of a coworking by name: the latest ones, newest first.
constexpr int kPeoplePages = 3;
constexpr int kPageSize = 100;

bool matches(const std::optional<User> &user, const QString &text)
{
    return user
            && (user->fullName.contains(text, Qt::CaseInsensitive)
                || user->email.contains(text, Qt::CaseInsensitive));
}

} // namespace

KioskLookup::KioskLookup(client::CoworkingClient &client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

void KioskLookup::setCoworking(const QString &coworkingId, bool admin)
{
    m_coworkingId = coworkingId;
    m_admin = admin;
}

QString KioskLookup::normalizedCode(const QString &text)
{
    QString code = text.toUpper();
    code.remove(u' ');
    code.remove(u'-');
    return code;
}

KioskLookup::Kind KioskLookup::classify(const QString &text)
{
    const QString t = text.trimmed();
    if (t.contains(u'@'))
        return Kind::Email;
    if (!QUuid::fromString(t).isNull())
        return Kind::UserId;
    static const QRegularExpression code(u"^[A-Z0-9]{%1}$"_s.arg(kCodeLength));
    const QString c = normalizedCode(t);
    // A code has a digit or is all capitals as typed: "Anna Bell" is a name, "anna-bell" too.
    if (code.match(c).hasMatch()
        && (t == t.toUpper()
            || std::any_of(c.begin(), c.end(), [](QChar ch) { return ch.isDigit(); })))
        return Kind::Code;
    return Kind::Name;
}

void KioskLookup::findPeople(const QString &text, QObject *context,
                             std::function<void(People)> done)
{
    const QString t = text.trimmed();
    switch (classify(t)) {
    case Kind::Email:
        m_client.users().search({}, t, { 20, 0 }, context, [done](client::Result<Page<User>> r) {
            if (!r.ok())
                return done(r.error());
            done(r.value().items);
        });
        return;
    case Kind::UserId:
        m_client.users().get(QUuid::fromString(t).toString(QUuid::WithoutBraces), context,
                             [done](client::Result<User> r) {
                                 if (!r.ok())
                                     return done(r.error());
                                 done(QList<User>{ r.value() });
                             });
        return;
    case Kind::Code: {
        client::CoworkingClient *c = &m_client;
        m_client.bookings().byCode(m_coworkingId, normalizedCode(t), context,
                                   [c, context, done](client::Result<Booking> r) {
                                       if (!r.ok())
                                           return done(r.error());
                                       c->users().get(r.value().userId, context,
                                                      [done](client::Result<User> u) {
                                                          if (!u.ok())
                                                              return done(u.error());
                                                          done(QList<User>{ u.value() });
                                                      });
                                   });
        return;
    }
    case Kind::Name:
        peopleByName(t, context, std::move(done));
        return;
    }
}

void KioskLookup::peopleByName(const QString &text, QObject *context,
                               std::function<void(People)> done)
{
    if (m_admin) {
        m_client.users().search(text, {}, { 20, 0 }, context, [done](client::Result<Page<User>> r) {
            if (!r.ok())
                return done(r.error());
            done(r.value().items);
        });
        return;
    }
    peoplePage(text, 0, {}, context, std::move(done));
}

void KioskLookup::peoplePage(const QString &text, int page, QList<User> found, QObject *context,
                             std::function<void(People)> done)
{
    // Page by page through the coworking's latest bookings, gathering the matching bookers.
    client::BookingsQuery query;
    query.coworkingId = m_coworkingId;
    m_client.bookings().list(
            query, { kPageSize, page }, context,
            [this, text, page, found = std::move(found), context,
             done = std::move(done)](client::Result<Page<BookingDetails>> r) mutable {
                if (!r.ok())
                    return done(r.error());
                for (const BookingDetails &d : r.value().items) {
                    const bool known = d.user
                            && std::any_of(found.cbegin(), found.cend(),
                                           [&](const User &u) { return u.id == d.user->id; });
                    if (matches(d.user, text) && !known)
                        found.append(*d.user);
                }
                if (page + 1 < kPeoplePages && (page + 1) * kPageSize < r.value().total)
                    return peoplePage(text, page + 1, std::move(found), context, std::move(done));
                done(found);
            });
}

void KioskLookup::findBookings(const QString &text, const TimeRange &day, QObject *context,
                               std::function<void(Bookings)> done)
{
    client::BookingsQuery query;
    query.coworkingId = m_coworkingId;
    query.status = BookingStatus::Active;
    query.from = day.from;
    query.until = day.until;
    m_client.bookings().list(query, { kPageSize, 0 }, context,
                             [text, done](client::Result<Page<BookingDetails>> r) {
                                 if (!r.ok())
                                     return done(r.error());
                                 QList<BookingDetails> found;
                                 for (const BookingDetails &d : r.value().items) {
                                     if (matches(d.user, text))
                                         found.append(d);
                                 }
                                 done(found);
                             });
}

} // namespace ui
} // namespace coworking
