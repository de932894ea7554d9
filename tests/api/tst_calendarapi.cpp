// Bookings in the member's own calendar over real HTTP, on SQLite and PostgreSQL: one booking as
// an iCalendar file (who may have it), the personal feed's secret URL (made, replaced, removed,
// refused for a banned user, never in the log), what the feed holds (30 days back, cancelled
// bookings, the cap), revalidation with ETag and 304, a booking across the spring DST change in
// Europe/Berlin, and a real iCalendar parser (python3-icalendar) reading what the server wrote.

#include "apiharness.h"
#include "database.h"
#include "serverconfig.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAddress = u"Köpenicker Str. 1, Berlin; Hof 2"_s;

// Berlin, round the clock, a year ahead, days-long bookings, many per person.
QJsonObject berlinHub()
{
    return { { u"name"_s, u"Spreeblick"_s },
             { u"address"_s, kAddress },
             { u"timezone"_s, u"Europe/Berlin"_s },
             { u"opens_at"_s, u"00:00"_s },
             { u"closes_at"_s, u"00:00"_s },
             { u"booking_policy"_s,
               QJsonObject{ { u"max_days_in_advance"_s, 365 },
                            { u"max_duration_minutes"_s, 1440 },
                            { u"max_active_bookings_per_user"_s, 20 } } } };
}

// The content lines of a calendar, unfolded.
QList<QByteArray> linesOf(QByteArray calendar)
{
    calendar.replace("\r\n ", "");
    QList<QByteArray> lines = calendar.split('\n');
    for (QByteArray &line : lines) {
        if (line.endsWith('\r'))
            line.chop(1);
    }
    return lines;
}

// The unfolded lines of the VEVENT whose UID names `bookingId`; empty when there is none.
QList<QByteArray> eventOf(const QByteArray &calendar, const QString &bookingId)
{
    QList<QByteArray> event;
    bool inEvent = false;
    for (const QByteArray &line : linesOf(calendar)) {
        if (line == "BEGIN:VEVENT") {
            inEvent = true;
            event.clear();
        }
        if (inEvent)
            event.append(line);
        if (line == "END:VEVENT") {
            inEvent = false;
            if (event.contains("UID:booking-" + bookingId.toLatin1() + "@coworking.invalid"))
                return event;
        }
    }
    return {};
}

QByteArray valueOf(const QList<QByteArray> &event, const QByteArray &name)
{
    for (const QByteArray &line : event) {
        if (line.startsWith(QByteArray(name + ':')))
            return line.mid(name.size() + 1);
    }
    return {};
}

// Every message of every category, from every thread, while a test looks at them.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void catchLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(QString::fromLatin1(context.category ? context.category : "") + u' '
                     + message);
    }
    g_previous(type, context, message);
}

} // namespace

class tst_CalendarApi : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void bookingIcal();
    void bookingIcalWhoMay();
    void feedUrlMadeReplacedRemoved();
    void feedHoldsTheBookings();
    void revalidationAndSequence();
    void acrossTheSpringChangeInBerlin();
    void parsedByPythonIcalendar();
    void bannedUserFeedIsGone();
    void tokenStaysOutOfTheLog();
    void feedIsCapped();
    void thirtyDaysBack();
    void publicUrlIsTheBase();

private:
    QString book(const Person &who, const QString &spot, const QString &from, const QString &until)
    {
        return m_site->book(who, spot, from, until);
    }
    // A new feed for `who`: its path on this server ("/calendar/<token>.ics").
    QString newFeed(const Person &who);
    // Runs the python3-icalendar check (check_icalendar.py) on `calendar` against the bookings
    // `ids` as the API answers them to `who`: its exit code (-1 when it did not run) and output.
    int checkWithPython(const QByteArray &calendar, const Person &who, const QStringList &ids,
                        QByteArray *output);

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner, m_manager, m_member, m_other, m_admin;
    QString m_hub;
    QStringList m_spots; // "Desk 1", "Room, big"
    QString m_plain, m_dst, m_cancelled, m_othersBooking;
};

void tst_CalendarApi::initTestCase()
{
    m_h = std::make_unique<ApiHarness>();
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_owner = m_site->person(true);
    m_manager = m_site->person();
    m_member = m_site->person();
    m_other = m_site->person();
    m_admin = m_site->person(false, true);
    m_hub = m_site->coworking(m_owner, berlinHub());
    m_spots = m_site->spots(m_owner.token, m_hub,
                            QJsonArray{ QJsonObject{ { u"name"_s, u"Desk 1"_s } },
                                        QJsonObject{ { u"name"_s, u"Room, big"_s } } });
    m_site->addManager(m_owner.token, m_hub, m_manager.id);

    // Tomorrow 09:00-10:00 Berlin (08:00Z); 00:30 CET to 04:30 CEST on the night of the change,
    // three hours; a cancelled one; and someone else's.
    m_plain = book(m_member, m_spots.at(0), u"2030-01-08T09:00:00+01:00"_s,
                   u"2030-01-08T10:00:00+01:00"_s);
    m_dst = book(m_member, m_spots.at(0), u"2030-03-31T00:30:00+01:00"_s,
                 u"2030-03-31T04:30:00+02:00"_s);
    m_cancelled = book(m_member, m_spots.at(1), u"2030-01-09T10:00:00+01:00"_s,
                       u"2030-01-09T11:00:00+01:00"_s);
    QCOMPARE(m_h->del(u"/bookings/"_s + m_cancelled, m_member.token).status, 204);
    m_othersBooking = book(m_other, m_spots.at(0), u"2030-01-08T12:00:00+01:00"_s,
                           u"2030-01-08T13:00:00+01:00"_s);
}

void tst_CalendarApi::cleanupTestCase()
{
    m_site.reset();
    m_h.reset();
}

QString tst_CalendarApi::newFeed(const Person &who)
{
    const Reply made = m_h->post(u"/users/me/calendar-feed"_s, QJsonObject(), who.token);
    if (made.status != 201)
        qFatal("no feed: %d %s", made.status, made.body.constData());
    return QUrl(made.obj().value(u"url"_s).toString()).path();
}

void tst_CalendarApi::bookingIcal()
{
    const Reply r = m_h->get(u"/bookings/%1/ical"_s.arg(m_plain), m_member.token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("content-type"), QByteArray("text/calendar; charset=utf-8"));
    QCOMPARE(r.headers.value("content-disposition"),
             "attachment; filename=\"booking-" + m_plain.toLatin1() + ".ics\"");
    QVERIFY(r.headers.value("cache-control").contains("private"));
    QVERIFY(r.body.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
    QVERIFY(r.body.endsWith("END:VCALENDAR\r\n"));
    QCOMPARE(r.body.count("BEGIN:VEVENT"), 1);

    const QList<QByteArray> event = eventOf(r.body, m_plain);
    QVERIFY2(!event.isEmpty(), r.body.constData());
    QCOMPARE(valueOf(event, "DTSTART"), QByteArray("20300108T080000Z"));
    QCOMPARE(valueOf(event, "DTEND"), QByteArray("20300108T090000Z"));
    QCOMPARE(valueOf(event, "SUMMARY"), QByteArray("Desk 1\\, Spreeblick"));
    QCOMPARE(QString::fromUtf8(valueOf(event, "LOCATION")),
             u"Köpenicker Str. 1\\, Berlin\\; Hof 2"_s);
    QCOMPARE(valueOf(event, "STATUS"), QByteArray("CONFIRMED"));
    QCOMPARE(valueOf(event, "SEQUENCE"), QByteArray("0"));
    // Stamped with the booking's creation (at the harness's "now"), not the moment of asking.
    QCOMPARE(valueOf(event, "DTSTAMP"), QByteArray("20300107T060000Z"));

    // A cancelled booking is still a file, saying so.
    const Reply cancelled = m_h->get(u"/bookings/%1/ical"_s.arg(m_cancelled), m_member.token);
    QCOMPARE(cancelled.status, 200);
    const QList<QByteArray> gone = eventOf(cancelled.body, m_cancelled);
    QCOMPARE(valueOf(gone, "STATUS"), QByteArray("CANCELLED"));
    QCOMPARE(valueOf(gone, "SUMMARY"), QByteArray("Room\\, big\\, Spreeblick"));
    QCOMPARE(valueOf(gone, "SEQUENCE"), QByteArray("1"));
}

void tst_CalendarApi::bookingIcalWhoMay()
{
    const QString path = u"/bookings/%1/ical"_s.arg(m_plain);
    for (const Person &allowed : { m_member, m_owner, m_manager, m_admin }) {
        const Reply r = m_h->get(path, allowed.token);
        QCOMPARE(r.status, 200);
        QVERIFY(!eventOf(r.body, m_plain).isEmpty());
    }
    // Another member learns nothing: the 404 of GET /bookings/{id}.
    const Reply other = m_h->get(path, m_other.token);
    QCOMPARE(other.status, 404);
    QCOMPARE(other.errorCode(), u"BOOKING_NOT_FOUND"_s);
    QVERIFY(hasErrorShape(other));
    const Reply anonymous = m_h->get(path);
    QCOMPARE(anonymous.status, 401);
    QVERIFY(hasErrorShape(anonymous));
    QCOMPARE(m_h->get(u"/bookings/%1/ical"_s.arg(kUnknownId), m_admin.token).errorCode(),
             u"BOOKING_NOT_FOUND"_s);
}

void tst_CalendarApi::feedUrlMadeReplacedRemoved()
{
    QCOMPARE(m_h->post(u"/users/me/calendar-feed"_s, QJsonObject()).status, 401);
    QCOMPARE(m_h->del(u"/users/me/calendar-feed"_s).status, 401);

    const Reply made = m_h->post(u"/users/me/calendar-feed"_s, QJsonObject(), m_member.token);
    QCOMPARE(made.status, 201);
    QCOMPARE(sortedKeys(made.obj()), QStringList{ u"url"_s });
    const QString url = made.obj().value(u"url"_s).toString();
    // Absolute, from the request's Host (the harness sends "127.0.0.1"), a 256-bit token.
    QVERIFY2(QRegularExpression(u"\\Ahttp://127\\.0\\.0\\.1/calendar/[A-Za-z0-9_-]{43}\\.ics\\z"_s)
                     .match(url)
                     .hasMatch(),
             qPrintable(url));
    QCOMPARE(made.headers.value("location"), url.toUtf8());
    QCOMPARE(made.headers.value("cache-control"), QByteArray("no-store"));
    const QString first = QUrl(url).path();

    // No other credential: the URL alone.
    const Reply feed = m_h->get(first);
    QCOMPARE(feed.status, 200);
    QCOMPARE(feed.headers.value("content-type"), QByteArray("text/calendar; charset=utf-8"));
    QVERIFY(!eventOf(feed.body, m_plain).isEmpty());

    // The database keeps a hash, not the token.
    const QString token = first.section(u'/', 2).chopped(4);
    const auto rows =
            m_h->sql(u"SELECT token_hash FROM calendar_feeds WHERE user_id = ?"_s, { m_member.id });
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(0).toString(),
             QString::fromLatin1(
                     QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256)
                             .toHex()));

    // A new one replaces it: the old URL is an unknown path.
    const QString second = newFeed(m_member);
    QVERIFY(second != first);
    const Reply old = m_h->get(first);
    QCOMPARE(old.status, 404);
    QCOMPARE(old.errorCode(), u"NOT_FOUND"_s);
    QVERIFY(hasErrorShape(old));
    QCOMPARE(m_h->get(second).status, 200);
    QCOMPARE(m_h->sql(u"SELECT user_id FROM calendar_feeds WHERE user_id = ?"_s, { m_member.id })
                     .size(),
             1);

    // Removed, it answers nothing; removing again is no error.
    QCOMPARE(m_h->del(u"/users/me/calendar-feed"_s, m_member.token).status, 204);
    QCOMPARE(m_h->get(second).status, 404);
    QCOMPARE(m_h->del(u"/users/me/calendar-feed"_s, m_member.token).status, 204);

    // Made-up tokens: of the right shape, of the wrong one, and a path without the suffix.
    QCOMPARE(m_h->get(u"/calendar/%1.ics"_s.arg(QString(43, u'A'))).status, 404);
    QCOMPARE(m_h->get(u"/calendar/short.ics"_s).status, 404);
    QCOMPARE(m_h->get(second.chopped(4)).status, 404);
}

void tst_CalendarApi::feedHoldsTheBookings()
{
    const QString feed = newFeed(m_member);
    const Reply r = m_h->get(feed);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("cache-control"), QByteArray("private, no-cache"));
    QVERIFY(!r.headers.value("etag").isEmpty());
    const QList<QByteArray> lines = linesOf(r.body);
    QVERIFY(lines.contains("X-WR-CALNAME:Coworking bookings"));
    QVERIFY(lines.contains("REFRESH-INTERVAL;VALUE=DURATION:PT60M"));
    QCOMPARE(r.body.count("BEGIN:VEVENT"), 3);
    QVERIFY(!eventOf(r.body, m_plain).isEmpty());
    QVERIFY(!eventOf(r.body, m_dst).isEmpty());
    QCOMPARE(valueOf(eventOf(r.body, m_cancelled), "STATUS"), QByteArray("CANCELLED"));
    QVERIFY(eventOf(r.body, m_othersBooking).isEmpty());

    // The other member's feed holds only theirs.
    const Reply others = m_h->get(newFeed(m_other));
    QCOMPARE(others.body.count("BEGIN:VEVENT"), 1);
    QVERIFY(!eventOf(others.body, m_othersBooking).isEmpty());
}

void tst_CalendarApi::revalidationAndSequence()
{
    const Person who = m_site->person();
    const QString booking = book(who, m_spots.at(1), u"2030-01-10T09:00:00+01:00"_s,
                                 u"2030-01-10T10:00:00+01:00"_s);
    const QString feed = newFeed(who);
    const Reply first = m_h->get(feed);
    const QByteArray etag = first.headers.value("etag");
    QVERIFY(etag.startsWith('"') && etag.endsWith('"'));

    // Unchanged: 304 without a body, same tag; asked again later, still the same bytes.
    const Reply again = m_h->raw("GET", feed, {}, { { "If-None-Match", etag } });
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.headers.value("etag"), etag);
    QVERIFY(!again.headers.contains("content-length"));
    m_h->clock().advanceSecs(600);
    const Reply later = m_h->get(feed);
    QCOMPARE(later.headers.value("etag"), etag);
    QCOMPARE(later.body, first.body);
    QCOMPARE(m_h->raw("GET", feed, {}, { { "If-None-Match", "W/" + etag + ", \"x\"" } }).status,
             304);
    m_h->clock().set(ApiHarness::startTime());

    // Moved an hour: a new tag, the new times, and a higher SEQUENCE.
    QCOMPARE(m_h->patch(u"/bookings/"_s + booking,
                        QJsonObject{ { u"time_from"_s, u"2030-01-10T11:00:00+01:00"_s },
                                     { u"time_until"_s, u"2030-01-10T12:00:00+01:00"_s } },
                        who.token)
                     .status,
             200);
    const Reply moved = m_h->raw("GET", feed, {}, { { "If-None-Match", etag } });
    QCOMPARE(moved.status, 200);
    QVERIFY(moved.headers.value("etag") != etag);
    const QList<QByteArray> event = eventOf(moved.body, booking);
    QCOMPARE(valueOf(event, "DTSTART"), QByteArray("20300110T100000Z"));
    QCOMPARE(valueOf(event, "SEQUENCE"), QByteArray("1"));
    QCOMPARE(valueOf(event, "STATUS"), QByteArray("CONFIRMED"));

    // Cancelled: CANCELLED, SEQUENCE 2, stamped with the cancellation.
    m_h->clock().advanceSecs(60);
    QCOMPARE(m_h->del(u"/bookings/"_s + booking, who.token).status, 204);
    m_h->clock().set(ApiHarness::startTime());
    const QList<QByteArray> cancelled = eventOf(m_h->get(feed).body, booking);
    QCOMPARE(valueOf(cancelled, "STATUS"), QByteArray("CANCELLED"));
    QCOMPARE(valueOf(cancelled, "SEQUENCE"), QByteArray("2"));
    QCOMPARE(valueOf(cancelled, "DTSTAMP"), QByteArray("20300107T060100Z"));

    // The single booking's file revalidates the same way.
    const QString one = u"/bookings/%1/ical"_s.arg(booking);
    const QByteArray oneTag = m_h->get(one, who.token).headers.value("etag");
    const Reply oneAgain = m_h->raw(
            "GET", one, {},
            { { "Authorization", "Bearer " + who.token.toLatin1() }, { "If-None-Match", oneTag } });
    QCOMPARE(oneAgain.status, 304);
}

void tst_CalendarApi::acrossTheSpringChangeInBerlin()
{
    // 00:30 CET is 23:30Z the day before; 04:30 CEST is 02:30Z: three hours, not four.
    const Reply booking = m_h->get(u"/bookings/"_s + m_dst, m_member.token);
    QCOMPARE(booking.obj().value(u"time_from"_s).toString(), u"2030-03-30T23:30:00Z"_s);
    QCOMPARE(booking.obj().value(u"time_until"_s).toString(), u"2030-03-31T02:30:00Z"_s);
    for (const QByteArray &calendar :
         { m_h->get(u"/bookings/%1/ical"_s.arg(m_dst), m_member.token).body,
           m_h->get(newFeed(m_member)).body }) {
        const QList<QByteArray> event = eventOf(calendar, m_dst);
        QCOMPARE(valueOf(event, "DTSTART"), QByteArray("20300330T233000Z"));
        QCOMPARE(valueOf(event, "DTEND"), QByteArray("20300331T023000Z"));
    }
}

int tst_CalendarApi::checkWithPython(const QByteArray &calendar, const Person &who,
                                     const QStringList &ids, QByteArray *output)
{
    QJsonArray events;
    for (const QString &id : ids) {
        const QJsonObject b = m_h->get(u"/bookings/"_s + id, who.token).obj();
        const QJsonObject spot = m_h->get(u"/spots/"_s + b.value(u"spot_id"_s).toString()).obj();
        const QJsonObject coworking =
                m_h->get(u"/coworkings/"_s + b.value(u"coworking_id"_s).toString()).obj();
        const QString address = coworking.value(u"address"_s).toString();
        events.append(QJsonObject{
                { u"uid"_s, u"booking-%1@coworking.invalid"_s.arg(id) },
                { u"start"_s, b.value(u"time_from"_s) },
                { u"end"_s, b.value(u"time_until"_s) },
                { u"status"_s,
                  b.value(u"status"_s).toString() == u"cancelled" ? u"CANCELLED"_s
                                                                  : u"CONFIRMED"_s },
                { u"summary"_s,
                  QString(spot.value(u"name"_s).toString() + u", "_s
                          + coworking.value(u"name"_s).toString()) },
                { u"location"_s, address.isEmpty() ? QJsonValue() : QJsonValue(address) } });
    }
    QTemporaryDir dir;
    QFile ics(dir.filePath(u"calendar.ics"_s));
    QFile expected(dir.filePath(u"expected.json"_s));
    if (!dir.isValid() || !ics.open(QIODevice::WriteOnly) || !expected.open(QIODevice::WriteOnly)) {
        *output = "cannot write the files to check";
        return -1;
    }
    ics.write(calendar);
    ics.close();
    expected.write(QJsonDocument(QJsonObject{ { u"events"_s, events } }).toJson());
    expected.close();

    // Debian's interpreter, which has Debian's python3-icalendar (another python3 on PATH may
    // not); a missing module fails here (scripts/install-deps.sh installs it).
    QProcess python;
    python.setProcessChannelMode(QProcess::MergedChannels);
    python.start(u"/usr/bin/python3"_s,
                 { QStringLiteral(COWORKING_ICAL_CHECK), ics.fileName(), expected.fileName() });
    if (!python.waitForStarted(10000) || !python.waitForFinished(60000)
        || python.exitStatus() != QProcess::NormalExit) {
        *output = "/usr/bin/python3 did not run: " + python.errorString().toUtf8();
        return -1;
    }
    *output = python.readAll();
    return python.exitCode();
}

void tst_CalendarApi::parsedByPythonIcalendar()
{
    QByteArray output;
    const Reply feed = m_h->get(newFeed(m_member));
    QCOMPARE(feed.status, 200);
    QVERIFY2(checkWithPython(feed.body, m_member, { m_plain, m_dst, m_cancelled }, &output) == 0,
             output.constData());
    const QByteArray one = m_h->get(u"/bookings/%1/ical"_s.arg(m_dst), m_owner.token).body;
    QVERIFY2(checkWithPython(one, m_member, { m_dst }, &output) == 0, output.constData());
    // The check is no pushover: a booking the file lacks, or other times, are noticed.
    QCOMPARE(checkWithPython(one, m_member, { m_dst, m_plain }, &output), 1);
    QVERIFY2(output.contains("events differ"), output.constData());
    QByteArray shifted = one;
    shifted.replace("DTEND:20300331T023000Z", "DTEND:20300331T033000Z");
    QCOMPARE(checkWithPython(shifted, m_member, { m_dst }, &output), 1);
    QVERIFY2(output.contains("end is"), output.constData());
}

void tst_CalendarApi::bannedUserFeedIsGone()
{
    const Person who = m_site->person();
    book(who, m_spots.at(1), u"2030-01-11T09:00:00+01:00"_s, u"2030-01-11T10:00:00+01:00"_s);
    const QString feed = newFeed(who);
    QCOMPARE(m_h->get(feed).status, 200);
    QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(who.id), QJsonObject(), m_admin.token).status, 204);
    const Reply banned = m_h->get(feed);
    QCOMPARE(banned.status, 404);
    QCOMPARE(banned.errorCode(), u"NOT_FOUND"_s);
    QCOMPARE(m_h->post(u"/users/%1/unban"_s.arg(who.id), QJsonObject(), m_admin.token).status, 204);
    QCOMPARE(m_h->get(feed).status, 200);
}

void tst_CalendarApi::tokenStaysOutOfTheLog()
{
    // Run with coworking.http.info on (tests/api/CMakeLists.txt), so that the access log writes.
    {
        const QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    g_previous = qInstallMessageHandler(catchLog);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previous); });
    const QString first = newFeed(m_member);
    QCOMPARE(m_h->get(first).status, 200);
    const QString second = newFeed(m_member);
    QCOMPARE(m_h->get(first).status, 404);
    QCOMPARE(m_h->get(second).status, 200);

    // The access log line is written by the server's worker after the answer went out, so the
    // last one may arrive a moment after the reply.
    const auto routeLines = [] {
        const QMutexLocker lock(&g_logMutex);
        return std::count_if(g_log.cbegin(), g_log.cend(), [](const QString &l) {
            return l.contains(u"/calendar/{token}.ics"_s);
        });
    };
    QTRY_VERIFY_WITH_TIMEOUT(routeLines() >= 3, 5000);
    const QMutexLocker lock(&g_logMutex);
    for (const QString &path : { first, second }) {
        const QString token = path.section(u'/', 2).chopped(4);
        for (const QString &line : std::as_const(g_log))
            QVERIFY2(!line.contains(token), qPrintable(line));
    }
}

void tst_CalendarApi::feedIsCapped()
{
    // 1,005 bookings of one person, written straight into the store, an hour apart: the feed
    // holds the 1,000 that start last.
    const Person who = m_site->person();
    const QStringList spots = m_site->spots(m_owner, m_hub, 1, u"Bench "_s);
    Database &db = m_h->database();
    QStringList ids;
    const QDateTime first = ApiHarness::startTime().addDays(1);
    Transaction tx(db);
    for (int i = 0; i < 1005; ++i) {
        const QString id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QDateTime from = first.addSecs(qint64(i) * 3600);
        db.execute(u"INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, "
                   "time_until, status, created_at) VALUES (?, ?, ?, ?, ?, ?, 'active', ?)"_s,
                   { id, who.id, spots.first(), m_hub, db.timestamp(from),
                     db.timestamp(from.addSecs(1800)), db.timestamp(ApiHarness::startTime()) });
        ids.append(id);
    }
    tx.commit();

    const QString feed = newFeed(who);
    QElapsedTimer timer;
    timer.start();
    const Reply r = m_h->get(feed);
    const qint64 ms = timer.elapsed();
    QCOMPARE(r.status, 200);
    qInfo("a feed of 1,000 events: %lld bytes in %lld ms", qint64(r.body.size()), ms);
    QCOMPARE(r.body.count("BEGIN:VEVENT"), 1000);
    for (int i = 0; i < 5; ++i)
        QVERIFY(eventOf(r.body, ids.at(i)).isEmpty());
    QVERIFY(!eventOf(r.body, ids.at(5)).isEmpty());
    QVERIFY(!eventOf(r.body, ids.last()).isEmpty());
    timer.restart();
    QCOMPARE(m_h->raw("GET", feed, {}, { { "If-None-Match", r.headers.value("etag") } }).status,
             304);
    qInfo("its revalidation (304) in %lld ms", timer.elapsed());
}

void tst_CalendarApi::thirtyDaysBack()
{
    // 11 February: the 8 and 9 January bookings ended more than 30 days ago, the one on the
    // night of the DST change is still ahead.
    const QString feed = newFeed(m_member);
    m_h->clock().set(QDateTime(QDate(2030, 2, 10), QTime(12, 0), QTimeZone::utc()));
    const auto restore = qScopeGuard([this] { m_h->clock().set(ApiHarness::startTime()); });
    const Reply r = m_h->get(feed);
    QCOMPARE(r.status, 200);
    QVERIFY(eventOf(r.body, m_plain).isEmpty());
    QVERIFY(eventOf(r.body, m_cancelled).isEmpty());
    QVERIFY(!eventOf(r.body, m_dst).isEmpty());
    // On 7 February the 8 January booking (ended 09:00Z) is 30 days back and still there.
    m_h->clock().set(QDateTime(QDate(2030, 2, 7), QTime(8, 59), QTimeZone::utc()));
    QVERIFY(!eventOf(m_h->get(feed).body, m_plain).isEmpty());
}

void tst_CalendarApi::publicUrlIsTheBase()
{
    ApiHarness api(
            [](ServerConfig &config) { config.publicUrl = u"https://cowork.example/api"_s; });
    SiteFixture site(api);
    const Person owner = site.person(true);
    const Person member = site.person();
    const QString hub = site.coworking(owner, berlinHub());
    const QString spot = site.spots(owner, hub, 1).first();
    const QString booking =
            site.book(member, spot, u"2030-01-08T09:00:00+01:00"_s, u"2030-01-08T10:00:00+01:00"_s);
    const Reply made = api.post(u"/users/me/calendar-feed"_s, QJsonObject(), member.token);
    QCOMPARE(made.status, 201);
    const QUrl url(made.obj().value(u"url"_s).toString());
    QCOMPARE(url.scheme(), u"https"_s);
    QCOMPARE(url.host(), u"cowork.example"_s);
    QVERIFY2(url.path().startsWith(u"/api/calendar/"_s), qPrintable(url.toString()));
    // Behind the proxy that path is /calendar/...; here the server is asked directly.
    const Reply feed = api.get(url.path().mid(4));
    QCOMPARE(feed.status, 200);
    QVERIFY(linesOf(feed.body).contains("UID:booking-" + booking.toLatin1() + "@cowork.example"));
}

QTEST_GUILESS_MAIN(tst_CalendarApi)
#include "tst_calendarapi.moc"
