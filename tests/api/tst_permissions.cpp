// The permission matrix of the API (openapi.json): every protected endpoint against every kind of
// caller.
//
// Callers: anonymous; "user" (a plain user, the booker of the fixture's booking — or, for rows on
// a fresh target user or booking, that user himself); "stranger" (a plain user with no relation
// to anything); "other" (a business user who owns another coworking); "manager" (added by the
// owner); "owner" (the business user who created the coworking); "admin".
//
// Rules checked: anonymous on a protected route is 401; a resource the caller may not see at all
// is 404 (someone else's booking or profile); an action on a visible resource the caller may not
// do is 403. A refused request changes nothing; lists show only the rows the caller may see.

#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <memory>
#include <stdexcept>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const char *const kActors[] = { "anonymous", "user",  "stranger", "other",
                                "manager",   "owner", "admin" };

// Setup steps of a row that must succeed; a failure is the fixture's, not the row's.
Reply require(const Reply &reply, int status, const QString &what)
{
    if (reply.status != status) {
        throw std::runtime_error(
                qPrintable(u"setup step failed (%1): expected %2, got %3 %4"_s.arg(what)
                                   .arg(status)
                                   .arg(reply.status)
                                   .arg(QString::fromUtf8(reply.body))));
    }
    return reply;
}

QString idOf(const Reply &reply)
{
    return reply.obj().value(u"id"_s).toString();
}

QJsonObject coworkingBody(const QString &name)
{
    return { { u"name"_s, name },
             { u"description"_s, u"A place to work"_s },
             { u"address"_s, u"Tverskaya 1, Moscow"_s },
             { u"opens_at"_s, u"08:00"_s },
             { u"closes_at"_s, u"20:00"_s },
             { u"timezone"_s, u"Europe/Moscow"_s } };
}

QSet<QString> values(const QJsonArray &items, const QString &key)
{
    QSet<QString> out;
    for (const QJsonValue &v : items)
        out.insert(v.toObject().value(key).toString());
    return out;
}

// The start of a calendar event's UID line for a booking.
QByteArray uidLine(const QString &bookingId)
{
    return "UID:booking-" + bookingId.toLatin1() + '@';
}

bool isStaffOfA(const QString &actor)
{
    return actor == u"manager" || actor == u"owner" || actor == u"admin";
}

} // namespace

class tst_Permissions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void matrix_data();
    void matrix();

private:
    struct Person
    {
        QString id;
        QString token;
    };
    struct FreshBooking
    {
        QString id;
        Person booker;
    };

    Person person(const QString &email, bool business = false, bool admin = false);
    Person freshUser();
    QString freshCoworking();
    QString freshSpot();
    QString freshOption();
    // A local date of February 2030 that no row has closed yet, "2030-02-DD"; then March.
    QString freshClosureDate();
    FreshBooking freshBooking(bool withOption);
    // A new calendar feed of the actor: its path ("/calendar/<token>.ics").
    QString freshFeed(const QString &actor);

    Reply perform(const QString &endpoint, const QString &actor);
    void checkOutcome(const QString &endpoint, const QString &actor, const Reply &reply);
    Reply asAdmin(const QString &path) { return m_h->get(path, m_people.value(u"admin"_s).token); }

    std::unique_ptr<ApiHarness> m_h;
    QHash<QString, Person> m_people; // by actor name
    QString m_coworkingA, m_coworkingB;
    QString m_spot, m_spotNow, m_spotB, m_option;
    QString m_booking, m_bookingNow, m_bookingB;
    QString m_code, m_codeB; // of m_booking and m_bookingB
    int m_fresh = 0;

    // What the last row acted on, so its outcome (done or not done) can be checked.
    QString m_target;
    QString m_targetUser;
};

tst_Permissions::Person tst_Permissions::person(const QString &email, bool business, bool admin)
{
    const QString id = m_h->createUser(email, business, admin);
    return { id, m_h->token(email) };
}

tst_Permissions::Person tst_Permissions::freshUser()
{
    return person(u"fresh%1@example.com"_s.arg(++m_fresh));
}

QString tst_Permissions::freshCoworking()
{
    const QString owner = m_people.value(u"owner"_s).token;
    const QString id = idOf(
            require(m_h->post(u"/coworkings"_s, coworkingBody(u"Fresh %1"_s.arg(++m_fresh)), owner),
                    201, u"fresh coworking"_s));
    // Its manager must not be able to delete it either.
    require(m_h->put(u"/coworkings/%1/managers/%2"_s.arg(id, m_people.value(u"manager"_s).id),
                     QJsonObject(), owner),
            204, u"manager of the fresh coworking"_s);
    return id;
}

QString tst_Permissions::freshSpot()
{
    const Reply reply = require(
            m_h->post(u"/coworkings/%1/spots"_s.arg(m_coworkingA),
                      QJsonArray{ QJsonObject{ { u"name"_s, u"Fresh desk %1"_s.arg(++m_fresh) },
                                               { u"description"_s, u""_s },
                                               { u"position"_s, 10 } } },
                      m_people.value(u"owner"_s).token),
            201, u"fresh spot"_s);
    return reply.arr().at(0).toObject().value(u"id"_s).toString();
}

QString tst_Permissions::freshClosureDate()
{
    return QDate(2030, 2, 1).addDays(m_fresh++).toString(Qt::ISODate);
}

QString tst_Permissions::freshFeed(const QString &actor)
{
    const Reply made = require(
            m_h->post(u"/users/me/calendar-feed"_s, QJsonObject(), m_people.value(actor).token),
            201, u"a calendar feed"_s);
    return QUrl(made.obj().value(u"url"_s).toString()).path();
}

QString tst_Permissions::freshOption()
{
    return idOf(require(m_h->post(u"/options"_s,
                                  QJsonObject{ { u"coworking_id"_s, m_coworkingA },
                                               { u"name"_s, u"Extra %1"_s.arg(++m_fresh) } },
                                  m_people.value(u"owner"_s).token),
                        201, u"fresh option"_s));
}

// Today 09:15–09:45 Moscow on a spot of its own, by a user of its own: starts within 15 minutes
// of "now" (09:00), so its booker may check in.
tst_Permissions::FreshBooking tst_Permissions::freshBooking(bool withOption)
{
    FreshBooking fresh;
    fresh.booker = freshUser();
    QJsonObject body = bookingBody(freshSpot(), u"2030-01-07T09:15:00+03:00"_s,
                                   u"2030-01-07T09:45:00+03:00"_s);
    if (withOption)
        body.insert(u"options"_s, QJsonArray{ m_option });
    fresh.id = idOf(
            require(m_h->post(u"/bookings"_s, body, fresh.booker.token), 201, u"fresh booking"_s));
    return fresh;
}

void tst_Permissions::initTestCase()
{
    m_h = std::make_unique<ApiHarness>();
    m_people.insert(u"anonymous"_s, Person());
    m_people.insert(u"admin"_s, person(u"admin@example.com"_s, false, true));
    m_people.insert(u"owner"_s, person(u"owner@example.com"_s, true));
    m_people.insert(u"other"_s, person(u"other@example.com"_s, true));
    m_people.insert(u"manager"_s, person(u"manager@example.com"_s));
    m_people.insert(u"user"_s, person(u"user@example.com"_s));
    m_people.insert(u"stranger"_s, person(u"stranger@example.com"_s));
    const QString owner = m_people.value(u"owner"_s).token;
    const QString other = m_people.value(u"other"_s).token;
    const QString user = m_people.value(u"user"_s).token;

    SiteFixture site(*m_h);
    m_coworkingA = site.coworking(owner, coworkingBody(u"Alpha"_s));
    m_coworkingB = site.coworking(other, coworkingBody(u"Bravo"_s));

    const QStringList spots = site.spots(owner, m_coworkingA,
                                         QJsonArray{ QJsonObject{ { u"name"_s, u"A1"_s },
                                                                  { u"description"_s, u"Window"_s },
                                                                  { u"position"_s, 1 } },
                                                     QJsonObject{ { u"name"_s, u"A2"_s },
                                                                  { u"description"_s, u"Door"_s },
                                                                  { u"position"_s, 2 } } });
    QCOMPARE(spots.size(), 2);
    m_spot = spots.at(0);
    m_spotNow = spots.at(1);
    m_spotB = site.spots(other, m_coworkingB,
                         QJsonArray{ QJsonObject{ { u"name"_s, u"B1"_s },
                                                  { u"description"_s, u""_s },
                                                  { u"position"_s, 1 } } })
                      .at(0);

    m_option = site.option(owner, m_coworkingA, u"Monitor"_s);
    site.addManager(owner, m_coworkingA, m_people.value(u"manager"_s).id);

    // The user's booking tomorrow, one in progress now (09:00 Moscow), and a stranger's
    // booking in the other tenant's coworking.
    m_booking = site.book(user, bookingBody(m_spot, mskText(8, "10:00"), mskText(8, "11:00")));
    m_bookingNow =
            site.book(user, bookingBody(m_spotNow, mskText(7, "09:00"), mskText(7, "10:00")));
    m_bookingB = site.book(m_people.value(u"stranger"_s).token,
                           bookingBody(m_spotB, mskText(8, "10:00"), mskText(8, "11:00")));
    m_code = asAdmin(u"/bookings/"_s + m_booking).obj().value(u"code"_s).toString();
    m_codeB = asAdmin(u"/bookings/"_s + m_bookingB).obj().value(u"code"_s).toString();
    QVERIFY(!m_code.isEmpty() && !m_codeB.isEmpty() && m_code != m_codeB);
}

void tst_Permissions::cleanupTestCase()
{
    m_h.reset();
}

void tst_Permissions::matrix_data()
{
    QTest::addColumn<QString>("endpoint");
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("status");

    // One line per endpoint; the statuses in the order of kActors:
    //   anonymous, user, stranger, other, manager, owner, admin
    const auto rows = [](const char *endpoint, std::initializer_list<int> statuses) {
        Q_ASSERT(statuses.size() == std::size(kActors));
        int i = 0;
        for (const int status : statuses) {
            QTest::addRow("%s / %s", endpoint, kActors[i])
                    << QString::fromLatin1(endpoint) << QString::fromLatin1(kActors[i]) << status;
            ++i;
        }
    };

    // Reads first, then the commands (which act on targets made for each row).
    rows("GET /users", { 401, 403, 403, 403, 403, 403, 200 });
    rows("GET /users?email=", { 401, 403, 403, 200, 200, 200, 200 });
    rows("GET /users?query=", { 401, 403, 403, 403, 403, 403, 200 });
    rows("GET /users/{user}", { 401, 200, 404, 404, 200, 200, 200 });
    rows("GET /coworkings/{id}/managers", { 401, 403, 403, 403, 403, 200, 200 });
    rows("GET /coworkings/{id}/timeline", { 200, 200, 200, 200, 200, 200, 200 });
    rows("GET /coworkings/{id}/stats", { 401, 403, 403, 403, 200, 200, 200 });
    rows("GET /coworkings/{id}/closures", { 200, 200, 200, 200, 200, 200, 200 });
    rows("GET /spots/{id}/current-booking (in progress)", { 401, 403, 403, 403, 200, 200, 200 });
    rows("GET /spots/{id}/current-booking (none)", { 401, 403, 403, 403, 404, 404, 404 });
    rows("GET /bookings", { 401, 403, 403, 200, 200, 200, 200 });
    rows("GET /bookings?coworking_id=", { 401, 403, 403, 403, 200, 200, 200 });
    rows("GET /users/me/bookings", { 401, 200, 200, 200, 200, 200, 200 });
    rows("GET /users/me/coworkings", { 401, 200, 200, 200, 200, 200, 200 });
    rows("GET /bookings/{id}", { 401, 200, 404, 404, 200, 200, 200 });
    rows("GET /bookings/{id}/available-times", { 401, 200, 404, 404, 200, 200, 200 });
    rows("GET /bookings/{id}/ical", { 401, 200, 404, 404, 200, 200, 200 });
    // The feed's secret URL is its only credential: whoever holds it reads the user's feed, with
    // any token or none.
    rows("GET /calendar/{token}.ics", { 200, 200, 200, 200, 200, 200, 200 });
    // Staff look bookings up by code in their own coworking; every other caller, the booker
    // included, gets the 404 of an unknown code, whichever coworking the code belongs to.
    rows("GET /coworkings/{id}/bookings/by-code/{code}", { 401, 404, 404, 404, 200, 200, 200 });
    rows("GET /coworkings/{id}/bookings/by-code/{code} (in B)",
         { 401, 404, 404, 200, 404, 404, 200 });
    rows("GET /coworkings/{id}/bookings/by-code/{code} (B's code in A)",
         { 401, 404, 404, 404, 404, 404, 404 });

    rows("POST /users/me/calendar-feed", { 401, 201, 201, 201, 201, 201, 201 });
    rows("DELETE /users/me/calendar-feed", { 401, 204, 204, 204, 204, 204, 204 });
    rows("PATCH /users/{user}", { 401, 200, 404, 404, 403, 403, 200 });
    rows("PATCH /users/{id} is_business", { 401, 403, 404, 404, 404, 404, 200 });
    rows("POST /users/{id}/ban", { 401, 403, 403, 403, 403, 403, 204 });
    rows("POST /users/{id}/unban", { 401, 403, 403, 403, 403, 403, 204 });

    rows("POST /coworkings", { 401, 403, 403, 201, 403, 201, 201 });
    rows("PATCH /coworkings/{id}", { 401, 403, 403, 403, 403, 200, 200 });
    rows("DELETE /coworkings/{id}", { 401, 403, 403, 403, 403, 204, 204 });
    rows("PUT /coworkings/{id}/managers/{user_id}", { 401, 403, 403, 403, 403, 204, 204 });
    rows("DELETE /coworkings/{id}/managers/{user_id}", { 401, 403, 403, 403, 403, 204, 204 });
    rows("POST /coworkings/{id}/closures", { 401, 403, 403, 403, 201, 201, 201 });
    rows("DELETE /coworkings/{id}/closures/{closure_id}", { 401, 403, 403, 403, 204, 204, 204 });
    rows("POST /coworkings/{id}/guests", { 401, 403, 403, 403, 201, 201, 201 });

    rows("POST /coworkings/{id}/spots", { 401, 403, 403, 403, 403, 201, 201 });
    rows("PATCH /spots/{id}", { 401, 403, 403, 403, 403, 200, 200 });
    rows("DELETE /spots/{id}", { 401, 403, 403, 403, 403, 204, 204 });

    rows("POST /options", { 401, 403, 403, 403, 403, 201, 201 });
    rows("DELETE /options/{id}", { 401, 403, 403, 403, 403, 204, 204 });

    rows("POST /bookings (for oneself)", { 401, 201, 201, 201, 201, 201, 201 });
    rows("POST /bookings (on behalf)", { 401, 403, 403, 403, 201, 201, 201 });
    rows("PATCH /bookings/{id}", { 401, 200, 404, 404, 200, 200, 200 });
    rows("DELETE /bookings/{id}", { 401, 204, 404, 404, 204, 204, 204 });
    rows("POST /bookings/{id}/options", { 401, 200, 404, 404, 200, 200, 200 });
    rows("DELETE /bookings/{id}/options/{option_id}", { 401, 200, 404, 404, 200, 200, 200 });
    rows("POST /bookings/{id}/check-in", { 401, 200, 404, 404, 200, 200, 200 });
}

Reply tst_Permissions::perform(const QString &e, const QString &actor)
{
    QString token = m_people.value(actor).token;
    const QString a = m_coworkingA;
    m_target.clear();
    m_targetUser.clear();

    if (e == u"GET /users")
        return m_h->get(u"/users?count=100"_s, token);
    if (e == u"GET /users?email=")
        return m_h->get(u"/users?email=user%40example.com"_s, token);
    if (e == u"GET /users?query=")
        return m_h->get(u"/users?query=user"_s, token);
    if (e == u"GET /users/{user}")
        return m_h->get(u"/users/"_s + m_people.value(u"user"_s).id, token);
    if (e == u"GET /coworkings/{id}/managers")
        return m_h->get(u"/coworkings/%1/managers"_s.arg(a), token);
    if (e == u"GET /coworkings/{id}/timeline")
        return m_h->get(u"/coworkings/%1/timeline?time_from=2030-01-08T00:00:00%2B03:00"
                        "&time_until=2030-01-09T00:00:00%2B03:00"_s.arg(a),
                        token);
    if (e == u"GET /coworkings/{id}/stats")
        return m_h->get(u"/coworkings/%1/stats?from=2030-01-07&until=2030-01-13"_s.arg(a), token);
    if (e == u"GET /coworkings/{id}/closures")
        return m_h->get(u"/coworkings/%1/closures?from=2030-01-01&until=2030-12-31"_s.arg(a),
                        token);
    if (e == u"POST /coworkings/{id}/closures") {
        m_target = freshClosureDate();
        return m_h->post(u"/coworkings/%1/closures"_s.arg(a),
                         QJsonObject{ { u"date"_s, m_target }, { u"reason"_s, actor } }, token);
    }
    if (e == u"DELETE /coworkings/{id}/closures/{closure_id}") {
        const Reply made = require(m_h->post(u"/coworkings/%1/closures"_s.arg(a),
                                             QJsonObject{ { u"date"_s, freshClosureDate() } },
                                             m_people.value(u"owner"_s).token),
                                   201, u"a closure to remove"_s);
        m_target = made.obj().value(u"id"_s).toString();
        return m_h->del(u"/coworkings/%1/closures/%2"_s.arg(a, m_target), token);
    }
    if (e == u"GET /spots/{id}/current-booking (in progress)")
        return m_h->get(u"/spots/%1/current-booking"_s.arg(m_spotNow), token);
    if (e == u"GET /spots/{id}/current-booking (none)")
        return m_h->get(u"/spots/%1/current-booking"_s.arg(m_spot), token);
    if (e == u"GET /bookings")
        return m_h->get(u"/bookings?count=100"_s, token);
    if (e == u"GET /bookings?coworking_id=")
        return m_h->get(u"/bookings?count=100&coworking_id="_s + a, token);
    if (e == u"GET /users/me/bookings")
        return m_h->get(u"/users/me/bookings?count=100"_s, token);
    if (e == u"GET /users/me/coworkings")
        return m_h->get(u"/users/me/coworkings"_s, token);
    if (e == u"GET /bookings/{id}")
        return m_h->get(u"/bookings/"_s + m_booking, token);
    if (e == u"GET /bookings/{id}/available-times")
        return m_h->get(u"/bookings/%1/available-times"_s.arg(m_booking), token);
    if (e == u"GET /bookings/{id}/ical")
        return m_h->get(u"/bookings/%1/ical"_s.arg(m_booking), token);
    if (e == u"GET /calendar/{token}.ics") {
        m_target = freshFeed(u"user"_s);
        return m_h->get(m_target, token);
    }
    if (e == u"POST /users/me/calendar-feed")
        return m_h->post(u"/users/me/calendar-feed"_s, QJsonObject(), token);
    if (e == u"DELETE /users/me/calendar-feed") {
        // The caller's own feed; anonymous callers' would be the user's.
        m_target = freshFeed(actor == u"anonymous" ? u"user"_s : actor);
        return m_h->del(u"/users/me/calendar-feed"_s, token);
    }
    if (e == u"GET /coworkings/{id}/bookings/by-code/{code}")
        return m_h->get(u"/coworkings/%1/bookings/by-code/%2"_s.arg(a, m_code), token);
    if (e == u"GET /coworkings/{id}/bookings/by-code/{code} (in B)")
        return m_h->get(u"/coworkings/%1/bookings/by-code/%2"_s.arg(m_coworkingB, m_codeB), token);
    if (e == u"GET /coworkings/{id}/bookings/by-code/{code} (B's code in A)")
        return m_h->get(u"/coworkings/%1/bookings/by-code/%2"_s.arg(a, m_codeB), token);

    if (e == u"PATCH /users/{user}") {
        m_target = m_people.value(u"user"_s).id;
        return m_h->patch(u"/users/"_s + m_target,
                          QJsonObject{ { u"full_name"_s, u"Renamed by %1"_s.arg(actor) } }, token);
    }
    if (e == u"PATCH /users/{id} is_business") {
        const Person target = freshUser();
        m_target = target.id;
        if (actor == u"user")
            token = target.token; // promoting oneself
        return m_h->patch(u"/users/"_s + m_target, QJsonObject{ { u"is_business"_s, true } },
                          token);
    }
    if (e == u"POST /users/{id}/ban") {
        m_target = freshUser().id;
        return m_h->post(u"/users/%1/ban"_s.arg(m_target), QJsonObject(), token);
    }
    if (e == u"POST /users/{id}/unban") {
        m_target = freshUser().id;
        require(m_h->post(u"/users/%1/ban"_s.arg(m_target), QJsonObject(),
                          m_people.value(u"admin"_s).token),
                204, u"ban before unban"_s);
        return m_h->post(u"/users/%1/unban"_s.arg(m_target), QJsonObject(), token);
    }

    if (e == u"POST /coworkings")
        return m_h->post(u"/coworkings"_s, coworkingBody(u"Created by %1"_s.arg(actor)), token);
    if (e == u"PATCH /coworkings/{id}") {
        m_target = a;
        return m_h->patch(u"/coworkings/"_s + a,
                          QJsonObject{ { u"description"_s, u"Changed by %1"_s.arg(actor) } },
                          token);
    }
    if (e == u"DELETE /coworkings/{id}") {
        m_target = freshCoworking();
        return m_h->del(u"/coworkings/"_s + m_target, token);
    }
    if (e == u"POST /coworkings/{id}/guests") {
        // A fresh email per row: each allowed caller creates its own guest.
        static int guests = 0;
        return m_h->post(u"/coworkings/%1/guests"_s.arg(a),
                         QJsonObject{ { u"email"_s, u"guest%1@example.com"_s.arg(++guests) },
                                      { u"full_name"_s, u"Walk-in Guest"_s } },
                         token);
    }
    if (e == u"PUT /coworkings/{id}/managers/{user_id}") {
        m_targetUser = freshUser().id;
        return m_h->put(u"/coworkings/%1/managers/%2"_s.arg(a, m_targetUser), QJsonObject(), token);
    }
    if (e == u"DELETE /coworkings/{id}/managers/{user_id}") {
        m_targetUser = freshUser().id;
        require(m_h->put(u"/coworkings/%1/managers/%2"_s.arg(a, m_targetUser), QJsonObject(),
                         m_people.value(u"owner"_s).token),
                204, u"add the manager to remove"_s);
        return m_h->del(u"/coworkings/%1/managers/%2"_s.arg(a, m_targetUser), token);
    }

    if (e == u"POST /coworkings/{id}/spots")
        return m_h->post(u"/coworkings/%1/spots"_s.arg(a),
                         QJsonArray{ QJsonObject{ { u"name"_s, u"Desk of %1"_s.arg(actor) },
                                                  { u"description"_s, u""_s },
                                                  { u"position"_s, 20 } } },
                         token);
    if (e == u"PATCH /spots/{id}") {
        m_target = m_spot;
        return m_h->patch(u"/spots/"_s + m_spot,
                          QJsonObject{ { u"description"_s, u"Changed by %1"_s.arg(actor) } },
                          token);
    }
    if (e == u"DELETE /spots/{id}") {
        m_target = freshSpot();
        return m_h->del(u"/spots/"_s + m_target, token);
    }

    if (e == u"POST /options")
        return m_h->post(u"/options"_s,
                         QJsonObject{ { u"coworking_id"_s, a },
                                      { u"name"_s, u"Locker of %1"_s.arg(actor) } },
                         token);
    if (e == u"DELETE /options/{id}") {
        m_target = freshOption();
        return m_h->del(u"/options/"_s + m_target, token);
    }

    if (e == u"POST /bookings (for oneself)")
        return m_h->post(u"/bookings"_s,
                         bookingBody(freshSpot(), u"2030-01-09T12:00:00+03:00"_s,
                                     u"2030-01-09T13:00:00+03:00"_s),
                         token);
    if (e == u"POST /bookings (on behalf)") {
        m_targetUser = freshUser().id;
        QJsonObject body = bookingBody(freshSpot(), u"2030-01-09T12:00:00+03:00"_s,
                                       u"2030-01-09T13:00:00+03:00"_s);
        body.insert(u"user_id"_s, m_targetUser);
        return m_h->post(u"/bookings"_s, body, token);
    }

    const bool withOption = e == u"DELETE /bookings/{id}/options/{option_id}";
    const FreshBooking fresh = freshBooking(withOption);
    m_target = fresh.id;
    if (actor == u"user")
        token = fresh.booker.token;
    if (e == u"PATCH /bookings/{id}")
        return m_h->patch(u"/bookings/"_s + fresh.id,
                          QJsonObject{ { u"time_from"_s, u"2030-01-07T10:00:00+03:00"_s },
                                       { u"time_until"_s, u"2030-01-07T10:30:00+03:00"_s } },
                          token);
    if (e == u"DELETE /bookings/{id}")
        return m_h->del(u"/bookings/"_s + fresh.id, token);
    if (e == u"POST /bookings/{id}/options")
        return m_h->post(u"/bookings/%1/options"_s.arg(fresh.id),
                         QJsonObject{ { u"option_id"_s, m_option } }, token);
    if (withOption)
        return m_h->del(u"/bookings/%1/options/%2"_s.arg(fresh.id, m_option), token);
    if (e == u"POST /bookings/{id}/check-in")
        return m_h->post(u"/bookings/%1/check-in"_s.arg(fresh.id), QJsonObject(), token);
    throw std::runtime_error(qPrintable(u"no such endpoint in the test: "_s + e));
}

void tst_Permissions::matrix()
{
    QFETCH(QString, endpoint);
    QFETCH(QString, actor);
    QFETCH(int, status);

    Reply reply;
    try {
        reply = perform(endpoint, actor);
    } catch (const std::exception &error) {
        QFAIL(error.what());
    }
    const QByteArray seen = QByteArray::number(reply.status) + ' ' + reply.body.left(600);
    QVERIFY2(reply.status != 0, "no answer");
    QVERIFY2(reply.status < 500, seen.constData());
    QVERIFY2(reply.status == status,
             qPrintable(u"expected %1, got "_s.arg(status) + QString::fromUtf8(seen)));
    if (status >= 400) {
        QVERIFY2(hasErrorShape(reply), seen.constData());
        if (status == 401)
            QCOMPARE(reply.headers.value("www-authenticate").left(6), QByteArray("Bearer"));
    }
    checkOutcome(endpoint, actor, reply);
}

// What the caller saw, and that a refused command changed nothing (and an allowed one did).
void tst_Permissions::checkOutcome(const QString &e, const QString &actor, const Reply &reply)
{
    const bool ok = reply.status < 300;
    const QString userId = m_people.value(u"user"_s).id;

    if (e == u"GET /users" && ok) {
        const QSet<QString> ids = values(reply.arr(), u"id"_s);
        QVERIFY(ids.contains(userId));
        QVERIFY(ids.contains(m_people.value(u"other"_s).id));
        QVERIFY(reply.headers.value("x-total-count").toInt() >= 6);
    } else if (e == u"GET /users?email=" && ok) {
        QCOMPARE(reply.arr().size(), 1);
        QCOMPARE(reply.arr().at(0).toObject().value(u"id"_s).toString(), userId);
        QCOMPARE(reply.headers.value("x-total-count"), QByteArray("1"));
        QVERIFY(!reply.body.contains("password"));
    } else if (e == u"GET /users/{user}" && ok) {
        QCOMPARE(idOf(reply), userId);
        QVERIFY(!reply.body.contains("password"));
    } else if (e == u"GET /coworkings/{id}/managers" && ok) {
        QVERIFY(values(reply.arr(), u"id"_s).contains(m_people.value(u"manager"_s).id));
    } else if (e == u"GET /coworkings/{id}/timeline") {
        QJsonObject spot;
        for (const QJsonValue &v : reply.arr()) {
            if (v.toObject().value(u"spot_id"_s).toString() == m_spot)
                spot = v.toObject();
        }
        const QJsonArray busy = spot.value(u"busy"_s).toArray();
        QCOMPARE(busy.size(), 1);
        const QJsonObject interval = busy.at(0).toObject();
        QCOMPARE(
                QDateTime::fromString(interval.value(u"time_from"_s).toString(), Qt::ISODateWithMs),
                QDateTime(QDate(2030, 1, 8), QTime(7, 0), QTimeZone::utc()));
        QVERIFY2(!reply.body.contains(m_code.toLatin1()), "a booking code in the timeline");
        if (isStaffOfA(actor)) {
            QCOMPARE(interval.value(u"booking_id"_s).toString(), m_booking);
            QCOMPARE(interval.value(u"user_id"_s).toString(), userId);
        } else {
            // Who booked is for the staff only.
            QVERIFY2(!interval.contains(u"user_id"_s) && !interval.contains(u"booking_id"_s),
                     reply.body.constData());
        }
    } else if (e == u"GET /coworkings/{id}/closures") {
        QVERIFY(reply.body.startsWith('['));
    } else if (e == u"POST /coworkings/{id}/closures") {
        const Reply list =
                m_h->get(u"/coworkings/%1/closures?from=%2&until=%2"_s.arg(m_coworkingA, m_target));
        QCOMPARE(values(list.arr(), u"date"_s).contains(m_target), ok);
        if (ok)
            QCOMPARE(reply.obj().value(u"reason"_s).toString(), actor);
    } else if (e == u"DELETE /coworkings/{id}/closures/{closure_id}") {
        const Reply list = m_h->get(
                u"/coworkings/%1/closures?from=2030-01-01&until=2030-12-31"_s.arg(m_coworkingA));
        QCOMPARE(values(list.arr(), u"id"_s).contains(m_target), !ok);
    } else if (e == u"GET /coworkings/{id}/stats" && ok) {
        QCOMPARE(reply.obj().value(u"coworking_id"_s).toString(), m_coworkingA);
        QVERIFY(values(reply.obj().value(u"by_spot"_s).toArray(), u"spot_id"_s).contains(m_spot));
        // The fixture's booking tomorrow 10:00-11:00 and the one in progress now, at least.
        QVERIFY(reply.obj().value(u"bookings"_s).toInt() >= 2);
    } else if (e == u"GET /spots/{id}/current-booking (in progress)" && ok) {
        QCOMPARE(idOf(reply), m_bookingNow);
        QCOMPARE(reply.obj().value(u"user"_s).toObject().value(u"id"_s).toString(), userId);
    } else if (e == u"GET /bookings" && ok) {
        const QSet<QString> ids = values(reply.arr(), u"id"_s);
        const QSet<QString> coworkings = values(reply.arr(), u"coworking_id"_s);
        if (actor == u"other") {
            QVERIFY(ids.contains(m_bookingB));
            QVERIFY2(!coworkings.contains(m_coworkingA), "another tenant's bookings are listed");
        } else if (actor == u"admin") {
            QVERIFY(ids.contains(m_booking));
            QVERIFY(ids.contains(m_bookingB));
        } else {
            QVERIFY(ids.contains(m_booking));
            QVERIFY(ids.contains(m_bookingNow));
            QVERIFY2(!coworkings.contains(m_coworkingB), "another tenant's bookings are listed");
        }
    } else if (e == u"GET /bookings?coworking_id=" && ok) {
        QCOMPARE(values(reply.arr(), u"coworking_id"_s), QSet<QString>{ m_coworkingA });
        QVERIFY(values(reply.arr(), u"id"_s).contains(m_booking));
    } else if (e == u"GET /users/me/bookings" && ok) {
        const QSet<QString> owners = values(reply.arr(), u"user_id"_s);
        QVERIFY2(owners.isEmpty() || owners == QSet<QString>{ m_people.value(actor).id },
                 "someone else's booking among my bookings");
        QCOMPARE(values(reply.arr(), u"id"_s).contains(m_booking), actor == u"user");
    } else if (e == u"GET /users/me/coworkings" && ok) {
        // Only what the caller runs, with the right role; nobody else's, admins included.
        QHash<QString, QString> roles;
        for (const QJsonValue &v : reply.arr())
            roles.insert(v[u"id"_s].toString(), v[u"role"_s].toString());
        QHash<QString, QString> expected;
        if (actor == u"owner")
            expected.insert(m_coworkingA, u"owner"_s);
        else if (actor == u"manager")
            expected.insert(m_coworkingA, u"manager"_s);
        else if (actor == u"other")
            expected.insert(m_coworkingB, u"owner"_s);
        QCOMPARE(roles, expected);
    } else if (e == u"GET /bookings/{id}" && ok) {
        QCOMPARE(idOf(reply), m_booking);
        QCOMPARE(reply.obj().value(u"user_id"_s).toString(), userId);
    } else if (e.startsWith(u"GET /coworkings/{id}/bookings/by-code/") && ok) {
        const bool inB = e.endsWith(u"(in B)");
        QCOMPARE(idOf(reply), inB ? m_bookingB : m_booking);
        QCOMPARE(reply.obj().value(u"code"_s).toString(), inB ? m_codeB : m_code);
        QCOMPARE(reply.obj().value(u"user"_s).toObject().value(u"id"_s).toString(),
                 inB ? m_people.value(u"stranger"_s).id : userId);
        QCOMPARE(reply.obj().value(u"spot"_s).toObject().value(u"id"_s).toString(),
                 inB ? m_spotB : m_spot);
    } else if (e.startsWith(u"GET /coworkings/{id}/bookings/by-code/")) {
        QCOMPARE(reply.status == 404 ? reply.errorCode() : u"BOOKING_NOT_FOUND"_s,
                 u"BOOKING_NOT_FOUND"_s);
    } else if (e == u"GET /bookings/{id}/ical" && ok) {
        QCOMPARE(reply.headers.value("content-type"), QByteArray("text/calendar; charset=utf-8"));
        QVERIFY(reply.body.contains(uidLine(m_booking)));
        QCOMPARE(reply.body.count("BEGIN:VEVENT"), 1);
    } else if (e == u"GET /calendar/{token}.ics") {
        // The user's bookings, whoever asks; nobody else's.
        QVERIFY(reply.body.contains(uidLine(m_booking)));
        QVERIFY(reply.body.contains(uidLine(m_bookingNow)));
        QVERIFY(!reply.body.contains(uidLine(m_bookingB)));
    } else if (e == u"POST /users/me/calendar-feed" && ok) {
        // Each caller's own feed.
        const Reply feed = m_h->get(QUrl(reply.obj().value(u"url"_s).toString()).path());
        QCOMPARE(feed.status, 200);
        QCOMPARE(feed.body.contains(uidLine(m_booking)), actor == u"user");
    } else if (e == u"DELETE /users/me/calendar-feed") {
        QCOMPARE(m_h->get(m_target).status, ok ? 404 : 200);
    } else if (e == u"GET /bookings/{id}/available-times" && ok) {
        QVERIFY(reply.obj().value(u"available_slots"_s).isArray());
    } else if (e == u"PATCH /users/{user}") {
        const QString name = asAdmin(u"/users/"_s + userId).obj().value(u"full_name"_s).toString();
        QCOMPARE(name == u"Renamed by %1"_s.arg(actor), ok);
    } else if (e == u"PATCH /users/{id} is_business") {
        QCOMPARE(asAdmin(u"/users/"_s + m_target).obj().value(u"is_business"_s).toBool(), ok);
    } else if (e == u"POST /users/{id}/ban") {
        QCOMPARE(asAdmin(u"/users/"_s + m_target).obj().value(u"is_banned"_s).toBool(), ok);
    } else if (e == u"POST /users/{id}/unban") {
        QCOMPARE(asAdmin(u"/users/"_s + m_target).obj().value(u"is_banned"_s).toBool(), !ok);
    } else if (e == u"POST /coworkings" && ok) {
        QCOMPARE(reply.obj().value(u"owner_id"_s).toString(), m_people.value(actor).id);
        QVERIFY(reply.headers.value("location").endsWith(idOf(reply).toLatin1()));
    } else if (e == u"PATCH /coworkings/{id}") {
        const QString text =
                m_h->get(u"/coworkings/"_s + m_target).obj().value(u"description"_s).toString();
        QCOMPARE(text == u"Changed by %1"_s.arg(actor), ok);
    } else if (e == u"DELETE /coworkings/{id}") {
        QCOMPARE(m_h->get(u"/coworkings/"_s + m_target).status, ok ? 404 : 200);
    } else if (e == u"PUT /coworkings/{id}/managers/{user_id}"
               || e == u"DELETE /coworkings/{id}/managers/{user_id}") {
        const Reply managers = m_h->get(u"/coworkings/%1/managers"_s.arg(m_coworkingA),
                                        m_people.value(u"owner"_s).token);
        const bool isManager = values(managers.arr(), u"id"_s).contains(m_targetUser);
        QCOMPARE(isManager, e.startsWith(u"PUT") ? ok : !ok);
    } else if (e == u"POST /coworkings/{id}/spots" && ok) {
        QCOMPARE(reply.arr().size(), 1);
        QCOMPARE(reply.arr().at(0).toObject().value(u"coworking_id"_s).toString(), m_coworkingA);
    } else if (e == u"PATCH /spots/{id}") {
        const QString text =
                m_h->get(u"/spots/"_s + m_target).obj().value(u"description"_s).toString();
        QCOMPARE(text == u"Changed by %1"_s.arg(actor), ok);
    } else if (e == u"DELETE /spots/{id}") {
        QCOMPARE(m_h->get(u"/spots/"_s + m_target).status, ok ? 404 : 200);
    } else if (e == u"DELETE /options/{id}") {
        const Reply options = m_h->get(u"/options?count=100&coworking_id="_s + m_coworkingA);
        QCOMPARE(values(options.arr(), u"id"_s).contains(m_target), !ok);
    } else if (e == u"POST /bookings (for oneself)" && ok) {
        QCOMPARE(reply.obj().value(u"user_id"_s).toString(), m_people.value(actor).id);
    } else if (e == u"POST /bookings (on behalf)") {
        if (ok)
            QCOMPARE(reply.obj().value(u"user_id"_s).toString(), m_targetUser);
        const Reply theirs = asAdmin(u"/bookings?user_id="_s + m_targetUser);
        QCOMPARE(theirs.arr().size(), ok ? 1 : 0);
    } else if (e.startsWith(u"PATCH /bookings") || e.startsWith(u"DELETE /bookings")
               || e.startsWith(u"POST /bookings/{id}")) {
        const QJsonObject b = asAdmin(u"/bookings/"_s + m_target).obj();
        QCOMPARE(b.value(u"id"_s).toString(), m_target);
        if (e == u"PATCH /bookings/{id}") {
            const QDateTime from =
                    QDateTime::fromString(b.value(u"time_from"_s).toString(), Qt::ISODateWithMs);
            QCOMPARE(from == QDateTime(QDate(2030, 1, 7), QTime(7, 0), QTimeZone::utc()), ok);
        } else if (e == u"DELETE /bookings/{id}") {
            QCOMPARE(b.value(u"status"_s).toString(), ok ? u"cancelled"_s : u"active"_s);
        } else if (e == u"POST /bookings/{id}/options") {
            QCOMPARE(b.value(u"options"_s).toArray().contains(m_option), ok);
        } else if (e == u"DELETE /bookings/{id}/options/{option_id}") {
            QCOMPARE(b.value(u"options"_s).toArray().contains(m_option), !ok);
        } else if (e == u"POST /bookings/{id}/check-in") {
            QCOMPARE(b.value(u"checked_in_at"_s).isString(), ok);
        }
    }
}

QTEST_GUILESS_MAIN(tst_Permissions)
#include "tst_permissions.moc"
