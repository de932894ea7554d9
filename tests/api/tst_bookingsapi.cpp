// Bookings over real HTTP: every rule for create and reschedule (openapi.json) with its code,
// precheck, Idempotency-Key, the lists and their tenant isolation, and the booking commands.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "serverconfig.h"
#include "database.h"

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
    return reply.obj().value(u"error"_s).toObject();
}

QJsonObject detailsOf(const Reply &reply)
{
    return errorOf(reply).value(u"details"_s).toObject();
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
        return m_site->coworking(owner,
                                 QJsonObject{ { u"name"_s, name },
                                              { u"description"_s, u"d"_s },
                                              { u"address"_s, QString(name + u" street 1"_s) } });
    }
    Reply book(const Person &who, const QString &spotId, const QString &from, const QString &until,
               const QJsonObject &extra = {})
    {
        return m_h->post(u"/bookings"_s, bookingBody(spotId, from, until, extra), who.token);
    }
    QString bookOk(const Person &who, const QString &spotId, const QString &from,
                   const QString &until)
    {
        return m_site->book(who, spotId, from, until);
    }
    qint64 bookingRows(const QString &userId)
    {
        return m_h->sql(u"SELECT COUNT(*) AS n FROM bookings WHERE user_id = ?"_s, { userId })
                .first()
                .value(u"n"_s)
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

        m_coworking = createCoworking(m_owner, u"Moscow Hub"_s);
        const QStringList spots =
                m_site->spots(m_owner.token, m_coworking,
                              QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s },
                                                       { u"description"_s, u"window"_s },
                                                       { u"position"_s, 1 } },
                                          QJsonObject{ { u"name"_s, u"B"_s },
                                                       { u"description"_s, u"corner"_s },
                                                       { u"position"_s, 2 } },
                                          QJsonObject{ { u"name"_s, u"C"_s },
                                                       { u"description"_s, u"closed"_s },
                                                       { u"position"_s, 3 },
                                                       { u"status"_s, u"inactive"_s } } });
        QCOMPARE(spots.size(), 3);
        m_spotA = spots.at(0);
        m_spotB = spots.at(1);
        m_spotInactive = spots.at(2);
        m_option = m_site->option(m_owner.token, m_coworking, u"Monitor"_s);
        m_option2 = m_site->option(m_owner.token, m_coworking, u"Locker"_s);
        m_site->addManager(m_owner.token, m_coworking, m_manager.id);

        m_otherCoworking = createCoworking(m_otherOwner, u"Other Hub"_s);
        m_otherSpot = m_site->spots(m_otherOwner.token, m_otherCoworking,
                                    QJsonArray{ QJsonObject{ { u"name"_s, u"X"_s },
                                                             { u"description"_s, QString() },
                                                             { u"position"_s, 1 } } })
                              .first();
        m_foreignOption = m_site->option(m_otherOwner.token, m_otherCoworking, u"Foreign"_s);
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
                << "user" << bookingBody(u"nope"_s, mskText(9, "10:00"), mskText(9, "11:00")) << 422
                << "VALIDATION_ERROR"
                << "spot_id";
        QTest::newRow("spot inactive")
                << "user" << bookingBody(m_spotInactive, mskText(9, "10:00"), mskText(9, "11:00"))
                << 409 << "SPOT_INACTIVE" << QString();
        QTest::newRow("naive datetime")
                << "user" << bookingBody(a, u"2030-01-09T12:00:00"_s, mskText(9, "13:00")) << 422
                << "VALIDATION_ERROR"
                << "time_from";
        QTest::newRow("missing end")
                << "user"
                << QJsonObject{ { u"spot_id"_s, a }, { u"time_from"_s, mskText(9, "12:00") } }
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
                << bookingBody(a, u"2030-02-10T10:00:00+03:00"_s, u"2030-02-10T11:00:00+03:00"_s)
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
                               { { u"options"_s, QJsonArray{ m_foreignOption } } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("unknown option")
                << "user"
                << bookingBody(a, mskText(9, "14:00"), mskText(9, "15:00"),
                               { { u"options"_s, QJsonArray{ randomId() } } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("options not an array")
                << "user"
                << bookingBody(a, mskText(9, "14:00"), mskText(9, "15:00"),
                               { { u"options"_s, u"x"_s } })
                << 422 << "VALIDATION_ERROR"
                << "options";
        QTest::newRow("with options")
                << "user"
                << bookingBody(a, mskText(9, "16:00"), mskText(9, "17:00"),
                               { { u"options"_s, QJsonArray{ m_option, m_option2 } } })
                << 201 << QString() << QString();
        QTest::newRow("on behalf, by a plain user")
                << "user"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { u"user_id"_s, m_admin.id } })
                << 403 << "FORBIDDEN" << QString();
        QTest::newRow("on behalf, by the owner of another coworking")
                << "otherOwner"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { u"user_id"_s, m_admin.id } })
                << 403 << "FORBIDDEN" << QString();
        QTest::newRow("on behalf of an unknown user")
                << "manager"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { u"user_id"_s, randomId() } })
                << 404 << "USER_NOT_FOUND" << QString();
        QTest::newRow("on behalf of a banned user")
                << "manager"
                << bookingBody(a, mskText(10, "10:00"), mskText(10, "11:00"),
                               { { u"user_id"_s, u"banned"_s } })
                << 403 << "USER_BANNED" << QString();
        QTest::newRow("on behalf, by a manager")
                << "manager"
                << bookingBody(a, mskText(10, "12:00"), mskText(10, "13:00"),
                               { { u"user_id"_s, u"target"_s } })
                << 201 << QString() << QString();
        QTest::newRow("on behalf, by the owner")
                << "owner"
                << bookingBody(a, mskText(10, "14:00"), mskText(10, "15:00"),
                               { { u"user_id"_s, u"target"_s } })
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
        if (request.value(u"user_id"_s).toString() == u"banned") {
            const Person banned = newUser();
            m_h->database().execute(u"UPDATE users SET is_banned = ? WHERE id = ?"_s,
                                    { m_h->database().boolean(true), banned.id });
            request.insert(u"user_id"_s, banned.id);
        } else if (request.value(u"user_id"_s).toString() == u"target") {
            request.insert(u"user_id"_s, user.id);
        }
        const Person &who = actor == u"manager" ? m_manager
                : actor == u"owner"             ? m_owner
                : actor == u"otherOwner"        ? m_otherOwner
                                                : user;

        const Reply r = m_h->post(u"/bookings"_s, request, who.token);
        QCOMPARE(r.status, status);
        if (status != 201) {
            QCOMPARE(r.errorCode(), code);
            QVERIFY(!errorOf(r).value(u"message"_s).toString().isEmpty());
            if (code == u"POLICY_VIOLATION")
                QCOMPARE(detailsOf(r).value(u"rule"_s).toString(), detail);
            else if (!detail.isEmpty())
                QCOMPARE(r.errorFields().value(0), detail);
            return;
        }

        const QJsonObject b = r.obj();
        const QString id = b.value(u"id"_s).toString();
        QCOMPARE(r.headers.value("location"), QByteArray("/bookings/") + id.toLatin1());
        QCOMPARE(b.value(u"user_id"_s).toString(),
                 request.contains(u"user_id"_s) ? request.value(u"user_id"_s).toString() : user.id);
        QCOMPARE(b.value(u"spot_id"_s).toString(), request.value(u"spot_id"_s).toString());
        QCOMPARE(b.value(u"coworking_id"_s).toString(), m_coworking);
        QCOMPARE(b.value(u"status"_s).toString(), u"active"_s);
        QVERIFY(b.value(u"cancelled_at"_s).isNull());
        QVERIFY(b.value(u"checked_in_at"_s).isNull());
        QCOMPARE(b.value(u"created_at"_s).toString(), u"2030-01-07T06:00:00Z"_s);
        // Output is UTC with Z whatever offset came in.
        const QDateTime from =
                QDateTime::fromString(request.value(u"time_from"_s).toString(), Qt::ISODate);
        QCOMPARE(b.value(u"time_from"_s).toString(),
                 from.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s));
        QStringList expectedOptions;
        for (const QJsonValue v : request.value(u"options"_s).toArray())
            expectedOptions.append(v.toString());
        expectedOptions.sort();
        QStringList options;
        for (const QJsonValue v : b.value(u"options"_s).toArray())
            options.append(v.toString());
        QCOMPARE(options, expectedOptions);

        // What was answered is what was stored.
        const Reply again = m_h->get(u"/bookings/"_s + id, who.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.obj(), b);
        const auto rows = m_h->sql(u"SELECT status FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"status"_s).toString(), u"active"_s);
    }

    void userLimits()
    {
        const Person u = newUser();
        bookOk(u, m_spotA, mskText(11, "10:00"), mskText(11, "11:00"));

        // Two overlapping bookings of one person, even on different spots.
        Reply r = book(u, m_spotB, mskText(11, "10:30"), mskText(11, "11:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"USER_LIMIT"_s);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"overlap"_s);
        QCOMPARE(detailsOf(r).value(u"limit"_s).toInt(), 3);

        // Back to back is fine; the fourth future active booking is not.
        bookOk(u, m_spotB, mskText(11, "11:00"), mskText(11, "12:00"));
        const QString third = bookOk(u, m_spotA, mskText(12, "10:00"), mskText(12, "11:00"));
        r = book(u, m_spotA, mskText(13, "10:00"), mskText(13, "11:00"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"USER_LIMIT"_s);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"max_active"_s);
        QCOMPARE(detailsOf(r).value(u"limit"_s).toInt(), 3);

        // The limit is per coworking: another coworking still takes a booking.
        QCOMPARE(book(u, m_otherSpot, mskText(13, "10:00"), mskText(13, "11:00")).status, 201);

        // Cancelling one frees a place.
        QCOMPARE(m_h->del(u"/bookings/"_s + third, u.token).status, 204);
        QCOMPARE(book(u, m_spotA, mskText(13, "12:00"), mskText(13, "13:00")).status, 201);
    }

    // Another tenant's owner acting for a person (issue 13, finding 5) learns nothing of that
    // person's bookings at other coworkings: precheck, create and move answer byte for byte the
    // same for a person booked at this hour in Moscow Hub and for one with no booking at all,
    // once the ids and the code (which differ by nature) are masked.
    void onBehalfLearnsNothingElsewhere()
    {
        const Person busy = newUser();
        const Person idle = newUser();
        bookOk(busy, m_spotA, mskText(8, "10:00"), mskText(8, "11:00"));
        bookOk(busy, m_spotA, mskText(8, "14:00"), mskText(8, "15:00"));

        const auto probe = [&](const Person &person) {
            QByteArrayList answers;
            const auto mask = [&](QByteArray body, const QString &bookingId, const QString &code) {
                body.replace(person.id.toLatin1(), "<user>");
                if (!bookingId.isEmpty())
                    body.replace(bookingId.toLatin1(), "<booking>");
                if (!code.isEmpty())
                    body.replace(code.toLatin1(), "<code>");
                return body;
            };
            const QJsonObject forPerson{ { u"user_id"_s, person.id } };
            Reply r = m_h->post(
                    u"/bookings/precheck"_s,
                    bookingBody(m_otherSpot, mskText(8, "10:00"), mskText(8, "11:00"), forPerson),
                    m_otherOwner.token);
            answers << QByteArray::number(r.status) + ' ' + mask(r.body, {}, {});
            r = book(m_otherOwner, m_otherSpot, mskText(8, "10:00"), mskText(8, "11:00"),
                     forPerson);
            const QString id = r.obj().value(u"id"_s).toString();
            const QString code = r.obj().value(u"code"_s).toString();
            answers << QByteArray::number(r.status) + ' ' + mask(r.body, id, code);
            r = m_h->patch(u"/bookings/"_s + id,
                           QJsonObject{ { u"time_from"_s, mskText(8, "14:00") },
                                        { u"time_until"_s, mskText(8, "15:00") } },
                           m_otherOwner.token);
            answers << QByteArray::number(r.status) + ' ' + mask(r.body, id, code);
            // Gone again, so that the next person meets the same floor.
            answers << QByteArray::number(
                    m_h->del(u"/bookings/"_s + id, m_otherOwner.token).status);
            return answers;
        };
        const QByteArrayList busyAnswers = probe(busy);
        const QByteArrayList idleAnswers = probe(idle);
        QCOMPARE(busyAnswers, idleAnswers);
        QVERIFY2(idleAnswers.at(0).startsWith("200 "), idleAnswers.at(0).constData());
        QVERIFY2(idleAnswers.at(1).startsWith("201 "), idleAnswers.at(1).constData());
        QVERIFY2(idleAnswers.at(2).startsWith("200 "), idleAnswers.at(2).constData());
        QCOMPARE(idleAnswers.at(3), "204");

        // The person's own requests still see all of their bookings, and so does an admin.
        Reply r = book(busy, m_otherSpot, mskText(8, "10:00"), mskText(8, "11:00"));
        QCOMPARE(r.status, 409);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"overlap"_s);
        r = book(m_admin, m_otherSpot, mskText(8, "10:00"), mskText(8, "11:00"),
                 QJsonObject{ { u"user_id"_s, busy.id } });
        QCOMPARE(r.status, 409);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"overlap"_s);
        // Staff still hear of an overlap within their own coworking.
        r = book(m_owner, m_spotB, mskText(8, "10:30"), mskText(8, "11:30"),
                 QJsonObject{ { u"user_id"_s, busy.id } });
        QCOMPARE(r.status, 409);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"overlap"_s);
    }

    // Booking for oneself reads the booker no second time: the authentication of the same
    // request refuses a banned caller, at once, with a token that has not expired.
    void bannedCallerCannotBookForSelf()
    {
        const Person user = newUser();
        bookOk(user, m_spotA, mskText(21, "10:00"), mskText(21, "11:00"));
        QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(user.id), QJsonObject{}, m_admin.token).status,
                 204);
        const qint64 before = bookingRows(user.id);
        const Reply r = book(user, m_spotB, mskText(21, "12:00"), mskText(21, "13:00"));
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"USER_BANNED"_s);
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
        QCOMPARE(r.errorCode(), u"BOOKING_CONFLICT"_s);
        const QJsonObject alternative = detailsOf(r).value(u"alternative_spot"_s).toObject();
        QCOMPARE(alternative.value(u"id"_s).toString(), m_spotB);
        QCOMPARE(alternative.value(u"name"_s).toString(), u"B"_s);
        QCOMPARE(alternative.value(u"description"_s).toString(), u"corner"_s);
        // The original's top-level fields, for old clients.
        QCOMPARE(r.obj().value(u"message"_s).toString(), errorOf(r).value(u"message"_s).toString());
        QCOMPARE(r.obj().value(u"spot"_s).toObject(), alternative);

        // Back to back with the first: no conflict (half-open ranges).
        bookOk(second, m_spotA, mskText(14, "11:00"), mskText(14, "12:00"));

        // With B taken too (and C inactive) there is no alternative: null in both places.
        bookOk(third, m_spotB, mskText(14, "10:00"), mskText(14, "12:00"));
        const Person fourth = newUser();
        r = book(fourth, m_spotA, mskText(14, "10:45"), mskText(14, "11:15"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_CONFLICT"_s);
        QVERIFY(detailsOf(r).contains(u"alternative_spot"_s));
        QVERIFY(detailsOf(r).value(u"alternative_spot"_s).isNull());
        QVERIFY(r.obj().contains(u"spot"_s));
        QVERIFY(r.obj().value(u"spot"_s).isNull());
        QCOMPARE(bookingRows(fourth.id), 0);
    }

    // ---- precheck ----------------------------------------------------------------------------

    void precheck()
    {
        const Person u = newUser();
        const Person other = newUser();
        bookOk(other, m_spotA, mskText(15, "10:00"), mskText(15, "11:00"));
        const auto check = [&](const QJsonObject &b) {
            const Reply r = m_h->post(u"/bookings/precheck"_s, b, u.token);
            if (r.status != 200)
                qWarning() << r.body;
            return r;
        };

        Reply r = check(bookingBody(m_spotA, mskText(15, "11:00"), mskText(15, "12:00")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj(), (QJsonObject{ { u"ok"_s, true } }));

        r = check(bookingBody(m_spotA, mskText(15, "10:30"), mskText(15, "11:30")));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"ok"_s).toBool(), false);
        const QJsonObject error = r.obj().value(u"error"_s).toObject();
        QCOMPARE(error.value(u"code"_s).toString(), u"BOOKING_CONFLICT"_s);
        QVERIFY(!error.value(u"message"_s).toString().isEmpty());
        QCOMPARE(error.value(u"details"_s)
                         .toObject()
                         .value(u"alternative_spot"_s)
                         .toObject()
                         .value(u"id"_s)
                         .toString(),
                 m_spotB);

        const auto codeOf = [](const Reply &reply) {
            return reply.obj().value(u"error"_s).toObject().value(u"code"_s).toString();
        };
        QCOMPARE(codeOf(check(bookingBody(randomId(), mskText(15, "10:00"), mskText(15, "11:00")))),
                 u"SPOT_NOT_FOUND"_s);
        QCOMPARE(codeOf(check(
                         bookingBody(m_spotInactive, mskText(15, "10:00"), mskText(15, "11:00")))),
                 u"SPOT_INACTIVE"_s);
        QCOMPARE(codeOf(check(bookingBody(m_spotA, mskText(15, "19:00"), mskText(15, "21:00")))),
                 u"OUTSIDE_OPENING_HOURS"_s);
        r = check(bookingBody(m_spotA, mskText(15, "12:05"), mskText(15, "13:05")));
        QCOMPARE(codeOf(r), u"POLICY_VIOLATION"_s);
        QCOMPARE(detailsOf(r).value(u"rule"_s).toString(), u"slot_grid"_s);
        QCOMPARE(codeOf(check(bookingBody(m_spotA, u"tomorrow"_s, mskText(15, "13:00")))),
                 u"VALIDATION_ERROR"_s);

        // The user's own rules, predicted without writing.
        bookOk(u, m_spotB, mskText(16, "10:00"), mskText(16, "11:00"));
        r = check(bookingBody(m_spotA, mskText(16, "10:30"), mskText(16, "11:30")));
        QCOMPARE(codeOf(r), u"USER_LIMIT"_s);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"overlap"_s);
        bookOk(u, m_spotB, mskText(16, "12:00"), mskText(16, "13:00"));
        bookOk(u, m_spotB, mskText(16, "14:00"), mskText(16, "15:00"));
        r = check(bookingBody(m_spotA, mskText(17, "10:00"), mskText(17, "11:00")));
        QCOMPARE(codeOf(r), u"USER_LIMIT"_s);
        QCOMPARE(detailsOf(r).value(u"reason"_s).toString(), u"max_active"_s);

        // Nothing was written by any precheck.
        QCOMPARE(bookingRows(u.id), 3);
    }

    // ---- Idempotency-Key ---------------------------------------------------------------------

    void idempotency()
    {
        const Person u = newUser();
        const QJsonObject b = bookingBody(m_spotA, mskText(18, "10:00"), mskText(18, "11:00"));
        const Headers key{ { "Idempotency-Key", "booking-18-a" } };

        const Reply first = m_h->post(u"/bookings"_s, b, u.token, key);
        QCOMPARE(first.status, 201);
        const Reply second = m_h->post(u"/bookings"_s, b, u.token, key);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.obj().value(u"id"_s), first.obj().value(u"id"_s));
        QCOMPARE(second.body, first.body);
        QCOMPARE(second.headers.value("location"), first.headers.value("location"));
        QCOMPARE(bookingRows(u.id), 1);
        QCOMPARE(m_h->sql(u"SELECT COUNT(*) AS n FROM idempotency_keys "
                          "WHERE user_id = ?"_s,
                          { u.id })
                         .first()
                         .value(u"n"_s)
                         .toInt(),
                 1);

        // The same key with another body.
        const Reply reused = m_h->post(
                u"/bookings"_s, bookingBody(m_spotA, mskText(18, "12:00"), mskText(18, "13:00")),
                u.token, key);
        QCOMPARE(reused.status, 422);
        QCOMPARE(reused.errorCode(), u"IDEMPOTENCY_KEY_REUSED"_s);
        QCOMPARE(bookingRows(u.id), 1);

        // Keys belong to their user: another user's identical key is a new request.
        const Person v = newUser();
        const Reply others = m_h->post(
                u"/bookings"_s, bookingBody(m_spotB, mskText(18, "10:00"), mskText(18, "11:00")),
                v.token, key);
        QCOMPARE(others.status, 201);
        QVERIFY(others.obj().value(u"id"_s) != first.obj().value(u"id"_s));

        // A business-rule refusal is replayed as it was, even once the cause is gone.
        const Person w = newUser();
        const Headers conflictKey{ { "Idempotency-Key", "conflict-1" } };
        const QJsonObject clash = bookingBody(m_spotA, mskText(18, "10:30"), mskText(18, "11:30"));
        const Reply refused = m_h->post(u"/bookings"_s, clash, w.token, conflictKey);
        QCOMPARE(refused.status, 409);
        QCOMPARE(refused.errorCode(), u"BOOKING_CONFLICT"_s);
        QCOMPARE(m_h->del(u"/bookings/"_s + first.obj().value(u"id"_s).toString(), u.token).status,
                 204);
        const Reply replayed = m_h->post(u"/bookings"_s, clash, w.token, conflictKey);
        QCOMPARE(replayed.status, 409);
        QCOMPARE(replayed.body, refused.body);
        QCOMPARE(bookingRows(w.id), 0);
        // Without the key the same request now succeeds.
        QCOMPARE(m_h->post(u"/bookings"_s, clash, w.token).status, 201);

        // Malformed keys.
        const Reply tooLong = m_h->post(u"/bookings"_s, b, u.token,
                                        { { "Idempotency-Key", QByteArray(201, 'k') } });
        QCOMPARE(tooLong.status, 422);
        QCOMPARE(tooLong.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(tooLong.errorFields().value(0), u"Idempotency-Key"_s);
    }

    // ---- lists -------------------------------------------------------------------------------

    void myBookingsEmbedsCoworkingAndSpot()
    {
        const Person u = newUser();
        const QString early = bookOk(u, m_spotA, mskText(19, "10:00"), mskText(19, "11:00"));
        const QString late = bookOk(u, m_spotB, mskText(20, "10:00"), mskText(20, "11:00"));
        const QString cancelled = bookOk(u, m_spotA, mskText(21, "10:00"), mskText(21, "11:00"));
        QCOMPARE(m_h->del(u"/bookings/"_s + cancelled, u.token).status, 204);
        newUser(); // someone else's bookings never show
        bookOk(m_manager, m_spotB, mskText(19, "10:00"), mskText(19, "11:00"));

        Reply r = m_h->get(u"/users/me/bookings"_s, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        QCOMPARE(valuesOf(r.arr()), (QStringList{ cancelled, late, early })); // newest first
        const QJsonObject item = r.arr().at(1).toObject();
        QCOMPARE(item.value(u"coworking"_s).toObject(),
                 (QJsonObject{ { u"id"_s, m_coworking },
                               { u"name"_s, u"Moscow Hub"_s },
                               { u"address"_s, u"Moscow Hub street 1"_s },
                               { u"timezone"_s, u"Europe/Moscow"_s } }));
        QCOMPARE(item.value(u"spot"_s).toObject(),
                 (QJsonObject{ { u"id"_s, m_spotB },
                               { u"name"_s, u"B"_s },
                               { u"description"_s, u"corner"_s } }));

        r = m_h->get(u"/users/me/bookings?status=active"_s, u.token);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ late, early }));
        r = m_h->get(u"/users/me/bookings?status=cancelled"_s, u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ cancelled });
        r = m_h->get(u"/users/me/bookings?count=1&page=1"_s, u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ late });
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        r = m_h->get(u"/users/me/bookings?status=gone"_s, u.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
    }

    void staffListFiltersAndTenantIsolation()
    {
        const Person u = newUser();
        const Person v = newUser();
        const QString b1 = bookOk(u, m_spotA, mskText(22, "10:00"), mskText(22, "11:00"));
        const QString b2 = bookOk(v, m_spotB, mskText(22, "12:00"), mskText(22, "13:00"));
        const QString b3 = bookOk(u, m_spotA, mskText(23, "10:00"), mskText(23, "11:00"));
        QCOMPARE(m_h->del(u"/bookings/"_s + b3, u.token).status, 204);
        const QString foreign = bookOk(u, m_otherSpot, mskText(22, "14:00"), mskText(22, "15:00"));

        const QString window =
                u"&time_from=%1&time_until=%2"_s.arg(utcText(22, "00:00"), utcText(24, "00:00"));
        const auto list = [&](const Person &who, const QString &query) {
            return m_h->get(u"/bookings?count=100"_s + query + window, who.token);
        };

        // The owner sees its coworking, with user and spot embedded.
        Reply r = list(m_owner, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ b3, b2, b1 }));
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        const QJsonObject item = r.arr().at(1).toObject();
        QCOMPARE(item.value(u"user"_s).toObject().value(u"id"_s).toString(), v.id);
        QCOMPARE(item.value(u"user"_s).toObject().value(u"email"_s).toString(), v.email);
        QVERIFY(!item.value(u"user"_s).toObject().contains(u"password_hash"_s));
        QCOMPARE(item.value(u"spot"_s).toObject().value(u"name"_s).toString(), u"B"_s);

        // Filters.
        QCOMPARE(valuesOf(list(m_owner, u"&spot_id="_s + m_spotA).arr()), (QStringList{ b3, b1 }));
        QCOMPARE(valuesOf(list(m_owner, u"&user_id="_s + v.id).arr()), QStringList{ b2 });
        QCOMPARE(valuesOf(list(m_owner, u"&status=cancelled"_s).arr()), QStringList{ b3 });
        QCOMPARE(valuesOf(list(m_owner, u"&status=active"_s).arr()), (QStringList{ b2, b1 }));
        QCOMPARE(valuesOf(list(m_owner, u"&coworking_id="_s + m_coworking).arr()),
                 (QStringList{ b3, b2, b1 }));
        r = m_h->get(u"/bookings?time_from=%1&time_until=%2"_s.arg(utcText(22, "08:30"),
                                                                   utcText(22, "09:30")),
                     m_owner.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ b2 }); // 12:00-13:00 MSK = 09:00-10:00Z overlaps

        // A manager sees the same coworking.
        QCOMPARE(valuesOf(list(m_manager, QString()).arr()), (QStringList{ b3, b2, b1 }));

        // Another owner sees only its own coworking, and may not ask for this one.
        QCOMPARE(valuesOf(list(m_otherOwner, QString()).arr()), QStringList{ foreign });
        r = list(m_otherOwner, u"&coworking_id="_s + m_coworking);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);

        // A plain user is no staff anywhere.
        r = list(u, QString());
        QCOMPARE(r.status, 403);

        // The admin sees everything.
        r = list(m_admin, QString());
        QCOMPARE(r.status, 200);
        QCOMPARE(valuesOf(r.arr()), (QStringList{ b3, foreign, b2, b1 }));

        r = m_h->get(u"/bookings?status=nope"_s, m_owner.token);
        QCOMPARE(r.status, 422);
        r = m_h->get(u"/bookings?spot_id=nope"_s, m_owner.token);
        QCOMPARE(r.status, 422);
    }

    void getIsHiddenFromStrangers()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(24, "10:00"), mskText(24, "11:00"));
        const QString path = u"/bookings/"_s + id;
        QCOMPARE(m_h->get(path, u.token).status, 200);
        QCOMPARE(m_h->get(path, m_owner.token).status, 200);
        QCOMPARE(m_h->get(path, m_manager.token).status, 200);
        QCOMPARE(m_h->get(path, m_admin.token).status, 200);
        for (const Person &stranger : { newUser(), m_otherOwner }) {
            const Reply r = m_h->get(path, stranger.token);
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"BOOKING_NOT_FOUND"_s);
            // Nor may a stranger act on it.
            QCOMPARE(m_h->del(path, stranger.token).status, 404);
            QCOMPARE(m_h->patch(path,
                                QJsonObject{ { u"time_from"_s, mskText(24, "12:00") },
                                             { u"time_until"_s, mskText(24, "13:00") } },
                                stranger.token)
                             .status,
                     404);
        }
        QCOMPARE(m_h->get(u"/bookings/"_s + randomId(), m_admin.token).status, 404);
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
        const QString path = u"/bookings/"_s + id;
        const auto move = [&](const Person &who, const QString &from, const QString &until) {
            return m_h->patch(path,
                              QJsonObject{ { u"time_from"_s, from }, { u"time_until"_s, until } },
                              who.token);
        };

        // Overlapping its own old time is fine.
        Reply r = move(u, mskText(25, "10:30"), mskText(25, "11:30"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"time_from"_s).toString(), utcText(25, "07:30"));
        QCOMPARE(r.obj().value(u"time_until"_s).toString(), utcText(25, "08:30"));

        // Onto someone else's booking of the spot.
        r = move(u, mskText(25, "11:30"), mskText(25, "12:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_CONFLICT"_s);
        QCOMPARE(detailsOf(r).value(u"alternative_spot"_s).toObject().value(u"id"_s).toString(),
                 m_spotB);

        // Onto the booker's own other booking (another spot).
        r = move(u, mskText(25, "14:30"), mskText(25, "15:30"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"USER_LIMIT"_s);

        // The same time rules as create.
        r = move(u, mskText(7, "08:00"), mskText(7, "09:00"));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        r = move(u, mskText(25, "19:00"), mskText(25, "21:00"));
        QCOMPARE(r.errorCode(), u"OUTSIDE_OPENING_HOURS"_s);
        r = move(u, mskText(25, "10:10"), mskText(25, "11:10"));
        QCOMPARE(r.errorCode(), u"POLICY_VIOLATION"_s);
        r = m_h->patch(path, QJsonObject{ { u"time_from"_s, mskText(25, "10:00") } }, u.token);
        QCOMPARE(r.status, 422);

        // Staff may move it; the stored row follows.
        r = move(m_manager, mskText(25, "16:00"), mskText(25, "17:00"));
        QCOMPARE(r.status, 200);
        const auto rows = m_h->sql(u"SELECT time_from FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(m_h->get(path, u.token).obj().value(u"time_from"_s).toString(),
                 utcText(25, "13:00"));
        QCOMPARE(rows.size(), 1);

        // The freed time is bookable again.
        QCOMPARE(book(newUser(), m_spotA, mskText(25, "10:00"), mskText(25, "11:00")).status, 201);

        // A cancelled booking cannot be moved.
        QCOMPARE(m_h->del(path, u.token).status, 204);
        r = move(u, mskText(25, "16:00"), mskText(25, "17:00"));
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);
    }

    // PATCH with spot_id: one atomic move to another spot of the coworking that keeps the
    // booking's id, options and check-in, under every rule of create.
    void moveToAnotherSpot()
    {
        const Person u = newUser();
        const Person v = newUser();
        const QString id = bookOk(u, m_spotA, mskText(30, "10:00"), mskText(30, "11:00"));
        const QString path = u"/bookings/"_s + id;
        QCOMPARE(m_h->post(path + u"/options"_s, QJsonObject{ { u"option_id"_s, m_option } },
                           u.token)
                         .status,
                 200);
        // Staff may check a member in at any time while the booking is active.
        QCOMPARE(m_h->post(path + u"/check-in"_s, QJsonObject{}, m_manager.token).status, 200);
        bookOk(v, m_spotB, mskText(30, "12:00"), mskText(30, "13:00"));
        const auto move = [&](const QString &spotId, const QString &from, const QString &until,
                              const Person &who) {
            return m_h->patch(path,
                              QJsonObject{ { u"spot_id"_s, spotId },
                                           { u"time_from"_s, from },
                                           { u"time_until"_s, until } },
                              who.token);
        };

        // Onto B at the same time: the same booking, now on B, options and check-in kept.
        Reply r = move(m_spotB, mskText(30, "10:00"), mskText(30, "11:00"), m_manager);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"id"_s).toString(), id);
        QCOMPARE(r.obj().value(u"spot_id"_s).toString(), m_spotB);
        QCOMPARE(r.obj().value(u"options"_s).toArray(), QJsonArray{ m_option });
        QVERIFY(!r.obj().value(u"checked_in_at"_s).isNull());
        auto rows = m_h->sql(u"SELECT spot_id, status FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(u"spot_id"_s).toString(), m_spotB);
        QCOMPARE(bookingRows(u.id), 1); // moved, not re-booked

        // A is free at that time again; the moved booking does not conflict with itself on B.
        QCOMPARE(book(newUser(), m_spotA, mskText(30, "10:00"), mskText(30, "11:00")).status, 201);
        r = move(m_spotB, mskText(30, "10:30"), mskText(30, "11:30"), u);
        QCOMPARE(r.status, 200);

        // The event tells a reschedule with the spot it left.
        const QJsonArray events =
                m_h->get(u"/admin/events?type=booking.rescheduled&count=100"_s, m_admin.token)
                        .arr();
        QJsonObject moved;
        for (const QJsonValue e : events) {
            const QJsonObject payload = e[u"payload"_s].toObject();
            if (payload[u"booking"_s][u"id"_s].toString() == id
                && payload[u"previous"_s][u"spot_id"_s].toString() == m_spotA)
                moved = payload;
        }
        QVERIFY(!moved.isEmpty());
        QCOMPARE(moved[u"booking"_s][u"spot_id"_s].toString(), m_spotB);
        QCOMPARE(moved[u"previous"_s][u"time_from"_s].toString(), utcText(30, "07:00"));

        // Every rule of create, judged on the new spot.
        r = move(m_spotB, mskText(30, "12:00"), mskText(30, "13:00"), u);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_CONFLICT"_s);
        r = move(m_spotInactive, mskText(30, "10:00"), mskText(30, "11:00"), u);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"SPOT_INACTIVE"_s);
        r = move(m_otherSpot, mskText(30, "10:00"), mskText(30, "11:00"), u);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{ u"spot_id"_s });
        r = move(randomId(), mskText(30, "10:00"), mskText(30, "11:00"), u);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"SPOT_NOT_FOUND"_s);
        r = move(u"not-a-uuid"_s, mskText(30, "10:00"), mskText(30, "11:00"), u);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{ u"spot_id"_s });
        r = move(m_spotA, mskText(30, "19:00"), mskText(30, "21:00"), u);
        QCOMPARE(r.errorCode(), u"OUTSIDE_OPENING_HOURS"_s);
        r = move(m_spotA, mskText(30, "10:10"), mskText(30, "11:10"), u);
        QCOMPARE(r.errorCode(), u"POLICY_VIOLATION"_s);
        // Refusals changed nothing.
        rows = m_h->sql(u"SELECT spot_id FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(rows.first().value(u"spot_id"_s).toString(), m_spotB);

        // Strangers may not move it anywhere.
        QCOMPARE(move(m_spotA, mskText(30, "14:00"), mskText(30, "15:00"), m_otherOwner).status,
                 404);
    }

    void cancelWithReason()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(26, "14:00"), mskText(26, "15:00"));
        const QString path = u"/bookings/"_s + id;
        // Over 500 characters is refused and changes nothing; 500 (counted as characters, not
        // bytes: Cyrillic) is kept.
        const QString tooLong(501, u'ж');
        Reply r = m_h->del(path + u"?reason="_s
                                   + QString::fromLatin1(QUrl::toPercentEncoding(tooLong)),
                           m_manager.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{ u"reason"_s });
        QCOMPARE(m_h->get(path, u.token).obj().value(u"status"_s).toString(), u"active"_s);
        QVERIFY(m_h->get(path, u.token).obj().value(u"cancel_reason"_s).isNull());

        const QString words = u"Spot needed for maintenance & a 50% clean-up + paint"_s;
        r = m_h->del(path + u"?reason="_s + QString::fromLatin1(QUrl::toPercentEncoding(words)),
                     m_manager.token);
        QCOMPARE(r.status, 204);
        const QJsonObject b = m_h->get(path, u.token).obj();
        QCOMPARE(b.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(b.value(u"cancel_reason"_s).toString(), words);
        const auto rows =
                m_h->sql(u"SELECT cancel_reason, cancel_note FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(rows.first().value(u"cancel_reason"_s).toString(), u"staff"_s);
        QCOMPARE(rows.first().value(u"cancel_note"_s).toString(), words);
        // The staff list says it too.
        const QJsonArray listed =
                m_h->get(u"/bookings?user_id=%1"_s.arg(u.id), m_manager.token).arr();
        QCOMPARE(listed.first()[u"cancel_reason"_s].toString(), words);

        const QString second = bookOk(u, m_spotA, mskText(26, "14:00"), mskText(26, "15:00"));
        const QString exactly(500, u'ж');
        QCOMPARE(m_h->del(u"/bookings/%1?reason=%2"_s.arg(
                                  second, QString::fromLatin1(QUrl::toPercentEncoding(exactly))),
                          u.token)
                         .status,
                 204);
        QCOMPARE(m_h->get(u"/bookings/"_s + second, u.token)
                         .obj()
                         .value(u"cancel_reason"_s)
                         .toString(),
                 exactly);
        // Blank words are no reason.
        const QString third = bookOk(u, m_spotA, mskText(26, "14:00"), mskText(26, "15:00"));
        QCOMPARE(m_h->del(u"/bookings/%1?reason=%20%20"_s.arg(third), u.token).status, 204);
        QVERIFY(m_h->get(u"/bookings/"_s + third, u.token)
                        .obj()
                        .value(u"cancel_reason"_s)
                        .isNull());
    }

    void cancel()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(26, "10:00"), mskText(26, "11:00"));
        const QString path = u"/bookings/"_s + id;

        Reply r = m_h->del(path, u.token);
        QCOMPARE(r.status, 204);
        QVERIFY(r.body.isEmpty());
        const QJsonObject b = m_h->get(path, u.token).obj();
        QCOMPARE(b.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(b.value(u"cancelled_at"_s).toString(), u"2030-01-07T06:00:00Z"_s);
        auto rows = m_h->sql(u"SELECT status, cancel_reason FROM bookings WHERE id = ?"_s, { id });
        QCOMPARE(rows.first().value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(rows.first().value(u"cancel_reason"_s).toString(), u"user"_s);

        r = m_h->del(path, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);

        // The time is free again; staff cancel with their own reason.
        const QString again =
                bookOk(newUser(), m_spotA, mskText(26, "10:00"), mskText(26, "11:00"));
        QCOMPARE(m_h->del(u"/bookings/"_s + again, m_manager.token).status, 204);
        rows = m_h->sql(u"SELECT cancel_reason FROM bookings WHERE id = ?"_s, { again });
        QCOMPARE(rows.first().value(u"cancel_reason"_s).toString(), u"staff"_s);
    }

    void options()
    {
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(27, "10:00"), mskText(27, "11:00"));
        const QString path = u"/bookings/%1/options"_s.arg(id);
        const auto add = [&](const QString &optionId) {
            return m_h->post(path, QJsonObject{ { u"option_id"_s, optionId } }, u.token);
        };

        Reply r = add(m_option);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"options"_s).toArray(), QJsonArray{ m_option });
        r = add(m_option); // twice is still once
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"options"_s).toArray(), QJsonArray{ m_option });
        r = add(m_foreignOption);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        r = add(randomId());
        QCOMPARE(r.status, 422);
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields().value(0), u"option_id"_s);

        // Staff may add too.
        r = m_h->post(path, QJsonObject{ { u"option_id"_s, m_option2 } }, m_owner.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"options"_s).toArray().size(), 2);

        r = m_h->del(path + u'/' + m_option, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"options"_s).toArray(), QJsonArray{ m_option2 });
        QCOMPARE(m_h->del(path + u'/' + m_foreignOption, u.token).status, 422);
        QCOMPARE(m_h->del(path + u'/' + m_option, newUser().token).status, 404);

        QCOMPARE(m_h->del(u"/bookings/"_s + id, u.token).status, 204);
        r = add(m_option);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);
        r = m_h->del(path + u'/' + m_option2, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);
    }

    void availableTimes()
    {
        // 2030-01-28 on spot B: own booking 10-11 MSK, someone else's 14:00-15:30 MSK.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotB, mskText(28, "10:00"), mskText(28, "11:00"));
        bookOk(newUser(), m_spotB, mskText(28, "14:00"), mskText(28, "15:30"));
        bookOk(newUser(), m_spotA, mskText(28, "08:00"),
               mskText(28, "20:00")); // another spot: irrelevant
        const QString path = u"/bookings/%1/available-times"_s.arg(id);

        Reply r = m_h->get(path, u.token);
        QCOMPARE(r.status, 200);
        const auto slot = [](const QString &from, const QString &until) {
            return QJsonObject{ { u"time_from"_s, from }, { u"time_until"_s, until } };
        };
        QCOMPARE(r.obj().value(u"available_slots"_s).toArray(),
                 (QJsonArray{ slot(utcText(28, "05:00"), utcText(28, "07:00")),
                              slot(utcText(28, "08:00"), utcText(28, "11:00")),
                              slot(utcText(28, "12:30"), utcText(28, "17:00")) }));
        QCOMPARE(m_h->get(path, m_manager.token).status, 200);
        QCOMPARE(m_h->get(path, newUser().token).status, 404);

        // The day of "now": nothing before now, and free time starts on the slot grid.
        const QString today = bookOk(u, m_spotB, mskText(29, "12:00"), mskText(29, "13:00"));
        m_h->clock().set(QDateTime::fromString(utcText(29, "06:07"), Qt::ISODate));
        r = m_h->get(u"/bookings/%1/available-times"_s.arg(today), u.token);
        QCOMPARE(r.obj().value(u"available_slots"_s).toArray(),
                 (QJsonArray{ slot(utcText(29, "06:15"), utcText(29, "09:00")),
                              slot(utcText(29, "10:00"), utcText(29, "17:00")) }));
    }

    void checkInWindow()
    {
        // 12:00-13:00 MSK today = 09:00-10:00Z; now is 06:00Z.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotA, mskText(7, "12:00"), mskText(7, "13:00"));
        const QString path = u"/bookings/%1/check-in"_s.arg(id);

        Reply r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"CHECKIN_NOT_ALLOWED"_s);
        QCOMPARE(detailsOf(r).value(u"opens_at"_s).toString(), utcText(7, "08:45"));

        m_h->clock().set(QDateTime::fromString(utcText(7, "08:44"), Qt::ISODate));
        QCOMPARE(m_h->post(path, QJsonObject{}, u.token).status, 409);
        m_h->clock().set(QDateTime::fromString(utcText(7, "08:45"), Qt::ISODate));
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"checked_in_at"_s).toString(), utcText(7, "08:45"));

        // Idempotent: the first check-in time stays.
        m_h->clock().set(QDateTime::fromString(utcText(7, "09:10"), Qt::ISODate));
        r = m_h->post(path, QJsonObject{}, u.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"checked_in_at"_s).toString(), utcText(7, "08:45"));

        // Staff may check in at any time while active; nobody after the end.
        m_h->clock().set(ApiHarness::startTime());
        const QString other = bookOk(newUser(), m_spotB, mskText(7, "14:00"), mskText(7, "15:00"));
        const QString otherPath = u"/bookings/%1/check-in"_s.arg(other);
        QCOMPARE(m_h->post(otherPath, QJsonObject{}, newUser().token).status, 404);
        r = m_h->post(otherPath, QJsonObject{}, m_manager.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value(u"checked_in_at"_s).toString(), utcText(7, "06:00"));

        const Person late = newUser();
        const QString missed = bookOk(late, m_spotA, mskText(7, "16:00"), mskText(7, "17:00"));
        m_h->clock().set(QDateTime::fromString(utcText(7, "14:00"), Qt::ISODate));
        r = m_h->post(u"/bookings/%1/check-in"_s.arg(missed), QJsonObject{}, late.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"CHECKIN_NOT_ALLOWED"_s);
        r = m_h->post(u"/bookings/%1/check-in"_s.arg(missed), QJsonObject{}, m_owner.token);
        QCOMPARE(r.status, 409);
    }

    void expiredReadsExpired()
    {
        // 10:00-11:00 MSK today = 07:00-08:00Z.
        const Person u = newUser();
        const QString id = bookOk(u, m_spotB, mskText(7, "10:00"), mskText(7, "11:00"));
        const QString path = u"/bookings/"_s + id;
        QCOMPARE(m_h->get(path, u.token).obj().value(u"status"_s).toString(), u"active"_s);

        m_h->clock().set(QDateTime::fromString(utcText(7, "07:59"), Qt::ISODate));
        QCOMPARE(m_h->get(path, u.token).obj().value(u"status"_s).toString(), u"active"_s);
        m_h->clock().set(QDateTime::fromString(utcText(7, "08:00"), Qt::ISODate));
        QCOMPARE(m_h->get(path, u.token).obj().value(u"status"_s).toString(), u"expired"_s);
        // Stored as active still; every reader sees it expired.
        QCOMPARE(m_h->sql(u"SELECT status FROM bookings WHERE id = ?"_s, { id })
                         .first()
                         .value(u"status"_s)
                         .toString(),
                 u"active"_s);
        Reply r = m_h->get(u"/users/me/bookings?status=expired"_s, u.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ id });
        QCOMPARE(r.arr().first().toObject().value(u"status"_s).toString(), u"expired"_s);
        QCOMPARE(m_h->get(u"/users/me/bookings?status=active"_s, u.token).arr().size(), 0);
        r = m_h->get(u"/bookings?status=expired&user_id="_s + u.id, m_owner.token);
        QCOMPARE(valuesOf(r.arr()), QStringList{ id });

        r = m_h->del(path, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);
        r = m_h->post(path + u"/options"_s, QJsonObject{ { u"option_id"_s, m_option } }, u.token);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_NOT_ACTIVE"_s);

        // An ended booking no longer counts against the limit nor blocks the spot's future.
        QCOMPARE(book(u, m_spotB, mskText(7, "11:00"), mskText(7, "12:00")).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestBookingsApi)
#include "tst_bookingsapi.moc"

using namespace Qt::StringLiterals;
