// GET /coworkings/{id}/stats over real HTTP, on SQLite and PostgreSQL: a small case worked out by
// hand, a week of each DST change in Europe/Berlin, the range rules, who may ask, and a property
// test that compares the endpoint with a brute-force count over random bookings.

#include "apiharness.h"
#include "database.h"
#include "serverconfig.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>
#include <QUuid>

#include <array>
#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject hubBody(const QString &zone, const QString &opens, const QString &closes,
                    bool checkinRequired = false)
{
    return { { u"timezone"_s, zone },
             { u"opens_at"_s, opens },
             { u"closes_at"_s, closes },
             { u"booking_policy"_s,
               QJsonObject{ { u"max_days_in_advance"_s, 365 },
                            { u"max_duration_minutes"_s, 1440 },
                            { u"max_active_bookings_per_user"_s, 20 },
                            { u"checkin_required"_s, checkinRequired } } } };
}

// by_hour as (weekday, hour) -> entry.
QHash<int, QJsonObject> hoursOf(const QJsonObject &stats)
{
    QHash<int, QJsonObject> hours;
    for (const QJsonValue &v : stats.value(u"by_hour"_s).toArray()) {
        const QJsonObject o = v.toObject();
        hours.insert(o.value(u"weekday"_s).toInt() * 100 + o.value(u"hour"_s).toInt(), o);
    }
    return hours;
}

QHash<QString, QJsonObject> spotsOf(const QJsonObject &stats)
{
    QHash<QString, QJsonObject> spots;
    for (const QJsonValue &v : stats.value(u"by_spot"_s).toArray())
        spots.insert(v.toObject().value(u"spot_id"_s).toString(), v.toObject());
    return spots;
}

bool near(double a, double b)
{
    return std::abs(a - b) < 1e-9;
}

// The four booking counts of an answer or of a spot in it.
struct Counts
{
    int bookings = 0, cancellations = 0, noShows = 0, checkIns = 0;
};

// Empty when `o` holds `expected`, else what differs.
QString countsDiffer(const QJsonObject &o, const Counts &expected)
{
    const Counts seen{ o.value(u"bookings"_s).toInt(), o.value(u"cancellations"_s).toInt(),
                       o.value(u"no_shows"_s).toInt(), o.value(u"check_ins"_s).toInt() };
    if (seen.bookings == expected.bookings && seen.cancellations == expected.cancellations
        && seen.noShows == expected.noShows && seen.checkIns == expected.checkIns)
        return {};
    return u"bookings/cancellations/no_shows/check_ins: got %1/%2/%3/%4, expected %5/%6/%7/%8"_s
            .arg(seen.bookings)
            .arg(seen.cancellations)
            .arg(seen.noShows)
            .arg(seen.checkIns)
            .arg(expected.bookings)
            .arg(expected.cancellations)
            .arg(expected.noShows)
            .arg(expected.checkIns);
}

// One booking of the property test, as inserted and as the brute force reads it.
struct RandomBooking
{
    QString spotId;
    QDateTime from;
    QDateTime until;
    QString status; // as stored
    QDateTime cancelledAt;
    QString cancelReason;
    QDateTime checkedInAt;
};

} // namespace

class tst_StatsApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void handMadeCase();
    void dstWeeksInBerlin_data();
    void dstWeeksInBerlin();
    void rangeRules_data();
    void rangeRules();
    void whoMayAsk();
    void matchesBruteForce_data();
    void matchesBruteForce();

private:
    Reply stats(const QString &coworkingId, const QString &from, const QString &until,
                const QString &token);
    // Tokens expire as the manual clock moves on: a fresh one for the same person.
    void relogin(Person &who) { who.token = m_h->token(who.email); }

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner;
    Person m_admin;
};

void tst_StatsApi::initTestCase()
{
    // No runner: the embedded backend's would release the rows the brute force writes straight
    // into the database (an active booking past its no-show grace becomes a cancelled no-show)
    // whenever its timer fires between the insert and the request, changing the figures.
    m_h = std::make_unique<ApiHarness>(
            [](ServerConfig &config) { config.runner.mode = RunnerMode::Off; });
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_owner = m_site->person(true);
    m_admin = m_site->person(false, true);
}

void tst_StatsApi::cleanupTestCase()
{
    m_site.reset();
    m_h.reset();
}

Reply tst_StatsApi::stats(const QString &coworkingId, const QString &from, const QString &until,
                          const QString &token)
{
    return m_h->get(u"/coworkings/%1/stats?from=%2&until=%3"_s.arg(coworkingId, from, until),
                    token);
}

// Monday 7 and Tuesday 8 January 2030 in Moscow (UTC+3, no DST), open 09:00-18:00, check-in
// required; three desks, the third made inactive. Every figure below is worked out by hand.
void tst_StatsApi::handMadeCase()
{
    m_h->clock().set(ApiHarness::startTime()); // Monday 09:00 Moscow
    relogin(m_owner);
    const QString hub =
            m_site->coworking(m_owner, hubBody(u"Europe/Moscow"_s, u"09:00"_s, u"18:00"_s, true));
    const QStringList desks = m_site->spots(m_owner, hub, 3);
    const QString a = desks.at(0), b = desks.at(1), c = desks.at(2);
    Person x = m_site->person(), y = m_site->person(), z = m_site->person(), w = m_site->person();

    // A: Monday 09:00-11:00, checked in at once: 120 minutes, a check-in.
    const QString a1 = m_site->book(x, a, mskText(7, "09:00"), mskText(7, "11:00"));
    expectStatus(m_h->post(u"/bookings/%1/check-in"_s.arg(a1), QJsonObject(), x.token), 200,
                 "check-in");
    // B: Monday 10:00-12:30, nobody comes: 150 minutes held, and a no-show once it has ended.
    m_site->book(y, b, mskText(7, "10:00"), mskText(7, "12:30"));
    // C: Monday 13:00-14:00, cancelled by its booker: a cancellation, no time.
    const QString c1 = m_site->book(z, c, mskText(7, "13:00"), mskText(7, "14:00"));
    expectStatus(m_h->del(u"/bookings/"_s + c1, z.token), 204, "cancel");
    // A: Tuesday 17:00-18:00, still to come when asked: 60 minutes, not a no-show.
    m_site->book(x, a, mskText(8, "17:00"), mskText(8, "18:00"));
    // A: Wednesday, outside the range.
    m_site->book(z, a, mskText(9, "09:00"), mskText(9, "10:00"));
    // B: Tuesday 09:00-12:00, checked in, cancelled by the staff at 10:30: 90 minutes.
    const QString b2 = m_site->book(w, b, mskText(8, "09:00"), mskText(8, "12:00"));
    expectStatus(m_h->patch(u"/spots/"_s + c, QJsonObject{ { u"status"_s, u"inactive"_s } },
                            m_owner.token),
                 200, "deactivate C");

    m_h->clock().set(utc(8, 5, 50)); // Tuesday 08:50 Moscow
    relogin(w);
    expectStatus(m_h->post(u"/bookings/%1/check-in"_s.arg(b2), QJsonObject(), w.token), 200,
                 "check-in on Tuesday");
    m_h->clock().set(utc(8, 7, 30)); // Tuesday 10:30 Moscow
    relogin(m_owner);
    expectStatus(m_h->del(u"/bookings/"_s + b2, m_owner.token), 204, "staff cancel");

    const Reply reply = stats(hub, u"2030-01-07"_s, u"2030-01-08"_s, m_owner.token);
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject s = reply.obj();
    QCOMPARE(s.value(u"coworking_id"_s).toString(), hub);
    QCOMPARE(s.value(u"timezone"_s).toString(), u"Europe/Moscow"_s);
    QCOMPARE(s.value(u"from"_s).toString(), u"2030-01-07"_s);
    QCOMPARE(s.value(u"until"_s).toString(), u"2030-01-08"_s);
    // Two days of 9 hours, two counted desks (C is inactive and holds no time).
    QCOMPARE(s.value(u"open_minutes"_s).toInt(), 2 * 9 * 60 * 2);
    QCOMPARE(s.value(u"booked_minutes"_s).toInt(), 120 + 150 + 60 + 90);
    QVERIFY(near(s.value(u"utilisation"_s).toDouble(), 420.0 / 2160.0));
    const QString totals = countsDiffer(s, Counts{ 5, 2, 1, 2 });
    QVERIFY2(totals.isEmpty(), qPrintable(totals));

    const QJsonArray bySpot = s.value(u"by_spot"_s).toArray();
    QCOMPARE(valuesOf(bySpot, u"spot_id"_s), desks);
    QCOMPARE(valuesOf(bySpot, u"name"_s), QStringList({ u"Desk 1"_s, u"Desk 2"_s, u"Desk 3"_s }));
    const auto spot = spotsOf(s);
    const struct
    {
        QString id;
        int booked;
        Counts counts;
    } expected[] = { { a, 180, { 2, 0, 0, 1 } },
                     { b, 240, { 2, 1, 1, 1 } },
                     { c, 0, { 1, 1, 0, 0 } } };
    for (const auto &e : expected) {
        const QJsonObject o = spot.value(e.id);
        QCOMPARE(o.value(u"booked_minutes"_s).toInt(), e.booked);
        QVERIFY(near(o.value(u"utilisation"_s).toDouble(), e.booked / 1080.0));
        const QString differ = countsDiffer(o, e.counts);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
    }

    const QJsonArray byHour = s.value(u"by_hour"_s).toArray();
    QCOMPARE(byHour.size(), 168);
    QCOMPARE(byHour.at(0).toObject().value(u"weekday"_s).toInt(), 1);
    QCOMPARE(byHour.at(167).toObject().value(u"weekday"_s).toInt(), 7);
    QCOMPARE(byHour.at(167).toObject().value(u"hour"_s).toInt(), 23);
    // (weekday * 100 + hour) -> booked minutes; every other open hour is 0 of 120.
    const QHash<int, int> booked{ { 109, 60 }, { 110, 120 }, { 111, 60 }, { 112, 30 },
                                  { 209, 60 }, { 210, 30 },  { 217, 60 } };
    for (const QJsonValue &v : byHour) {
        const QJsonObject o = v.toObject();
        const int weekday = o.value(u"weekday"_s).toInt(), hour = o.value(u"hour"_s).toInt();
        const int key = weekday * 100 + hour;
        const int open = weekday <= 2 && hour >= 9 && hour < 18 ? 120 : 0;
        QCOMPARE(o.value(u"open_minutes"_s).toInt(), open);
        QCOMPARE(o.value(u"booked_minutes"_s).toInt(), booked.value(key));
        QVERIFY2(near(o.value(u"utilisation"_s).toDouble(),
                      open ? booked.value(key) / double(open) : 0.0),
                 qPrintable(QString::number(key)));
    }

    // A range without any booking answers zeros, not an error.
    const QJsonObject empty = stats(hub, u"2030-02-04"_s, u"2030-02-04"_s, m_owner.token).obj();
    QCOMPARE(empty.value(u"booked_minutes"_s).toInt(), 0);
    QCOMPARE(empty.value(u"open_minutes"_s).toInt(), 9 * 60 * 2);
    QCOMPARE(empty.value(u"bookings"_s).toInt(), 0);
}

void tst_StatsApi::dstWeeksInBerlin_data()
{
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("bookFrom"); // Sunday 01:00 local
    QTest::addColumn<QString>("bookUntil"); // Sunday 04:00 local
    QTest::addColumn<int>("sundayMinutes"); // how long that Sunday really is
    QTest::addColumn<int>("bookedMinutes"); // how long 01:00-04:00 really is
    QTest::addColumn<int>("hourTwoMinutes"); // opening time of Sunday's local hour 2

    // Clocks go forward on Sunday 31 March 2030 (02:00 CET -> 03:00 CEST) and back on Sunday
    // 27 October (03:00 CEST -> 02:00 CET).
    QTest::newRow("March") << u"2030-03-25"_s << u"2030-03-31"_s << u"2030-03-31T01:00:00+01:00"_s
                           << u"2030-03-31T04:00:00+02:00"_s << 23 * 60 << 120 << 0;
    QTest::newRow("October") << u"2030-10-21"_s << u"2030-10-27"_s << u"2030-10-27T01:00:00+02:00"_s
                             << u"2030-10-27T04:00:00+01:00"_s << 25 * 60 << 240 << 120;
}

// Round the clock, a day has the hours its clock really runs; 09:00-18:00 stays 9 hours.
void tst_StatsApi::dstWeeksInBerlin()
{
    QFETCH(QString, from);
    QFETCH(QString, until);
    QFETCH(QString, bookFrom);
    QFETCH(QString, bookUntil);
    QFETCH(int, sundayMinutes);
    QFETCH(int, bookedMinutes);
    QFETCH(int, hourTwoMinutes);

    m_h->clock().set(ApiHarness::startTime());
    relogin(m_owner);
    Person member = m_site->person();
    const QString allDay =
            m_site->coworking(m_owner, hubBody(u"Europe/Berlin"_s, u"00:00"_s, u"00:00"_s));
    const QString allDaySpot = m_site->spots(m_owner, allDay, 1).at(0);
    m_site->book(member, allDaySpot, bookFrom, bookUntil);
    // Monday 09:00-10:00 of the same week, as a plain hour to compare with.
    m_site->book(member, allDaySpot, from + u"T09:00:00"_s + bookFrom.right(6),
                 from + u"T10:00:00"_s + bookFrom.right(6));

    const QJsonObject s = stats(allDay, from, until, m_owner.token).obj();
    QCOMPARE(s.value(u"open_minutes"_s).toInt(), 6 * 24 * 60 + sundayMinutes);
    QCOMPARE(s.value(u"booked_minutes"_s).toInt(), bookedMinutes + 60);
    const auto hours = hoursOf(s);
    QCOMPARE(hours.value(701).value(u"open_minutes"_s).toInt(), 60);
    QCOMPARE(hours.value(701).value(u"booked_minutes"_s).toInt(), 60);
    QCOMPARE(hours.value(702).value(u"open_minutes"_s).toInt(), hourTwoMinutes);
    QCOMPARE(hours.value(702).value(u"booked_minutes"_s).toInt(), hourTwoMinutes);
    QCOMPARE(hours.value(702).value(u"utilisation"_s).toDouble(), hourTwoMinutes ? 1.0 : 0.0);
    QCOMPARE(hours.value(703).value(u"booked_minutes"_s).toInt(), 60);
    QCOMPARE(hours.value(704).value(u"booked_minutes"_s).toInt(), 0);
    QCOMPARE(hours.value(109).value(u"booked_minutes"_s).toInt(), 60);
    QCOMPARE(hours.value(108).value(u"booked_minutes"_s).toInt(), 0);
    int open = 0;
    for (const QJsonObject &o : hours)
        open += o.value(u"open_minutes"_s).toInt();
    QCOMPARE(open, 6 * 24 * 60 + sundayMinutes);

    const QString office =
            m_site->coworking(m_owner, hubBody(u"Europe/Berlin"_s, u"09:00"_s, u"18:00"_s));
    m_site->spots(m_owner, office, 2);
    QCOMPARE(stats(office, from, until, m_owner.token).obj().value(u"open_minutes"_s).toInt(),
             7 * 9 * 60 * 2);
}

void tst_StatsApi::rangeRules_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("status");
    QTest::addColumn<QStringList>("fields");

    QTest::newRow("one day") << u"from=2030-01-07&until=2030-01-07"_s << 200 << QStringList();
    QTest::newRow("365 days") << u"from=2030-01-01&until=2030-12-31"_s << 200 << QStringList();
    QTest::newRow("366 days, leap year")
            << u"from=2028-01-01&until=2028-12-31"_s << 200 << QStringList();
    QTest::newRow("366 days") << u"from=2030-01-01&until=2031-01-01"_s << 200 << QStringList();
    QTest::newRow("367 days") << u"from=2030-01-01&until=2031-01-02"_s << 422
                              << QStringList{ u"until"_s };
    QTest::newRow("367 days, leap year")
            << u"from=2028-01-01&until=2029-01-01"_s << 422 << QStringList{ u"until"_s };
    QTest::newRow("until before from")
            << u"from=2030-01-08&until=2030-01-07"_s << 422 << QStringList{ u"until"_s };
    QTest::newRow("nothing") << QString() << 422 << QStringList{ u"from"_s, u"until"_s };
    QTest::newRow("no until") << u"from=2030-01-07"_s << 422 << QStringList{ u"until"_s };
    QTest::newRow("not dates") << u"from=2030-1-7&until=tomorrow"_s << 422
                               << QStringList{ u"from"_s, u"until"_s };
    QTest::newRow("a datetime") << u"from=2030-01-07T00:00:00Z&until=2030-01-08"_s << 422
                                << QStringList{ u"from"_s };
    QTest::newRow("no such day") << u"from=2030-02-30&until=2030-03-01"_s << 422
                                 << QStringList{ u"from"_s };
}

void tst_StatsApi::rangeRules()
{
    QFETCH(QString, query);
    QFETCH(int, status);
    QFETCH(QStringList, fields);

    m_h->clock().set(ApiHarness::startTime());
    relogin(m_owner);
    static QString hub;
    if (hub.isEmpty()) {
        hub = m_site->coworking(m_owner);
        m_site->spots(m_owner, hub, 2);
    }
    const Reply reply = m_h->get(u"/coworkings/%1/stats?%2"_s.arg(hub, query), m_owner.token);
    QVERIFY2(reply.status == status, reply.body.constData());
    if (status == 200) {
        // A long range still has every hour of the week and every spot.
        QCOMPARE(reply.obj().value(u"by_hour"_s).toArray().size(), 168);
        QCOMPARE(reply.obj().value(u"by_spot"_s).toArray().size(), 2);
    } else {
        QCOMPARE(reply.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(reply.errorFields(), fields);
    }
}

void tst_StatsApi::whoMayAsk()
{
    m_h->clock().set(ApiHarness::startTime());
    relogin(m_owner);
    relogin(m_admin);
    const QString hub = m_site->coworking(m_owner);
    const Person manager = m_site->person();
    const Person member = m_site->person();
    const Person otherOwner = m_site->person(true);
    m_site->coworking(otherOwner);
    m_site->addManager(m_owner.token, hub, manager.id);

    const auto status = [&](const QString &token) {
        return stats(hub, u"2030-01-07"_s, u"2030-01-13"_s, token).status;
    };
    QCOMPARE(status(QString()), 401);
    QCOMPARE(status(member.token), 403);
    QCOMPARE(status(otherOwner.token), 403);
    QCOMPARE(status(manager.token), 200);
    QCOMPARE(status(m_owner.token), 200);
    QCOMPARE(status(m_admin.token), 200);

    const Reply unknown = stats(kUnknownId, u"2030-01-07"_s, u"2030-01-13"_s, m_admin.token);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"COWORKING_NOT_FOUND"_s);
    QCOMPARE(stats(u"not-a-uuid"_s, u"2030-01-07"_s, u"2030-01-13"_s, m_admin.token).status, 404);
    // Refused before the range is looked at: a stranger learns nothing from a 422.
    QCOMPARE(m_h->get(u"/coworkings/%1/stats"_s.arg(hub), member.token).status, 403);
}

void tst_StatsApi::matchesBruteForce_data()
{
    QTest::addColumn<quint32>("seed");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<QString>("opens");
    QTest::addColumn<QString>("closes");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("until");
    QTest::addColumn<bool>("checkinRequired");

    QTest::newRow("Berlin, spring change") << 1u << u"Europe/Berlin"_s << u"07:00"_s << u"22:00"_s
                                           << QDate(2030, 3, 24) << QDate(2030, 4, 6) << true;
    QTest::newRow("New York, overnight, autumn change")
            << 2u << u"America/New_York"_s << u"20:00"_s << u"06:00"_s << QDate(2030, 10, 29)
            << QDate(2030, 11, 8) << false;
    QTest::newRow("Berlin, round the clock, autumn change")
            << 3u << u"Europe/Berlin"_s << u"00:00"_s << u"00:00"_s << QDate(2030, 10, 24)
            << QDate(2030, 10, 31) << true;
    QTest::newRow("Kathmandu, quarter-hour offset")
            << 4u << u"Asia/Kathmandu"_s << u"08:30"_s << u"19:45"_s << QDate(2030, 5, 1)
            << QDate(2030, 5, 12) << true;
}

// Random bookings of every kind, written straight into the database (statuses, check-ins,
// cancellations and times the API would not produce at will, some reaching outside the opening
// hours and the range), then every figure of the answer against a count done here over the same
// rows: opening time minute by minute on the local clock, booked time by interval arithmetic.
void tst_StatsApi::matchesBruteForce()
{
    QFETCH(quint32, seed);
    QFETCH(QString, zone);
    QFETCH(QString, opens);
    QFETCH(QString, closes);
    QFETCH(QDate, from);
    QFETCH(QDate, until);
    QFETCH(bool, checkinRequired);

    m_h->clock().set(ApiHarness::startTime());
    relogin(m_owner);
    const QString hub = m_site->coworking(m_owner, hubBody(zone, opens, closes, checkinRequired));
    const QStringList spots = m_site->spots(m_owner, hub, 6);
    expectStatus(m_h->patch(u"/spots/"_s + spots.at(5),
                            QJsonObject{ { u"status"_s, u"inactive"_s } }, m_owner.token),
                 200, "deactivate a spot");
    expectStatus(m_h->patch(u"/spots/"_s + spots.at(4),
                            QJsonObject{ { u"status"_s, u"inactive"_s } }, m_owner.token),
                 200, "deactivate a spot");
    const QTimeZone tz(zone.toUtf8());
    QVERIFY(tz.isValid());

    // "Now" inside the range, so that some bookings have ended and some are to come.
    const QDateTime rangeStart = QDateTime(from, QTime(0, 0), tz).toUTC();
    const QDateTime rangeEnd = QDateTime(until.addDays(1), QTime(0, 0), tz).toUTC();
    const QDateTime now = rangeStart.addSecs(rangeStart.secsTo(rangeEnd) / 2);
    m_h->clock().set(now);

    QRandomGenerator random(seed);
    QList<RandomBooking> bookings;
    // Held bookings (not cancelled) never overlap on a spot, as the database guarantees; they
    // are laid out spot by spot with random gaps from two days before the range to two after.
    // Spot 5 (inactive) gets none, spot 4 (inactive) some: it counts only through them.
    for (int s = 0; s < 5; ++s) {
        QDateTime at = rangeStart.addDays(-2);
        while (true) {
            at = at.addSecs(qint64(random.bounded(0, 40)) * 15 * 60);
            const QDateTime end = at.addSecs(qint64(random.bounded(1, 48)) * 15 * 60);
            if (end > rangeEnd.addDays(2))
                break;
            RandomBooking b;
            b.spotId = spots.at(s);
            b.from = at;
            b.until = end;
            b.status = end <= now && random.bounded(2) ? u"expired"_s : u"active"_s;
            if (random.bounded(3) == 0 && at <= now)
                b.checkedInAt = at.addSecs(random.bounded(0, 900));
            bookings.append(b);
            at = end;
        }
    }
    // Cancelled ones anywhere, some checked in before they were cancelled.
    for (int i = 0; i < 120; ++i) {
        RandomBooking b;
        b.spotId = spots.at(random.bounded(5));
        b.from = rangeStart.addDays(-2).addSecs(qint64(random.bounded(0, 4 * 24 * 16)) * 15 * 60
                                                + qint64(random.bounded(0, 13)) * 86400);
        b.until = b.from.addSecs(qint64(random.bounded(1, 48)) * 15 * 60);
        b.status = u"cancelled"_s;
        static const QString reasons[] = { u"user"_s, u"staff"_s, u"no_show"_s, u"ban"_s };
        b.cancelReason = reasons[random.bounded(4)];
        if (random.bounded(2)) {
            b.checkedInAt = b.from.addSecs(random.bounded(-900, 600));
            // Cancelled some time after the check-in, to the millisecond.
            b.cancelledAt = b.checkedInAt.addMSecs(qint64(random.bounded(0, 6 * 3600)) * 1000
                                                   + random.bounded(1000));
        } else {
            b.cancelledAt = b.from.addSecs(-random.bounded(0, 86400));
        }
        bookings.append(b);
    }
    QVERIFY2(bookings.size() >= 200, qPrintable(QString::number(bookings.size())));

    Database &db = m_h->database();
    const QString userId = m_owner.id;
    for (const RandomBooking &b : bookings) {
        db.execute(u"INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, "
                   "time_until, status, created_at, cancelled_at, cancel_reason, checked_in_at) "
                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                   { QUuid::createUuid().toString(QUuid::WithoutBraces), userId, b.spotId, hub,
                     db.timestamp(b.from), db.timestamp(b.until), b.status,
                     db.timestamp(b.from.addDays(-3)), db.nullableTimestamp(b.cancelledAt),
                     b.cancelReason.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(b.cancelReason),
                     db.nullableTimestamp(b.checkedInAt) });
    }

    // ---- the brute force
    const QTime opensAt = QTime::fromString(opens, u"HH:mm"_s);
    const QTime closesAt = QTime::fromString(closes, u"HH:mm"_s);
    const auto isOpen = [&](const QTime &t) {
        if (closesAt <= opensAt) // overnight, or round the clock when equal
            return t >= opensAt || t < closesAt;
        return t >= opensAt && t < closesAt;
    };
    // Every open minute of the range (UTC seconds) -> its bucket (weekday * 24 + hour).
    QHash<qint64, int> openMinute;
    std::array<qint64, 168> openByHour{};
    for (qint64 t = rangeStart.toSecsSinceEpoch(); t < rangeEnd.toSecsSinceEpoch(); t += 60) {
        const QDateTime local = QDateTime::fromSecsSinceEpoch(t, tz);
        if (!isOpen(local.time()))
            continue;
        const int bucket = (local.date().dayOfWeek() - 1) * 24 + local.time().hour();
        openMinute.insert(t, bucket);
        openByHour[bucket] += 60;
    }
    const qint64 openPerSpot = qint64(openMinute.size()) * 60;

    QHash<QString, qint64> bookedBySpot;
    std::array<qint64, 168> bookedByHour{};
    QHash<QString, Counts> counts;
    for (const RandomBooking &b : bookings) {
        const bool cancelled = b.status == u"cancelled";
        if (b.from >= rangeStart && b.from < rangeEnd) {
            Counts &c = counts[b.spotId];
            ++c.bookings;
            if (cancelled && b.cancelReason != u"no_show")
                ++c.cancellations;
            if ((cancelled && b.cancelReason == u"no_show")
                || (checkinRequired && !cancelled && !b.checkedInAt.isValid() && b.until <= now))
                ++c.noShows;
            if (b.checkedInAt.isValid())
                ++c.checkIns;
        }
        if (cancelled && !b.checkedInAt.isValid())
            continue;
        const qint64 start = b.from.toSecsSinceEpoch();
        qint64 end = b.until.toSecsSinceEpoch();
        if (cancelled)
            end = std::min(end, b.cancelledAt.toSecsSinceEpoch()); // rounded down to the second
        for (qint64 minute = start - start % 60; minute < end; minute += 60) {
            const auto it = openMinute.constFind(minute);
            if (it == openMinute.constEnd())
                continue;
            const qint64 secs = std::min(end, minute + 60) - std::max(start, minute);
            if (secs <= 0)
                continue;
            bookedBySpot[b.spotId] += secs;
            bookedByHour[*it] += secs;
        }
    }
    int countedSpots = 0;
    qint64 bookedTotal = 0;
    for (int s = 0; s < spots.size(); ++s) {
        bookedTotal += bookedBySpot.value(spots.at(s));
        if (s < 4 || bookedBySpot.value(spots.at(s)) > 0)
            ++countedSpots;
    }
    QCOMPARE(countedSpots, 5); // spot 4 counts through its bookings, spot 5 does not

    // ---- the endpoint
    relogin(m_owner);
    const Reply reply =
            stats(hub, from.toString(Qt::ISODate), until.toString(Qt::ISODate), m_owner.token);
    QVERIFY2(reply.status == 200, reply.body.constData());
    const QJsonObject s = reply.obj();
    QCOMPARE(s.value(u"open_minutes"_s).toInteger(), openPerSpot * countedSpots / 60);
    QCOMPARE(s.value(u"booked_minutes"_s).toInteger(), bookedTotal / 60);
    QVERIFY(near(s.value(u"utilisation"_s).toDouble(),
                 double(bookedTotal) / double(openPerSpot * countedSpots)));
    Counts total;
    const auto spot = spotsOf(s);
    for (const QString &id : spots) {
        const QJsonObject o = spot.value(id);
        const Counts c = counts.value(id);
        total.bookings += c.bookings;
        total.cancellations += c.cancellations;
        total.noShows += c.noShows;
        total.checkIns += c.checkIns;
        QCOMPARE(o.value(u"booked_minutes"_s).toInteger(), bookedBySpot.value(id) / 60);
        QVERIFY(near(o.value(u"utilisation"_s).toDouble(),
                     double(bookedBySpot.value(id)) / double(openPerSpot)));
        const QString differ = countsDiffer(o, c);
        QVERIFY2(differ.isEmpty(), qPrintable(differ));
    }
    QVERIFY(total.bookings > 50);
    QVERIFY(total.cancellations > 0 && total.noShows > 0 && total.checkIns > 0);
    const QString totals = countsDiffer(s, total);
    QVERIFY2(totals.isEmpty(), qPrintable(totals));

    const QJsonArray byHour = s.value(u"by_hour"_s).toArray();
    QCOMPARE(byHour.size(), 168);
    for (int i = 0; i < 168; ++i) {
        const QJsonObject o = byHour.at(i).toObject();
        QCOMPARE(o.value(u"weekday"_s).toInt(), i / 24 + 1);
        QCOMPARE(o.value(u"hour"_s).toInt(), i % 24);
        const qint64 open = openByHour[i] * countedSpots;
        QCOMPARE(o.value(u"open_minutes"_s).toInteger(), open / 60);
        QCOMPARE(o.value(u"booked_minutes"_s).toInteger(), bookedByHour[i] / 60);
        QVERIFY2(near(o.value(u"utilisation"_s).toDouble(),
                      open ? double(bookedByHour[i]) / double(open) : 0.0),
                 qPrintable(u"weekday %1 hour %2"_s.arg(i / 24 + 1).arg(i % 24)));
    }
}

QTEST_GUILESS_MAIN(tst_StatsApi)
#include "tst_statsapi.moc"
