// Bookings over real HTTP: every rule of API.md "Rules for create and reschedule" with its code,
// precheck, Idempotency-Key, the lists and their tenant isolation, and the booking commands.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "app/serverconfig.h"
#include "db/database.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace coworking;
using namespace coworking::test;

namespace {

QString randomId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QJsonObject errorOf(const Reply &reply)
{
    return reply.obj().value(QStringLiteral("error")).toObject();
}

QJsonObject detailsOf(const Reply &reply)
{
    return errorOf(reply).value(QStringLiteral("details")).toObject();
}

} // namespace

class TestBookingsApi : public QObject
{
    Q_OBJECT

private:
    Person newUser(bool business = false, bool admin = false)
    {
        return m_site->person(business, admin);
    }
    // Named "<name>" at "<name> street 1": the lists embed both.
    QString createCoworking(const Person &owner, const QString &name)
    {
        return m_site->coworking(
                owner,
                QJsonObject{ { QStringLiteral("name"), name },
                             { QStringLiteral("description"), QStringLiteral("d") },
                             { QStringLiteral("address"),
                               QString(name + QStringLiteral(" street 1")) } });
    }
    Reply book(const Person &who, const QString &spotId, const QString &from, const QString &until,
               const QJsonObject &extra = {})
    {
        return m_h->post(QStringLiteral("/bookings"), bookingBody(spotId, from, until, extra),
                         who.token);
    }
    QString bookOk(const Person &who, const QString &spotId, const QString &from,
                   const QString &until)
    {
        return m_site->book(who, spotId, from, until);
    }
    qint64 bookingRows(const QString &userId)
    {
        return m_h
                ->sql(QStringLiteral("SELECT COUNT(*) AS n FROM bookings WHERE user_id = ?"),
                      { userId })
                .first()
                .value(QStringLiteral("n"))
                .toLongLong();
    }

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner, m_manager, m_otherOwner, m_admin;
    QString m_coworking, m_otherCoworking;
    QString m_spotA, m_spotB, m_spotInactive, m_otherSpot;
    QString m_option, m_option2, m_foreignOption;

private slots:
    void initTestCase()
    {
        // Tests move the clock by hours and days; tokens must outlive that.
        m_h = std::make_unique<ApiHarness>(
                [](ServerConfig &config) { config.accessTtlMinutes = 60 * 24 * 60; });
        m_site = std::make_unique<SiteFixture>(*m_h);
        m_owner = newUser(true);
        m_manager = newUser();
        m_otherOwner = newUser(true);
        m_admin = newUser(false, true);

        m_coworking = createCoworking(m_owner, QStringLiteral("Moscow Hub"));
        const QStringList spots = m_site->spots(
                m_owner.token, m_coworking,
                QJsonArray{
                        QJsonObject{ { QStringLiteral("name"), QStringLiteral("A") },
                                     { QStringLiteral("description"), QStringLiteral("window") },
                                     { QStringLiteral("position"), 1 } },
                        QJsonObject{ { QStringLiteral("name"), QStringLiteral("B") },
                                     { QStringLiteral("description"), QStringLiteral("corner") },
                                     { QStringLiteral("position"), 2 } },
                        QJsonObject{ { QStringLiteral("name"), QStringLiteral("C") },
                                     { QStringLiteral("description"), QStringLiteral("closed") },
                                     { QStringLiteral("position"), 3 },
                                     { QStringLiteral("status"), QStringLiteral("inactive") } } });
        QCOMPARE(spots.size(), 3);
        m_spotA = spots.at(0);
        m_spotB = spots.at(1);
        m_spotInactive = spots.at(2);
        m_option = m_site->option(m_owner.token, m_coworking, QStringLiteral("Monitor"));
        m_option2 = m_site->option(m_owner.token, m_coworking, QStringLiteral("Locker"));
        m_site->addManager(m_owner.token, m_coworking, m_manager.id);

        m_otherCoworking = createCoworking(m_otherOwner, QStringLiteral("Other Hub"));
        m_otherSpot = m_site->spots(m_otherOwner.token, m_otherCoworking,
                                    QJsonArray{ QJsonObject{
                                            { QStringLiteral("name"), QStringLiteral("X") },
                                            { QStringLiteral("description"), QString() },
                                            { QStringLiteral("position"), 1 } } })
                              .first();
        m_foreignOption =
                m_site->option(m_otherOwner.token, m_otherCoworking, QStringLiteral("Foreign"));
    }

    void cleanup() { m_h->clock().set(ApiHarness::startTime()); }

    void cleanupTestCase()
    {
        m_site.reset();
        m_h.reset();
    }

    // ---- create: one row per rule, each with its code --------------------------------------

    void createRules_data()
    {
        QTest::addColumn<QString>("actor"); // "user", "manager", "owner", "otherOwner"
        QTest::addColumn<QJsonObject>("request");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("detail"); // details.rule, details.fields[0].field or ""

        const QString a = m_spotA;
        // Each row books its own hour of 2030-01-09 or later, so rows do not collide.
        QTest::newRow("ok") << "user" << bookingBody(a, mskText(9, "10:00"), mskText(9, "11:00"))
                            << 201 << QString() << QString();
        QTest::newRow("ok with Z offsets")
                << "user" << bookingBody(m_spotB, utcText(9, "07:00"), utcText(9, "08:00")) << 201
                << QString() << QString();
        QTest::newRow("spot missing")
                << "user" << bookingBody(randomId(), mskText(9, "10:00"), mskText(9, "11:00"))
                << 404 << "SPOT_NOT_FOUND" << QString();
        QTest::newRow("spot id not a uuid")
                << "user"
                << bookingBody(QStringLiteral("nope"), mskText(9, "10:00"), mskText(9, "11:00"))
                << 422 << "VALIDATION_ERROR"
                << "spot_id";
        QTest::newRow("spot inactive")
                << "user" << bookingBody(m_spotInactive, mskText(9, "10:00"), mskText(9, "11:00"))
                << 409 << "SPOT_INACTIVE" << QString();
        QTest::newRow("naive datetime")
                << "user"
                << bookingBody(a, QStringLiteral("2030-01-09T12:00:00"), mskText(9, "13:00")) << 422
                << "VALIDATION_ERROR"
                << "time_from";
        QTest::newRow("missing end")
                << "user"
                << QJsonObject{ { QStringLiteral("spot_id"), a },
                                { QStringLiteral("time_from"), mskText(9, "12:00") } }
                << 422 << "VALIDATION_ERROR"
                << "time_until";
        QTest::newRow("end before start")
                << "user" << bookingBody(a, mskText(9, "13:00"), mskText(9, "12:00")) << 422
                << "VALIDATION_ERROR"
                << "time_until";
        QTest::newRow("empty range")
                << "user" << bookingBody(a, mskText(9, "13:00"), mskText(9, "13:00")) << 422
                << "VALIDATION_ERROR"
                << "time_until";
        QTest::newRow("start in the past")
                << "user" << bookingBody(a, mskText(7, "08:00"), mskText(7, "10:00")) << 422
                << "VALIDATION_ERROR"
                << "time_from";
        QTest::newRow("too short")
                << "user" << bookingBody(a, mskText(9, "12:00"), mskText(9, "12:10")) << 422
                << "POLICY_VIOLATION"
                << "min_duration";
        QTest::newRow("too long") << "user"
                                  << bookingBody(a, mskText(9, "08:00"), mskText(9, "20:15")) << 422
                                  << "POLICY_VIOLATION"
                                  << "max_duration";
        QTest::newRow("off the slot grid")
                << "user" << bookingBody(a, mskText(9, "12:05"), mskText(9, "13:05")) << 422
                << "POLICY_VIOLATION"
                << "slot_grid";
        QTest::newRow("too far in advance")
                << "user"
                << bookingBody(a, QStringLiteral("2030-02-10T10:00:00+03:00"),
                               QStringLiteral("2030-02-10T11:00:00+03:00"))
                << 422 << "POLICY_VIOLATION"
                << "max_days_in_advance";
        QTest::newRow("after closing")
                << "user" << bookingBody(a, mskText(9, "19:00"), mskText(9, "21:00")) << 422
                << "OUTSIDE_OPENING_HOURS" << QString();
        QTest::newRow("before opening")
                << "user" << bookingBody(a, mskText(9, "07:00"), mskText(9, "09:00")) << 422
                << "OUTSIDE_OPENING_HOURS" << QString();
        QTest::newRow("across two days")
                << "user" << bookingBody(a, mskText(9, "19:00"), mskText(10, "07:00")) << 422
                << "OUTSIDE_OPENING_HOURS" << QString();
        QTest::newRow("option of another coworking")
                << "user"
                << bookingBody(a, mskText(9, "14:00"), mskText(9, "15:00"),
                               { { QStringLiteral("options"), QJsonArray{ m_foreignOption } } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("unknown option")
                << "user"
                << bookingBody(a, mskText(9, "14:00"), mskText(9, "15:00"),
                               { { QStringLiteral("options"), QJsonArray{ randomId() } } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("options not an array")
                << "user"
                << bookingBody(a, mskText(9, "14:00"), mskText(9, "15:00"),
                               { { QStringLiteral("options"), QStringLiteral("x") } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("with options")
                << "user"
                << bookingBody(a, mskText(9, "16:00"), mskText(9, "17:00"),
                               { { QStringLiteral("options"), QJsonArray{ m_option, m_option2 } } })
                << 201 << QString() << QString();
        QTest::newRow("on behalf, by a plain user")
                << "user"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { QStringLiteral("user_id"), m_admin.id } })
                << 403 << "FORBIDDEN" << QString();
        QTest::newRow("on behalf, by the owner of another coworking")
                << "otherOwner"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { QStringLiteral("user_id"), m_admin.id } })
                << 403 << "FORBIDDEN" << QString();
        QTest::newRow("on behalf of an unknown user")
                << "manager"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { QStringLiteral("user_id"), randomId() } })
                << 404 << "USER_NOT_FOUND" << QString();
        QTest::newRow("on behalf of a banned user")
                << "manager"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { QStringLiteral("user_id"), QStringLiteral("banned") } })
                << 403 << "USER_BANNED" << QString();
        QTest::newRow("on behalf, by a manager")
                << "manager"
                << bookingBody(a, mskText(10, "12:00"), mskText(10, "13:00"),
                               { { QStringLiteral("user_id"), QStringLiteral("target") } })
                << 201 << QString() << QString();
        QTest::newRow("on behalf, by the owner")
                << "owner"
                << bookingBody(a, mskText(10, "14:00"), mskText(10, "15:00"),
                               { { QStringLiteral("user_id"), QStringLiteral("target") } })
                << 201 << QString() << QString();
    }

    void createRules()
    {
        QFETCH(QString, actor);
        QFETCH(QJsonObject, request);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, detail);

        // Each row gets a fresh booker so that limits of one row do not leak into the next.
        const Person user = newUser();
        if (request.value(QStringLiteral("user_id")).toString() == u"banned") {
            const Person banned = newUser();
            m_h->database().execute(QStringLiteral("UPDATE users SET is_banned = ? WHERE id = ?"),
                                    { m_h->database().boolean(true), banned.id });
            request.insert(QStringLiteral("user_id"), banned.id);
        } else if (request.value(QStringLiteral("user_id")).toString() == u"target") {
            request.insert(QStringLiteral("user_id"), user.id);
        }
        const Person &who = actor == u"manager" ? m_manager
                : actor == u"owner"             ? m_owner
                : actor == u"otherOwner"        ? m_otherOwner
                                                : user;

        const Reply r = m_h->post(QStringLiteral("/bookings"), request, who.token);
        QCOMPARE(r.status, status);
        if (status != 201) {
            QCOMPARE(r.errorCode(), code);
            QVERIFY(!errorOf(r).value(QStringLiteral("message")).toString().isEmpty());
            if (code == u"POLICY_VIOLATION")
                QCOMPARE(detailsOf(r).value(QStringLiteral("rule")).toString(), detail);
            else if (!detail.isEmpty())
                QCOMPARE(r.errorFields().value(0), detail);
            return;
        }

        const QJsonObject b = r.obj();
        const QString id = b.value(QStringLiteral("id")).toString();
        QCOMPARE(r.headers.value("location"), QByteArray("/bookings/") + id.toLatin1());
        QCOMPARE(b.value(QStringLiteral("user_id")).toString(),
                 request.contains(QStringLiteral("user_id"))
                         ? request.value(QStringLiteral("user_id")).toString()
                         : user.id);
        QCOMPARE(b.value(QStringLiteral("spot_id")).toString(),
                 request.value(QStringLiteral("spot_id")).toString());
        QCOMPARE(b.value(QStringLiteral("coworking_id")).toString(), m_coworking);
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QVERIFY(b.value(QStringLiteral("cancelled_at")).isNull());
        QVERIFY(b.value(QStringLiteral("checked_in_at")).isNull());
        QCOMPARE(b.value(QStringLiteral("created_at")).toString(),
                 QStringLiteral("2030-01-07T06:00:00Z"));
        // Output is UTC with Z whatever offset came in.
        const QDateTime from = QDateTime::fromString(
                request.value(QStringLiteral("time_from")).toString(), Qt::ISODate);
        QCOMPARE(b.value(QStringLiteral("time_from")).toString(),
                 from.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        QStringList expectedOptions;
        for (const QJsonValue v : request.value(QStringLiteral("options")).toArray())
            expectedOptions.append(v.toString());
        expectedOptions.sort();
        QStringList options;
        for (const QJsonValue v : b.value(QStringLiteral("options")).toArray())
            options.append(v.toString());
        QCOMPARE(options, expectedOptions);

        // What was answered is what was stored.
        const Reply again = m_h->get(QStringLiteral("/bookings/") + id, who.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.obj(), b);
        const auto rows =
                m_h->sql(QStringLiteral("SELECT status FROM bookings WHERE id = ?"), { id });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(QStringLiteral("status")).toString(), QStringLiteral("active"));
    }

    void userLimits()
    {
        const Person u = newUser();
        bookOk(u, m_spotA, mskText(11, "10:00"), mskText(11, "11:00"));

        // Two overlapping bookings of one person, even on different spots.
        Reply r = book(u, m_spotB, mskText(11, "10:30"), mskText(11, "11:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("USER_LIMIT"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("overlap"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("limit")).toInt(), 3);

        // Back to back is fine; the fourth future active booking is not.
        bookOk(u, m_spotB, mskText(11, "11:00"), mskText(11, "12:00"));
        const QString third = bookOk(u, m_spotA, mskText(12, "10:00"), mskText(12, "11:00"));
        r = book(u, m_spotA, mskText(13, "10:00"), mskText(13, "11:00"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("USER_LIMIT"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("max_active"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("limit")).toInt(), 3);

        // The limit is per coworking: another coworking still takes a booking.
        QCOMPARE(book(u, m_otherSpot, mskText(13, "10:00"), mskText(13, "11:00")).status, 201);

        // Cancelling one frees a place.
        QCOMPARE(m_h->del(QStringLiteral("/bookings/") + third, u.token).status, 204);
        QCOMPARE(book(u, m_spotA, mskText(13, "12:00"), mskText(13, "13:00")).status, 201);
    }

    // Booking for oneself reads the booker no second time: the authentication of the same
    // request refuses a banned caller, at once, with a token that has not expired.
    void bannedCallerCannotBookForSelf()
    {
        const Person user = newUser();
        bookOk(user, m_spotA, mskText(21, "10:00"), mskText(21, "11:00"));
        QCOMPARE(m_h->post(QStringLiteral("/users/%1/ban").arg(user.id), QJsonObject{},
                           m_admin.token)
                         .status,
                 204);
        const qint64 before = bookingRows(user.id);
        const Reply r = book(user, m_spotB, mskText(21, "12:00"), mskText(21, "13:00"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("USER_BANNED"));
        QCOMPARE(bookingRows(user.id), before);
    }

    void conflictBodyCarriesAlternativeAndLegacyFields()
    {
        const Person first = newUser();
        const Person second = newUser();
        const Person third = newUser();
        bookOk(first, m_spotA, mskText(14, "10:00"), mskText(14, "11:00"));

        Reply r = book(second, m_spotA, mskText(14, "10:30"), mskText(14, "11:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_CONFLICT"));
        const QJsonObject alternative =
                detailsOf(r).value(QStringLiteral("alternative_spot")).toObject();
        QCOMPARE(alternative.value(QStringLiteral("id")).toString(), m_spotB);
        QCOMPARE(alternative.value(QStringLiteral("name")).toString(), QStringLiteral("B"));
        QCOMPARE(alternative.value(QStringLiteral("description")).toString(),
                 QStringLiteral("corner"));
        // The original's top-level fields, for old clients.
        QCOMPARE(r.obj().value(QStringLiteral("message")).toString(),
                 errorOf(r).value(QStringLiteral("message")).toString());
        QCOMPARE(r.obj().value(QStringLiteral("spot")).toObject(), alternative);

        // Back to back with the first: no conflict (half-open ranges).
        bookOk(second, m_spotA, mskText(14, "11:00"), mskText(14, "12:00"));

        // With B taken too (and C inactive) there is no alternative: null in both places.
        bookOk(third, m_spotB, mskText(14, "10:00"), mskText(14, "12:00"));
        const Person fourth = newUser();
        r = book(fourth, m_spotA, mskText(14, "10:45"), mskText(14, "11:15"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_CONFLICT"));
        QVERIFY(detailsOf(r).contains(QStringLiteral("alternative_spot")));
        QVERIFY(detailsOf(r).value(QStringLiteral("alternative_spot")).isNull());
        QVERIFY(r.obj().contains(QStringLiteral("spot")));
        QVERIFY(r.obj().value(QStringLiteral("spot")).isNull());
        QCOMPARE(bookingRows(fourth.id), 0);
    }

    // ---- precheck ----------------------------------------------------------------------------

    void precheck()
    {
        const Person u = newUser();
        const Person other = newUser();
        bookOk(other, m_spotA, mskText(15, "10:00"), mskText(15, "11:00"));
        const auto check = [&](const QJsonObject &b) {
            const Reply r = m_h->post(QStringLiteral("/bookings/precheck"), b, u.token);
            if (r.status != 200)
                qWarning() << r.body;
            return r;
        };

        Reply r = check(bookingBody(m_spotA, mskText(15, "11:00"), mskText(15, "12:00")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj(), (QJsonObject{ { QStringLiteral("ok"), true } }));

        r = check(bookingBody(m_spotA, mskText(15, "10:30"), mskText(15, "11:30")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("ok")).toBool(), false);
        const QJsonObject error = r.obj().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("code")).toString(),
                 QStringLiteral("BOOKING_CONFLICT"));
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());
        QCOMPARE(error.value(QStringLiteral("details"))
                         .toObject()
                         .value(QStringLiteral("alternative_spot"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                 m_spotB);

        const auto codeOf = [](const Reply &reply) {
            return reply.obj()
                    .value(QStringLiteral("error"))
                    .toObject()
                    .value(QStringLiteral("code"))
                    .toString();
        };
        QCOMPARE(codeOf(check(bookingBody(randomId(), mskText(15, "10:00"), mskText(15, "11:00")))),
                 QStringLiteral("SPOT_NOT_FOUND"));
        QCOMPARE(codeOf(check(
                         bookingBody(m_spotInactive, mskText(15, "10:00"), mskText(15, "11:00")))),
                 QStringLiteral("SPOT_INACTIVE"));
        QCOMPARE(codeOf(check(bookingBody(m_spotA, mskText(15, "19:00"), mskText(15, "21:00")))),
                 QStringLiteral("OUTSIDE_OPENING_HOURS"));
        r = check(bookingBody(m_spotA, mskText(15, "12:05"), mskText(15, "13:05")));
        QCOMPARE(codeOf(r), QStringLiteral("POLICY_VIOLATION"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("rule")).toString(),
                 QStringLiteral("slot_grid"));
        QCOMPARE(codeOf(check(
                         bookingBody(m_spotA, QStringLiteral("tomorrow"), mskText(15, "13:00")))),
                 QStringLiteral("VALIDATION_ERROR"));

        // The user's own rules, predicted without writing.
        bookOk(u, m_spotB, mskText(16, "10:00"), mskText(16, "11:00"));
        r = check(bookingBody(m_spotA, mskText(16, "10:30"), mskText(16, "11:30")));
        QCOMPARE(codeOf(r), QStringLiteral("USER_LIMIT"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("overlap"));
        bookOk(u, m_spotB, mskText(16, "12:00"), mskText(16, "13:00"));
        bookOk(u, m_spotB, mskText(16, "14:00"), mskText(16, "15:00"));
        r = check(bookingBody(m_spotA, mskText(17, "10:00"), mskText(17, "11:00")));
        QCOMPARE(codeOf(r), QStringLiteral("USER_LIMIT"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("reason")).toString(),
                 QStringLiteral("max_active"));

        // Nothing was written by any precheck.
        QCOMPARE(bookingRows(u.id), 3);
    }

    // ---- Idempotency-Key ---------------------------------------------------------------------

    void idempotency()
    {
        const Person u = newUser();
        const QJsonObject b = bookingBody(m_spotA, mskText(18, "10:00"), mskText(18, "11:00"));
        const Headers key{ { "Idempotency-Key", "booking-18-a" } };

        const Reply first = m_h->post(QStringLiteral("/bookings"), b, u.token, key);
        QCOMPARE(first.status, 201);
        const Reply second = m_h->post(QStringLiteral("/bookings"), b, u.token, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.obj().value(QStringLiteral("id")), first.obj().value(QStringLiteral("id")));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.value("location"), first.headers.value("location"));
        QCOMPARE(bookingRows(u.id), 1);
        QCOMPARE(m_h->sql(QStringLiteral("SELECT COUNT(*) AS n FROM idempotency_keys "
                                         "WHERE user_id = ?"),
                          { u.id })
                         .first()
                         .value(QStringLiteral("n"))
                         .toInt(),
                 1);

        // The same key with another body.
        const Reply reused = m_h->post(
                QStringLiteral("/bookings"),
                bookingBody(m_spotA, mskText(18, "12:00"), mskText(18, "13:00")), u.token, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), QStringLiteral("IDEMPOTENCY_KEY_REUSED"));
        QCOMPARE(bookingRows(u.id), 1);

        // Keys belong to their user: another user's identical key is a new request.
        const Person v = newUser();
        const Reply others = m_h->post(
                QStringLiteral("/bookings"),
                bookingBody(m_spotB, mskText(18, "10:00"), mskText(18, "11:00")), v.token, key);
        QCOMPARE(others.status, 201);
        QVERIFY(others.obj().value(QStringLiteral("id"))
                != first.obj().value(QStringLiteral("id")));

        // A business-rule refusal is replayed as it was, even once the cause is gone.
        const Person w = newUser();
        const Headers conflictKey{ { "Idempotency-Key", "conflict-1" } };
        const QJsonObject clash = bookingBody(m_spotA, mskText(18, "10:30"), mskText(18, "11:30"));
        const Reply refused = m_h->post(QStringLiteral("/bookings"), clash, w.token, conflictKey);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), QStringLiteral("BOOKING_CONFLICT"));
        QCOMPARE(m_h->del(QStringLiteral("/bookings/")
                                  + first.obj().value(QStringLiteral("id")).toString(),
                          u.token)
                         .status,
                 204);
        const Reply replayed = m_h->post(QStringLiteral("/bookings"), clash, w.token, conflictKey);
        QCOMPARE(replayed.status, 409);
        QCOMPARE(replayed.body, refused.body);
        QCOMPARE(bookingRows(w.id), 0);
        // Without the key the same request now succeeds.
        QCOMPARE(m_h->post(QStringLiteral("/bookings"), clash, w.token).status, 201);

        // Malformed keys.
        const Reply tooLong = m_h->post(QStringLiteral("/bookings"), b, u.token,
                                        { { "Idempotency-Key", QByteArray(201, 'k') } });
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        QCOMPARE(tooLong.errorFields().value(0), QStringLiteral("Idempotency-Key"));
    }

    // ---- lists -------------------------------------------------------------------------------

    void myBookingsEmbedsCoworkingAndSpot()
    {
        const Person u = newUser();
        const QString early = bookOk(u, m_spotA, mskText(19, "10:00"), mskText(19, "11:00"));
        const QString late = bookOk(u, m_spotB, mskText(20, "10:00"), mskText(20, "11:00"));
        const QString cancelled = bookOk(u, m_spotA, mskText(21, "10:00"), mskText(21, "11:00"));
        QCOMPARE(m_h->del(QStringLiteral("/bookings/") + cancelled, u.token).status, 204);
        newUser(); // someone else's bookings never show
        bookOk(m_manager, m_spotB, mskText(19, "10:00"), mskText(19, "11:00"));

        Reply r = m_h->get(QStringLiteral("/users/me/bookings"), u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        QCOMPARE(valuesOf(r.arr()), (QStringList{ cancelled, late, early })); // newest first
        const QJsonObject item = r.arr().at(1).toObject();
        QCOMPARE(item.value(QStringLiteral("coworking")).toObject(),
                 (QJsonObject{ { QStringLiteral("id"), m_coworking },
                               { QStringLiteral("name"), QStringLiteral("Moscow Hub") },
                               { QStringLiteral("address"), QStringLiteral("Moscow Hub street 1") },
                               { QStringLiteral("timezone"), QStringLiteral("Europe/Moscow") } }));
        QCOMPARE(item.value(QStringLiteral("spot")).toObject(),
                 (QJsonObject{ { QStringLiteral("id"), m_spotB },
                               { QStringLiteral("name"), QStringLiteral("B") },
                               { QStringLiteral("description"), QStringLiteral("corner") } }));

        r = m_h->get(QStringLiteral("/users/me/bookings?status=active"), u.token);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ late, early }));
        r = m_h->get(QStringLiteral("/users/me/bookings?status=cancelled"), u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ cancelled });
        r = m_h->get(QStringLiteral("/users/me/bookings?count=1&page=1"), u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ late });
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        r = m_h->get(QStringLiteral("/users/me/bookings?status=gone"), u.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
    }

    void staffListFiltersAndTenantIsolation()
    {
        const Person u = newUser();
        const Person v = newUser();
        const QString b1 = bookOk(u, m_spotA, mskText(22, "10:00"), mskText(22, "11:00"));
        const QString b2 = bookOk(v, m_spotB, mskText(22, "12:00"), mskText(22, "13:00"));
        const QString b3 = bookOk(u, m_spotA, mskText(23, "10:00"), mskText(23, "11:00"));
        QCOMPARE(m_h->del(QStringLiteral("/bookings/") + b3, u.token).status, 204);
        const QString foreign = bookOk(u, m_otherSpot, mskText(22, "14:00"), mskText(22, "15:00"));

        const QString window = QStringLiteral("&time_from=%1&time_until=%2")
                                       .arg(utcText(22, "00:00"), utcText(24, "00:00"));
        const auto list = [&](const Person &who, const QString &query) {
            return m_h->get(QStringLiteral("/bookings?count=100") + query + window, who.token);
        };

        // The owner sees its coworking, with user and spot embedded.
        Reply r = list(m_owner, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ b3, b2, b1 }));
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        const QJsonObject item = r.arr().at(1).toObject();
        QCOMPARE(item.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                 v.id);
        QCOMPARE(item.value(QStringLiteral("user"))
                         .toObject()
                         .value(QStringLiteral("email"))
                         .toString(),
                 v.email);
        QVERIFY(!item.value(QStringLiteral("user"))
                         .toObject()
                         .contains(QStringLiteral("password_hash")));
        QCOMPARE(item.value(QStringLiteral("spot"))
                         .toObject()
                         .value(QStringLiteral("name"))
                         .toString(),
                 QStringLiteral("B"));

        // Filters.
        QCOMPARE(valuesOf(list(m_owner, QStringLiteral("&spot_id=") + m_spotA).arr()),
                 (QStringList{ b3, b1 }));
        QCOMPARE(valuesOf(list(m_owner, QStringLiteral("&user_id=") + v.id).arr()),
                 QStringList{ b2 });
        QCOMPARE(valuesOf(list(m_owner, QStringLiteral("&status=cancelled")).arr()),
                 QStringList{ b3 });
        QCOMPARE(valuesOf(list(m_owner, QStringLiteral("&status=active")).arr()),
                 (QStringList{ b2, b1 }));
        QCOMPARE(valuesOf(list(m_owner, QStringLiteral("&coworking_id=") + m_coworking).arr()),
                 (QStringList{ b3, b2, b1 }));
        r = m_h->get(QStringLiteral("/bookings?time_from=%1&time_until=%2")
                             .arg(utcText(22, "08:30"), utcText(22, "09:30")),
                     m_owner.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ b2 }); // 12:00-13:00 MSK = 09:00-10:00Z overlaps

        // A manager sees the same coworking.
        QCOMPARE(valuesOf(list(m_manager, QString()).arr()), (QStringList{ b3, b2, b1 }));

        // Another owner sees only its own coworking, and may not ask for this one.
        QCOMPARE(valuesOf(list(m_otherOwner, QString()).arr()), QStringList{ foreign });
        r = list(m_otherOwner, QStringLiteral("&coworking_id=") + m_coworking);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), QStringLiteral("FORBIDDEN"));

        // A plain user is no staff anywhere.
        r = list(u, QString());
        QCOMPARE(r.status, 403);

        // The admin sees everything.
        r = list(m_admin, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ b3, foreign, b2, b1 }));

        r = m_h->get(QStringLiteral("/bookings?status=nope"), m_owner.token);
        QCOMPARE(r.status, 422);
        r = m_h->get(QStringLiteral("/bookings?spot_id=nope"), m_owner.token);
        QCOMPARE(r.status, 422);
    }

    void getIsHiddenFromStrangers()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(24, "10:00"), mskText(24, "11:00"));
        const QString path = QStringLiteral("/bookings/") + id;
        QCOMPARE(m_h->get(path, u.token).status, 200);
        QCOMPARE(m_h->get(path, m_owner.token).status, 200);
        QCOMPARE(m_h->get(path, m_manager.token).status, 200);
        QCOMPARE(m_h->get(path, m_admin.token).status, 200);
        for (const Person &stranger : { newUser(), m_otherOwner }) {
            const Reply r = m_h->get(path, stranger.token);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_FOUND"));
            // Nor may a stranger act on it.
            QCOMPARE(m_h->del(path, stranger.token).status, 404);
            QCOMPARE(m_h->patch(path,
                                QJsonObject{
                                        { QStringLiteral("time_from"), mskText(24, "12:00") },
                                        { QStringLiteral("time_until"), mskText(24, "13:00") } },
                                stranger.token)
                             .status,
                     404);
        }
        QCOMPARE(m_h->get(QStringLiteral("/bookings/") + randomId(), m_admin.token).status, 404);
        QCOMPARE(m_h->get(path).status, 401);
    }

    // ---- commands ----------------------------------------------------------------------------

    void reschedule()
    {
        const Person u = newUser();
        const Person v = newUser();
        const QString id = bookOk(u, m_spotA, mskText(25, "10:00"), mskText(25, "11:00"));
        bookOk(v, m_spotA, mskText(25, "12:00"), mskText(25, "13:00"));
        bookOk(u, m_spotB, mskText(25, "14:00"), mskText(25, "15:00"));
        const QString path = QStringLiteral("/bookings/") + id;
        const auto move = [&](const Person &who, const QString &from, const QString &until) {
            return m_h->patch(path,
                              QJsonObject{ { QStringLiteral("time_from"), from },
                                           { QStringLiteral("time_until"), until } },
                              who.token);
        };

        // Overlapping its own old time is fine.
        Reply r = move(u, mskText(25, "10:30"), mskText(25, "11:30"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("time_from")).toString(), utcText(25, "07:30"));
        QCOMPARE(r.obj().value(QStringLiteral("time_until")).toString(), utcText(25, "08:30"));

        // Onto someone else's booking of the spot.
        r = move(u, mskText(25, "11:30"), mskText(25, "12:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_CONFLICT"));
        QCOMPARE(detailsOf(r)
                         .value(QStringLiteral("alternative_spot"))
                         .toObject()
                         .value(QStringLiteral("id"))
                         .toString(),
                 m_spotB);

        // Onto the booker's own other booking (another spot).
        r = move(u, mskText(25, "14:30"), mskText(25, "15:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("USER_LIMIT"));

        // The same time rules as create.
        r = move(u, mskText(7, "08:00"), mskText(7, "09:00"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        r = move(u, mskText(25, "19:00"), mskText(25, "21:00"));
        QCOMPARE(r.errorCode(), QStringLiteral("OUTSIDE_OPENING_HOURS"));
        r = move(u, mskText(25, "10:10"), mskText(25, "11:10"));
        QCOMPARE(r.errorCode(), QStringLiteral("POLICY_VIOLATION"));
        r = m_h->patch(path, QJsonObject{ { QStringLiteral("time_from"), mskText(25, "10:00") } },
                       u.token);
        QCOMPARE(r.status, 422);

        // Staff may move it; the stored row follows.
        r = move(m_manager, mskText(25, "16:00"), mskText(25, "17:00"));
        QCOMPARE(r.status, 200);
        const auto rows =
                m_h->sql(QStringLiteral("SELECT time_from FROM bookings WHERE id = ?"), { id });
        QCOMPARE(m_h->get(path, u.token).obj().value(QStringLiteral("time_from")).toString(),
                 utcText(25, "13:00"));
        QCOMPARE(rows.size(), 1);

        // The freed time is bookable again.
        QCOMPARE(book(newUser(), m_spotA, mskText(25, "10:00"), mskText(25, "11:00")).status, 201);

        // A cancelled booking cannot be moved.
        QCOMPARE(m_h->del(path, u.token).status, 204);
        r = move(u, mskText(25, "16:00"), mskText(25, "17:00"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));
    }

    void cancel()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(26, "10:00"), mskText(26, "11:00"));
        const QString path = QStringLiteral("/bookings/") + id;

        Reply r = m_h->del(path, u.token);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject b = m_h->get(path, u.token).obj();
        QCOMPARE(b.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        QCOMPARE(b.value(QStringLiteral("cancelled_at")).toString(),
                 QStringLiteral("2030-01-07T06:00:00Z"));
        auto rows = m_h->sql(
                QStringLiteral("SELECT status, cancel_reason FROM bookings WHERE id = ?"), { id });
        QCOMPARE(rows.first().value(QStringLiteral("status")).toString(),
                 QStringLiteral("cancelled"));
        QCOMPARE(rows.first().value(QStringLiteral("cancel_reason")).toString(),
                 QStringLiteral("user"));

        r = m_h->del(path, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));

        // The time is free again; staff cancel with their own reason.
        const QString again =
                bookOk(newUser(), m_spotA, mskText(26, "10:00"), mskText(26, "11:00"));
        QCOMPARE(m_h->del(QStringLiteral("/bookings/") + again, m_manager.token).status, 204);
        rows = m_h->sql(QStringLiteral("SELECT cancel_reason FROM bookings WHERE id = ?"),
                        { again });
        QCOMPARE(rows.first().value(QStringLiteral("cancel_reason")).toString(),
                 QStringLiteral("staff"));
    }

    void options()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(27, "10:00"), mskText(27, "11:00"));
        const QString path = QStringLiteral("/bookings/%1/options").arg(id);
        const auto add = [&](const QString &optionId) {
            return m_h->post(path, QJsonObject{ { QStringLiteral("option_id"), optionId } },
                             u.token);
        };

        Reply r = add(m_option);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("options")).toArray(), QJsonArray{ m_option });
        r = add(m_option); // twice is still once
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("options")).toArray(), QJsonArray{ m_option });
        r = add(m_foreignOption);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), QStringLiteral("VALIDATION_ERROR"));
        r = add(randomId());
        QCOMPARE(r.status, 422);
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields().value(0), QStringLiteral("option_id"));

        // Staff may add too.
        r = m_h->post(path, QJsonObject{ { QStringLiteral("option_id"), m_option2 } },
                      m_owner.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("options")).toArray().size(), 2);

        r = m_h->del(path + u'/' + m_option, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("options")).toArray(), QJsonArray{ m_option2 });
        QCOMPARE(m_h->del(path + u'/' + m_foreignOption, u.token).status, 422);
        QCOMPARE(m_h->del(path + u'/' + m_option, newUser().token).status, 404);

        QCOMPARE(m_h->del(QStringLiteral("/bookings/") + id, u.token).status, 204);
        r = add(m_option);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));
        r = m_h->del(path + u'/' + m_option2, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));
    }

    void availableTimes()
    {
        // 2030-01-28 on spot B: own booking 10-11 MSK, someone else's 14:00-15:30 MSK.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotB, mskText(28, "10:00"), mskText(28, "11:00"));
        bookOk(newUser(), m_spotB, mskText(28, "14:00"), mskText(28, "15:30"));
        bookOk(newUser(), m_spotA, mskText(28, "08:00"),
               mskText(28, "20:00")); // another spot: irrelevant
        const QString path = QStringLiteral("/bookings/%1/available-times").arg(id);

        Reply r = m_h->get(path, u.token);
        QCOMPARE(r.status, 200);
        const auto slot = [](const QString &from, const QString &until) {
            return QJsonObject{ { QStringLiteral("time_from"), from },
                                { QStringLiteral("time_until"), until } };
        };
        QCOMPARE(r.obj().value(QStringLiteral("available_slots")).toArray(),
                 (QJsonArray{ slot(utcText(28, "05:00"), utcText(28, "07:00")),
                              slot(utcText(28, "08:00"), utcText(28, "11:00")),
                              slot(utcText(28, "12:30"), utcText(28, "17:00")) }));
        QCOMPARE(m_h->get(path, m_manager.token).status, 200);
        QCOMPARE(m_h->get(path, newUser().token).status, 404);

        // The day of "now": nothing before now, and free time starts on the slot grid.
        const QString today = bookOk(u, m_spotB, mskText(29, "12:00"), mskText(29, "13:00"));
        m_h->clock().set(QDateTime::fromString(utcText(29, "06:07"), Qt::ISODate));
        r = m_h->get(QStringLiteral("/bookings/%1/available-times").arg(today), u.token);
        QCOMPARE(r.obj().value(QStringLiteral("available_slots")).toArray(),
                 (QJsonArray{ slot(utcText(29, "06:15"), utcText(29, "09:00")),
                              slot(utcText(29, "10:00"), utcText(29, "17:00")) }));
    }

    void checkInWindow()
    {
        // 12:00-13:00 MSK today = 09:00-10:00Z; now is 06:00Z.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(7, "12:00"), mskText(7, "13:00"));
        const QString path = QStringLiteral("/bookings/%1/check-in").arg(id);

        Reply r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("CHECKIN_NOT_ALLOWED"));
        QCOMPARE(detailsOf(r).value(QStringLiteral("opens_at")).toString(), utcText(7, "08:45"));

        m_h->clock().set(QDateTime::fromString(utcText(7, "08:44"), Qt::ISODate));
        QCOMPARE(m_h->post(path, QJsonObject{}, u.token).status, 409);
        m_h->clock().set(QDateTime::fromString(utcText(7, "08:45"), Qt::ISODate));
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("checked_in_at")).toString(), utcText(7, "08:45"));

        // Idempotent: the first check-in time stays.
        m_h->clock().set(QDateTime::fromString(utcText(7, "09:10"), Qt::ISODate));
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("checked_in_at")).toString(), utcText(7, "08:45"));

        // Staff may check in at any time while active; nobody after the end.
        m_h->clock().set(ApiHarness::startTime());
        const QString other = bookOk(newUser(), m_spotB, mskText(7, "14:00"), mskText(7, "15:00"));
        const QString otherPath = QStringLiteral("/bookings/%1/check-in").arg(other);
        QCOMPARE(m_h->post(otherPath, QJsonObject{}, newUser().token).status, 404);
        r = m_h->post(otherPath, QJsonObject{}, m_manager.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(QStringLiteral("checked_in_at")).toString(), utcText(7, "06:00"));

        const Person late = newUser();
        const QString missed = bookOk(late, m_spotA, mskText(7, "16:00"), mskText(7, "17:00"));
        m_h->clock().set(QDateTime::fromString(utcText(7, "14:00"), Qt::ISODate));
        r = m_h->post(QStringLiteral("/bookings/%1/check-in").arg(missed), QJsonObject{},
                      late.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("CHECKIN_NOT_ALLOWED"));
        r = m_h->post(QStringLiteral("/bookings/%1/check-in").arg(missed), QJsonObject{},
                      m_owner.token);
        QCOMPARE(r.status, 409);
    }

    void expiredReadsExpired()
    {
        // 10:00-11:00 MSK today = 07:00-08:00Z.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotB, mskText(7, "10:00"), mskText(7, "11:00"));
        const QString path = QStringLiteral("/bookings/") + id;
        QCOMPARE(m_h->get(path, u.token).obj().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));

        m_h->clock().set(QDateTime::fromString(utcText(7, "07:59"), Qt::ISODate));
        QCOMPARE(m_h->get(path, u.token).obj().value(QStringLiteral("status")).toString(),
                 QStringLiteral("active"));
        m_h->clock().set(QDateTime::fromString(utcText(7, "08:00"), Qt::ISODate));
        QCOMPARE(m_h->get(path, u.token).obj().value(QStringLiteral("status")).toString(),
                 QStringLiteral("expired"));
        // Stored as active still; every reader sees it expired.
        QCOMPARE(m_h->sql(QStringLiteral("SELECT status FROM bookings WHERE id = ?"), { id })
                         .first()
                         .value(QStringLiteral("status"))
                         .toString(),
                 QStringLiteral("active"));
        Reply r = m_h->get(QStringLiteral("/users/me/bookings?status=expired"), u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ id });
        QCOMPARE(r.arr().first().toObject().value(QStringLiteral("status")).toString(),
                 QStringLiteral("expired"));
        QCOMPARE(m_h->get(QStringLiteral("/users/me/bookings?status=active"), u.token).arr().size(),
                 0);
        r = m_h->get(QStringLiteral("/bookings?status=expired&user_id=") + u.id, m_owner.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ id });

        r = m_h->del(path, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));
        r = m_h->post(path + QStringLiteral("/options"),
                      QJsonObject{ { QStringLiteral("option_id"), m_option } }, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_NOT_ACTIVE"));

        // An ended booking no longer counts against the limit nor blocks the spot's future.
        QCOMPARE(book(u, m_spotB, mskText(7, "11:00"), mskText(7, "12:00")).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestBookingsApi)
#include "tst_bookingsapi.moc"
