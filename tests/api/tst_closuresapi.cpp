// Closures and special hours over real HTTP, on SQLite and PostgreSQL: the resource itself
// (create, list, delete, one per date, validation), bookings refused on a closed day and outside
// a day's special hours (create, precheck, free times, availability), a closure over bookings
// refused or cancelling them with a booking.cancelled event for each booker, and days of both
// DST changes in Europe/Berlin, statistics included.

#include "apiharness.h"
#include "database.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>
#include <QUrl>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// Berlin, 08:00-20:00, a year ahead, days-long bookings allowed.
QJsonObject berlinHub()
{
    return { { u"timezone"_s, u"Europe/Berlin"_s },
             { u"opens_at"_s, u"08:00"_s },
             { u"closes_at"_s, u"20:00"_s },
             { u"booking_policy"_s,
               QJsonObject{ { u"max_days_in_advance"_s, 365 },
                            { u"max_duration_minutes"_s, 1440 },
                            { u"max_active_bookings_per_user"_s, 20 } } } };
}

QJsonObject closureBody(const QString &date, const QString &reason = u"Holiday"_s,
                        const QString &opens = {}, const QString &closes = {})
{
    QJsonObject body{ { u"date"_s, date }, { u"reason"_s, reason } };
    if (!opens.isEmpty())
        body.insert(u"opens_at"_s, opens);
    if (!closes.isEmpty())
        body.insert(u"closes_at"_s, closes);
    return body;
}

// error.details of an error answer.
QJsonObject detailsOf(const Reply &reply)
{
    return reply.obj().value(u"error"_s).toObject().value(u"details"_s).toObject();
}

} // namespace

class tst_ClosuresApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void createListDelete();
    void validation_data();
    void validation();
    void closedDayRefusesBookings();
    void specialHoursBoundBookings();
    void closureOverBookings();
    void acrossDstChanges();

private:
    QString closuresPath(const QString &suffix = {}) const
    {
        return u"/coworkings/%1/closures"_s.arg(m_hub) + suffix;
    }
    // POST of a closure by the owner.
    Reply close(const QJsonObject &body, const QString &query = {})
    {
        return m_h->post(closuresPath(query), body, m_owner.token);
    }
    Reply book(const Person &who, const QString &from, const QString &until)
    {
        return m_h->post(u"/bookings"_s, bookingBody(m_desks.at(0), from, until), who.token);
    }

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner;
    Person m_member;
    QString m_hub;
    QStringList m_desks;
};

void tst_ClosuresApi::initTestCase()
{
    m_h = std::make_unique<ApiHarness>();
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_owner = m_site->person(true);
    m_member = m_site->person();
    m_hub = m_site->coworking(m_owner, berlinHub());
    m_desks = m_site->spots(m_owner, m_hub, 2);
}

void tst_ClosuresApi::cleanupTestCase()
{
    m_site.reset();
    m_h.reset();
}

void tst_ClosuresApi::createListDelete()
{
    const Reply created = close(closureBody(u"2030-01-21"_s, u"Inventory"_s));
    QCOMPARE(created.status, 201);
    const QJsonObject c = created.obj();
    const QString id = c.value(u"id"_s).toString();
    QCOMPARE(created.headers.value("location"), closuresPath(u"/"_s + id).toUtf8());
    QCOMPARE(sortedKeys(c),
             QStringList({ u"closes_at"_s, u"date"_s, u"id"_s, u"opens_at"_s, u"reason"_s }));
    QCOMPARE(c.value(u"date"_s).toString(), u"2030-01-21"_s);
    QVERIFY(c.value(u"opens_at"_s).isNull());
    QVERIFY(c.value(u"closes_at"_s).isNull());
    QCOMPARE(c.value(u"reason"_s).toString(), u"Inventory"_s);

    const Reply special =
            close(closureBody(u"2030-01-22"_s, u"Short day"_s, u"10:00"_s, u"14:30"_s));
    QCOMPARE(special.status, 201);
    QCOMPARE(special.obj().value(u"opens_at"_s).toString(), u"10:00"_s);
    QCOMPARE(special.obj().value(u"closes_at"_s).toString(), u"14:30"_s);

    // Anyone may list, without signing in; by date, within the range only.
    const Reply list = m_h->get(closuresPath(u"?from=2030-01-01&until=2030-01-31"_s));
    QCOMPARE(list.status, 200);
    QCOMPARE(valuesOf(list.arr(), u"date"_s), QStringList({ u"2030-01-21"_s, u"2030-01-22"_s }));
    QCOMPARE(list.headers.value("x-total-count"), QByteArray("2"));
    QCOMPARE(list.arr().at(0).toObject(), c);
    QCOMPARE(m_h->get(closuresPath(u"?from=2030-01-22&until=2030-01-22"_s)).arr().size(), 1);

    // One closure per date: a second one is refused, naming the first.
    const Reply twice = close(closureBody(u"2030-01-21"_s));
    QCOMPARE(twice.status, 409);
    QCOMPARE(twice.errorCode(), u"CLOSURE_EXISTS"_s);
    QCOMPARE(detailsOf(twice).value(u"closure_id"_s).toString(), id);

    QCOMPARE(m_h->del(closuresPath(u"/"_s + id), m_owner.token).status, 204);
    const Reply gone = m_h->del(closuresPath(u"/"_s + id), m_owner.token);
    QCOMPARE(gone.status, 404);
    QCOMPARE(gone.errorCode(), u"CLOSURE_NOT_FOUND"_s);
    QCOMPARE(valuesOf(m_h->get(closuresPath(u"?from=2030-01-01&until=2030-01-31"_s)).arr(),
                      u"date"_s),
             QStringList{ u"2030-01-22"_s });
    // Through another coworking's path the closure is not found either.
    const QString otherHub = m_site->coworking(m_owner, berlinHub());
    const QString specialId = special.obj().value(u"id"_s).toString();
    QCOMPARE(m_h->del(u"/coworkings/%1/closures/%2"_s.arg(otherHub, specialId), m_owner.token)
                     .status,
             404);
    QCOMPARE(m_h->del(closuresPath(u"/"_s + specialId), m_owner.token).status, 204);
    QCOMPARE(m_h->get(u"/coworkings/%1/closures?from=2030-01-01&until=2030-01-02"_s.arg(
                              u"00000000-0000-4000-8000-000000000000"_s))
                     .errorCode(),
             u"COWORKING_NOT_FOUND"_s);
}

void tst_ClosuresApi::validation_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("query");
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QStringList>("fields");

    const QJsonObject none;
    QTest::newRow("list without a range")
            << u"GET"_s << QString() << none << QStringList({ u"from"_s, u"until"_s });
    QTest::newRow("list, not dates") << u"GET"_s << u"?from=tomorrow&until=2030-13-01"_s << none
                                     << QStringList({ u"from"_s, u"until"_s });
    QTest::newRow("list, backwards") << u"GET"_s << u"?from=2030-02-01&until=2030-01-01"_s << none
                                     << QStringList{ u"until"_s };
    QTest::newRow("list, over a year") << u"GET"_s << u"?from=2030-01-01&until=2031-01-02"_s << none
                                       << QStringList{ u"until"_s };
    QTest::newRow("no date") << u"POST"_s << QString() << QJsonObject{ { u"reason"_s, u"x"_s } }
                             << QStringList{ u"date"_s };
    QTest::newRow("not a date") << u"POST"_s << QString() << closureBody(u"21.01.2030"_s)
                                << QStringList{ u"date"_s };
    QTest::newRow("opening without closing")
            << u"POST"_s << QString()
            << QJsonObject{ { u"date"_s, u"2030-01-23"_s }, { u"opens_at"_s, u"10:00"_s } }
            << QStringList{ u"closes_at"_s };
    QTest::newRow("not a time") << u"POST"_s << QString()
                                << closureBody(u"2030-01-23"_s, u"x"_s, u"10h"_s, u"25:00"_s)
                                << QStringList({ u"opens_at"_s, u"closes_at"_s });
    QTest::newRow("reason not a string")
            << u"POST"_s << QString()
            << QJsonObject{ { u"date"_s, u"2030-01-23"_s }, { u"reason"_s, 5 } }
            << QStringList{ u"reason"_s };
}

void tst_ClosuresApi::validation()
{
    QFETCH(QString, method);
    QFETCH(QString, query);
    QFETCH(QJsonObject, body);
    QFETCH(QStringList, fields);

    const Reply reply = method == u"GET" ? m_h->get(closuresPath(query)) : close(body);
    QCOMPARE(reply.status, 422);
    QCOMPARE(reply.errorCode(), u"VALIDATION_ERROR"_s);
    QCOMPARE(reply.errorFields(), fields);
    QCOMPARE(m_h->get(closuresPath(u"?from=2030-01-23&until=2030-01-23"_s)).arr().size(), 0);
}

void tst_ClosuresApi::closedDayRefusesBookings()
{
    // Without a reason: an empty one.
    const Reply closed = close(QJsonObject{ { u"date"_s, u"2030-01-24"_s } });
    QCOMPARE(closed.status, 201);
    QCOMPARE(closed.obj().value(u"reason"_s), QJsonValue(u""_s));
    const QString from = u"2030-01-24T10:00:00+01:00"_s, until = u"2030-01-24T11:00:00+01:00"_s;

    const Reply refused = book(m_member, from, until);
    QCOMPARE(refused.status, 422);
    QCOMPARE(refused.errorCode(), u"COWORKING_CLOSED"_s);
    const Reply precheck = m_h->post(u"/bookings/precheck"_s,
                                     bookingBody(m_desks.at(0), from, until), m_member.token);
    QCOMPARE(precheck.status, 200);
    QCOMPARE(precheck.obj().value(u"ok"_s).toBool(), false);
    QCOMPARE(precheck.obj().value(u"error"_s).toObject().value(u"code"_s).toString(),
             u"COWORKING_CLOSED"_s);

    // No spot is available on the closed day; the day after is as usual.
    const auto available = [this](const QString &a, const QString &b) {
        const Reply r = m_h->get(u"/coworkings/%1/spots?time_from=%2&time_until=%3"_s.arg(
                m_hub, QString::fromLatin1(QUrl::toPercentEncoding(a)),
                QString::fromLatin1(QUrl::toPercentEncoding(b))));
        QSet<bool> seen;
        for (const QJsonValue &v : r.arr())
            seen.insert(v.toObject().value(u"is_available"_s).toBool());
        return seen;
    };
    QCOMPARE(available(from, until), QSet<bool>{ false });
    QCOMPARE(available(u"2030-01-25T10:00:00+01:00"_s, u"2030-01-25T11:00:00+01:00"_s),
             QSet<bool>{ true });
    // A window that reaches into the closed day from the evening before.
    QCOMPARE(available(u"2030-01-23T19:00:00+01:00"_s, u"2030-01-24T09:00:00+01:00"_s),
             QSet<bool>{ false });
    // Staff may not book it either, on anyone's behalf.
    const Reply staff =
            m_h->post(u"/bookings"_s,
                      bookingBody(m_desks.at(1), from, until, { { u"user_id"_s, m_member.id } }),
                      m_owner.token);
    QCOMPARE(staff.errorCode(), u"COWORKING_CLOSED"_s);
}

void tst_ClosuresApi::specialHoursBoundBookings()
{
    QCOMPARE(close(closureBody(u"2030-01-28"_s, u"Short"_s, u"12:00"_s, u"16:00"_s)).status, 201);
    const Reply inside =
            book(m_member, u"2030-01-28T13:00:00+01:00"_s, u"2030-01-28T14:00:00+01:00"_s);
    QCOMPARE(inside.status, 201);
    const Reply usual =
            book(m_member, u"2030-01-28T09:00:00+01:00"_s, u"2030-01-28T10:00:00+01:00"_s);
    QCOMPARE(usual.status, 422);
    QCOMPARE(usual.errorCode(), u"OUTSIDE_OPENING_HOURS"_s);
    QVERIFY2(usual.obj()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"message"_s)
                     .toString()
                     .contains(u"12:00-16:00"_s),
             usual.body.constData());
    const Reply late =
            book(m_member, u"2030-01-28T15:30:00+01:00"_s, u"2030-01-28T16:30:00+01:00"_s);
    QCOMPARE(late.errorCode(), u"OUTSIDE_OPENING_HOURS"_s);

    // The booking's free times are the special hours around it.
    const QString id = inside.obj().value(u"id"_s).toString();
    const Reply free = m_h->get(u"/bookings/%1/available-times"_s.arg(id), m_member.token);
    QCOMPARE(free.status, 200);
    const QJsonArray offered = free.obj().value(u"available_slots"_s).toArray();
    QCOMPARE(valuesOf(offered, u"time_from"_s),
             QStringList({ u"2030-01-28T11:00:00Z"_s, u"2030-01-28T13:00:00Z"_s }));
    QCOMPARE(valuesOf(offered, u"time_until"_s),
             QStringList({ u"2030-01-28T12:00:00Z"_s, u"2030-01-28T15:00:00Z"_s }));
}

void tst_ClosuresApi::closureOverBookings()
{
    Person other = m_site->person();
    const QString a = m_site->book(m_member, m_desks.at(0), u"2030-01-30T09:00:00+01:00"_s,
                                   u"2030-01-30T10:00:00+01:00"_s);
    const QString b = m_site->book(other, m_desks.at(1), u"2030-01-30T17:00:00+01:00"_s,
                                   u"2030-01-30T18:00:00+01:00"_s);
    // Another day's booking is no business of this closure.
    const QString c = m_site->book(other, m_desks.at(1), u"2030-01-31T09:00:00+01:00"_s,
                                   u"2030-01-31T10:00:00+01:00"_s);
    const auto statusOf = [this](const QString &id) {
        return m_h->get(u"/bookings/"_s + id, m_owner.token).obj().value(u"status"_s).toString();
    };
    const auto closureEvents = [this] {
        return m_h->sql(u"SELECT payload FROM outbox_events WHERE type = 'booking.cancelled'"_s);
    };
    const qsizetype eventsBefore = closureEvents().size();

    // Both bookings lie outside a closed day: refused, nothing written.
    const Reply refused = close(closureBody(u"2030-01-30"_s));
    QCOMPARE(refused.status, 409);
    QCOMPARE(refused.errorCode(), u"CLOSURE_CONFLICT"_s);
    QCOMPARE(detailsOf(refused).value(u"bookings"_s).toInt(), 2);
    QCOMPARE(m_h->get(closuresPath(u"?from=2030-01-30&until=2030-01-30"_s)).arr().size(), 0);
    QCOMPARE(statusOf(a), u"active"_s);

    // Special hours that keep the morning only: one booking is in the way.
    const Reply shortDay = close(closureBody(u"2030-01-30"_s, u"x"_s, u"08:00"_s, u"12:00"_s));
    QCOMPARE(shortDay.errorCode(), u"CLOSURE_CONFLICT"_s);
    QCOMPARE(detailsOf(shortDay).value(u"bookings"_s).toInt(), 1);

    // Asked to, the closure cancels them, each with reason "closure" and an event for its booker.
    const Reply done =
            close(closureBody(u"2030-01-30"_s, u"Burst pipe"_s), u"?cancel_bookings=true"_s);
    QCOMPARE(done.status, 201);
    QCOMPARE(statusOf(a), u"cancelled"_s);
    QCOMPARE(statusOf(b), u"cancelled"_s);
    QCOMPARE(statusOf(c), u"active"_s);
    QCOMPARE(m_h->get(u"/bookings/"_s + a, m_member.token)
                     .obj()
                     .value(u"cancel_reason"_s)
                     .toString(),
             u"Burst pipe"_s);
    const QList<QSqlRecord> events = closureEvents();
    QCOMPARE(int(events.size() - eventsBefore), 2);
    QSet<QString> told;
    for (qsizetype i = eventsBefore; i < events.size(); ++i) {
        const QJsonObject payload =
                QJsonDocument::fromJson(events.at(i).value(0).toString().toUtf8()).object();
        QCOMPARE(payload.value(u"reason"_s).toString(), u"closure"_s);
        QCOMPARE(payload.value(u"note"_s).toString(), u"Burst pipe"_s);
        told.insert(payload.value(u"booking"_s).toObject().value(u"user_id"_s).toString());
    }
    QCOMPARE(told, QSet<QString>({ m_member.id, other.id }));
}

void tst_ClosuresApi::acrossDstChanges()
{
    // Sunday 31 March 2030 Berlin springs forward at 02:00; Sunday 27 October it falls back.
    QCOMPARE(close(closureBody(u"2030-03-31"_s, u"Spring"_s, u"10:00"_s, u"14:00"_s)).status, 201);
    QCOMPARE(close(closureBody(u"2030-10-27"_s, u"Autumn"_s)).status, 201);
    // 10:00 local is 08:00 UTC after the change, no longer 09:00.
    QCOMPARE(book(m_member, u"2030-03-31T08:00:00Z"_s, u"2030-03-31T09:00:00Z"_s).status, 201);
    QCOMPARE(book(m_member, u"2030-03-31T07:00:00Z"_s, u"2030-03-31T08:00:00Z"_s).errorCode(),
             u"OUTSIDE_OPENING_HOURS"_s);
    QCOMPARE(book(m_member, u"2030-10-27T09:00:00Z"_s, u"2030-10-27T10:00:00Z"_s).errorCode(),
             u"COWORKING_CLOSED"_s);
    // The evening before the autumn closure is open as usual, on summer time.
    QCOMPARE(book(m_member, u"2030-10-26T17:00:00Z"_s, u"2030-10-26T18:00:00Z"_s).status, 201);

    // Statistics count a special day's hours and nothing of a closed day: Saturday 30 March
    // 12 hours plus Sunday's 4; Saturday 26 October 12 hours plus nothing; two desks each.
    const auto openMinutes = [this](const QString &from, const QString &until) {
        const Reply r = m_h->get(u"/coworkings/%1/stats?from=%2&until=%3"_s.arg(m_hub, from, until),
                                 m_owner.token);
        return r.obj().value(u"open_minutes"_s).toInt();
    };
    QCOMPARE(openMinutes(u"2030-03-30"_s, u"2030-03-31"_s), (12 + 4) * 60 * 2);
    QCOMPARE(openMinutes(u"2030-10-26"_s, u"2030-10-27"_s), 12 * 60 * 2);
}

QTEST_GUILESS_MAIN(tst_ClosuresApi)
#include "tst_closuresapi.moc"
