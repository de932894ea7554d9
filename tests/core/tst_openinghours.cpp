#include "common/datetime.h"
#include "coworkings/openinghours.h"
#include "timetestdata.h"

#include <QTest>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

class TestOpeningHours final : public QObject
{
    Q_OBJECT

private slots:
    void zoneFromString_data();
    void zoneFromString();
    void invalidZone();
    void windowOn_data();
    void windowOn();
    void containsWithinOneDay_data();
    void containsWithinOneDay();
    void localDate_data();
    void localDate();
};

void TestOpeningHours::zoneFromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("winterOffset"); // seconds east of UTC on 2026-01-15
    QTest::addColumn<int>("summerOffset"); // seconds east of UTC on 2026-07-15

    QTest::newRow("iana berlin") << u"Europe/Berlin"_s << true << 3600 << 7200;
    QTest::newRow("iana new york") << u"America/New_York"_s << true << -18000 << -14400;
    QTest::newRow("iana kolkata") << u"Asia/Kolkata"_s << true << 19800 << 19800;
    QTest::newRow("iana alias") << u"Asia/Calcutta"_s << true << 19800 << 19800;
    QTest::newRow("iana nested") << u"America/Argentina/Buenos_Aires"_s << true << -10800 << -10800;
    QTest::newRow("utc") << u"UTC"_s << true << 0 << 0;
    QTest::newRow("fixed east") << u"UTC+03:00"_s << true << 10800 << 10800;
    QTest::newRow("fixed west") << u"UTC-05:00"_s << true << -18000 << -18000;
    QTest::newRow("fixed quarter hour") << u"UTC+05:45"_s << true << 20700 << 20700;
    QTest::newRow("fixed max") << u"UTC+14:00"_s << true << 50400 << 50400;
    QTest::newRow("fixed beyond max") << u"UTC+14:30"_s << false << 0 << 0;
    QTest::newRow("fixed bad minutes") << u"UTC+03:60"_s << false << 0 << 0;
    QTest::newRow("fixed one digit") << u"UTC+3"_s << false << 0 << 0;
    QTest::newRow("unknown region") << u"Mars/Olympus"_s << false << 0 << 0;
    // Qt would read these as POSIX rules at UTC+0; a typo must not silently mean UTC.
    QTest::newRow("posix-like abbreviation") << u"MSK"_s << false << 0 << 0;
    QTest::newRow("posix-like garbage") << u"XYZ3"_s << false << 0 << 0;
    QTest::newRow("empty") << QString() << false << 0 << 0;
    QTest::newRow("path") << u"../../etc/passwd"_s << false << 0 << 0;
}

void TestOpeningHours::zoneFromString()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(int, winterOffset);
    QFETCH(int, summerOffset);

    const std::optional<QTimeZone> zone = OpeningHours::zoneFromString(text);
    QCOMPARE(zone.has_value(), valid);
    if (!valid)
        return;
    QVERIFY(zone->isValid());
    QCOMPARE(zone->offsetFromUtc(at(u"2026-01-15T12:00:00Z"_s)), winterOffset);
    QCOMPARE(zone->offsetFromUtc(at(u"2026-07-15T12:00:00Z"_s)), summerOffset);
}

void TestOpeningHours::invalidZone()
{
    const OpeningHours hours = hoursFor(u"Mars/Olympus"_s, u"09:00"_s, u"18:00"_s);
    QVERIFY(!hours.isValid());
    // Falls back to UTC so that a bad stored value still gives answers instead of a crash.
    QCOMPARE(hours.zone(), QTimeZone::utc());
    QCOMPARE(hours.windowOn(QDate(2026, 1, 15)).from, at(u"2026-01-15T09:00:00Z"_s));

    QVERIFY(hoursFor(u"Europe/Berlin"_s, u"09:00"_s, u"18:00"_s).isValid());
    QVERIFY(!OpeningHours(QTime(), QTime(18, 0), u"Europe/Berlin"_s).isValid());
}

void TestOpeningHours::windowOn_data()
{
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QString>("opens");
    QTest::addColumn<QString>("closes");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("until");

    const QString berlin = u"Europe/Berlin"_s;
    const QString newYork = u"America/New_York"_s;
    const QDate berlinSpring(2026, 3, 29);
    const QDate berlinAutumn(2026, 10, 25);
    const QDate nySpring(2026, 3, 8);
    const QDate nyAutumn(2026, 11, 1);

    QTest::newRow("berlin winter") << berlin << u"09:00"_s << u"18:00"_s << QDate(2026, 1, 15)
                                   << u"2026-01-15T08:00:00Z"_s << u"2026-01-15T17:00:00Z"_s;
    QTest::newRow("berlin summer") << berlin << u"09:00"_s << u"18:00"_s << QDate(2026, 7, 15)
                                   << u"2026-07-15T07:00:00Z"_s << u"2026-07-15T16:00:00Z"_s;
    QTest::newRow("berlin spring day") << berlin << u"09:00"_s << u"18:00"_s << berlinSpring
                                       << u"2026-03-29T07:00:00Z"_s << u"2026-03-29T16:00:00Z"_s;
    QTest::newRow("berlin autumn day") << berlin << u"09:00"_s << u"18:00"_s << berlinAutumn
                                       << u"2026-10-25T08:00:00Z"_s << u"2026-10-25T17:00:00Z"_s;
    // A whole day is 23 hours in spring and 25 in autumn.
    QTest::newRow("berlin spring whole day")
            << berlin << u"00:00"_s << u"00:00"_s << berlinSpring << u"2026-03-28T23:00:00Z"_s
            << u"2026-03-29T22:00:00Z"_s;
    QTest::newRow("berlin autumn whole day")
            << berlin << u"00:00"_s << u"00:00"_s << berlinAutumn << u"2026-10-24T22:00:00Z"_s
            << u"2026-10-25T23:00:00Z"_s;
    // 02:30 does not exist on the spring day: the window opens when the clock jumps to 03:00.
    QTest::newRow("berlin opening in gap")
            << berlin << u"02:30"_s << u"18:00"_s << berlinSpring << u"2026-03-29T01:00:00Z"_s
            << u"2026-03-29T16:00:00Z"_s;
    // 02:30 happens twice on the autumn day: the first one (CEST) counts.
    QTest::newRow("berlin opening in overlap")
            << berlin << u"02:30"_s << u"18:00"_s << berlinAutumn << u"2026-10-25T00:30:00Z"_s
            << u"2026-10-25T17:00:00Z"_s;
    QTest::newRow("berlin overnight into spring")
            << berlin << u"22:00"_s << u"06:00"_s << QDate(2026, 3, 28) << u"2026-03-28T21:00:00Z"_s
            << u"2026-03-29T04:00:00Z"_s;
    QTest::newRow("berlin overnight into autumn")
            << berlin << u"22:00"_s << u"06:00"_s << QDate(2026, 10, 24)
            << u"2026-10-24T20:00:00Z"_s << u"2026-10-25T05:00:00Z"_s;
    QTest::newRow("same open and close is 24h")
            << berlin << u"09:00"_s << u"09:00"_s << QDate(2026, 1, 15) << u"2026-01-15T08:00:00Z"_s
            << u"2026-01-16T08:00:00Z"_s;

    QTest::newRow("new york winter") << newYork << u"09:00"_s << u"18:00"_s << QDate(2026, 1, 15)
                                     << u"2026-01-15T14:00:00Z"_s << u"2026-01-15T23:00:00Z"_s;
    // West of UTC a local day's window ends on the next UTC date.
    QTest::newRow("new york closes after utc midnight")
            << newYork << u"09:00"_s << u"21:00"_s << QDate(2026, 1, 15)
            << u"2026-01-15T14:00:00Z"_s << u"2026-01-16T02:00:00Z"_s;
    QTest::newRow("new york spring day") << newYork << u"09:00"_s << u"18:00"_s << nySpring
                                         << u"2026-03-08T13:00:00Z"_s << u"2026-03-08T22:00:00Z"_s;
    QTest::newRow("new york autumn day") << newYork << u"09:00"_s << u"18:00"_s << nyAutumn
                                         << u"2026-11-01T14:00:00Z"_s << u"2026-11-01T23:00:00Z"_s;
    QTest::newRow("new york spring whole day")
            << newYork << u"00:00"_s << u"00:00"_s << nySpring << u"2026-03-08T05:00:00Z"_s
            << u"2026-03-09T04:00:00Z"_s;
    QTest::newRow("new york autumn whole day")
            << newYork << u"00:00"_s << u"00:00"_s << nyAutumn << u"2026-11-01T04:00:00Z"_s
            << u"2026-11-02T05:00:00Z"_s;
    QTest::newRow("new york opening in gap")
            << newYork << u"02:00"_s << u"10:00"_s << nySpring << u"2026-03-08T07:00:00Z"_s
            << u"2026-03-08T14:00:00Z"_s;
    // Closing at 01:30 on the fall-back night: the first 01:30 (EDT), not the repeated one.
    QTest::newRow("new york closing in overlap")
            << newYork << u"20:00"_s << u"01:30"_s << QDate(2026, 10, 31)
            << u"2026-11-01T00:00:00Z"_s << u"2026-11-01T05:30:00Z"_s;

    QTest::newRow("fixed east") << u"UTC+03:00"_s << u"08:00"_s << u"20:00"_s << QDate(2026, 6, 1)
                                << u"2026-06-01T05:00:00Z"_s << u"2026-06-01T17:00:00Z"_s;
    // A fixed offset ignores DST: the same UTC hours on New York's spring day.
    QTest::newRow("fixed west on dst day")
            << u"UTC-05:00"_s << u"09:00"_s << u"18:00"_s << nySpring << u"2026-03-08T14:00:00Z"_s
            << u"2026-03-08T23:00:00Z"_s;
    QTest::newRow("kolkata half hour")
            << u"Asia/Kolkata"_s << u"09:00"_s << u"18:00"_s << QDate(2026, 1, 15)
            << u"2026-01-15T03:30:00Z"_s << u"2026-01-15T12:30:00Z"_s;
}

void TestOpeningHours::windowOn()
{
    QFETCH(QString, zoneName);
    QFETCH(QString, opens);
    QFETCH(QString, closes);
    QFETCH(QDate, date);
    QFETCH(QString, from);
    QFETCH(QString, until);

    const TimeRange window = hoursFor(zoneName, opens, closes).windowOn(date);
    QCOMPARE(datetime::toUtcString(window.from), from);
    QCOMPARE(datetime::toUtcString(window.until), until);
}

void TestOpeningHours::containsWithinOneDay_data()
{
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QString>("opens");
    QTest::addColumn<QString>("closes");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("until");
    QTest::addColumn<bool>("inside");

    const QString berlin = u"Europe/Berlin"_s;
    const QString newYork = u"America/New_York"_s;
    const auto day = [&](const char *name, const QString &zone, const char *from, const char *until,
                         bool inside) {
        QTest::newRow(name) << zone << u"09:00"_s << u"18:00"_s << QString::fromUtf8(from)
                            << QString::fromUtf8(until) << inside;
    };
    const auto night = [&](const char *name, const char *from, const char *until, bool inside) {
        QTest::newRow(name) << berlin << u"22:00"_s << u"06:00"_s << QString::fromUtf8(from)
                            << QString::fromUtf8(until) << inside;
    };

    day("whole window", berlin, "2026-01-15T09:00:00+01:00", "2026-01-15T18:00:00+01:00", true);
    day("exactly at opening", berlin, "2026-01-15T09:00:00+01:00", "2026-01-15T10:00:00+01:00",
        true);
    day("one minute before opening", berlin, "2026-01-15T08:59:00+01:00",
        "2026-01-15T10:00:00+01:00", false);
    day("ends exactly at closing", berlin, "2026-01-15T17:00:00+01:00", "2026-01-15T18:00:00+01:00",
        true);
    day("one minute over closing", berlin, "2026-01-15T17:00:00+01:00", "2026-01-15T18:01:00+01:00",
        false);
    day("starts at closing", berlin, "2026-01-15T18:00:00+01:00", "2026-01-15T18:15:00+01:00",
        false);
    day("spans two days", berlin, "2026-01-15T17:00:00+01:00", "2026-01-16T10:00:00+01:00", false);
    day("given in utc", berlin, "2026-01-15T08:00:00Z", "2026-01-15T17:00:00Z", true);
    day("summer in utc", berlin, "2026-07-15T07:00:00Z", "2026-07-15T16:00:00Z", true);
    day("summer with winter utc hours", berlin, "2026-07-15T08:00:00Z", "2026-07-15T17:00:00Z",
        false);
    day("berlin spring day", berlin, "2026-03-29T09:00:00+02:00", "2026-03-29T18:00:00+02:00",
        true);
    day("berlin spring day with winter offset", berlin, "2026-03-29T09:00:00+01:00",
        "2026-03-29T18:00:00+01:00", false);
    day("berlin autumn day", berlin, "2026-10-25T17:00:00+01:00", "2026-10-25T18:00:00+01:00",
        true);
    day("berlin autumn day with summer offset", berlin, "2026-10-25T08:30:00+02:00",
        "2026-10-25T10:00:00+02:00", false);
    day("new york spring day", newYork, "2026-03-08T09:00:00-04:00", "2026-03-08T18:00:00-04:00",
        true);
    day("new york spring day past closing", newYork, "2026-03-08T17:30:00-05:00",
        "2026-03-08T18:00:00-05:00", false);
    day("new york autumn day", newYork, "2026-11-01T09:00:00-05:00", "2026-11-01T18:00:00-05:00",
        true);
    day("new york autumn day before opening", newYork, "2026-11-01T13:45:00Z",
        "2026-11-01T15:00:00Z", false);
    // 20:00–21:00 EST is the next day in UTC; the local day decides.
    QTest::newRow("new york evening after utc midnight")
            << newYork << u"09:00"_s << u"21:00"_s << u"2026-01-16T01:00:00Z"_s
            << u"2026-01-16T02:00:00Z"_s << true;
    day("fixed offset", u"UTC+03:00"_s, "2026-06-01T06:00:00Z", "2026-06-01T15:00:00Z", true);
    day("fixed offset before opening", u"UTC+03:00"_s, "2026-06-01T05:59:00Z",
        "2026-06-01T07:00:00Z", false);

    night("overnight across midnight", "2026-01-15T23:00:00+01:00", "2026-01-16T02:00:00+01:00",
          true);
    night("overnight after midnight", "2026-01-16T01:00:00+01:00", "2026-01-16T05:00:00+01:00",
          true);
    night("overnight ends at closing", "2026-01-16T05:00:00+01:00", "2026-01-16T06:00:00+01:00",
          true);
    night("overnight one minute over", "2026-01-16T05:00:00+01:00", "2026-01-16T06:01:00+01:00",
          false);
    night("overnight before opening", "2026-01-15T21:45:00+01:00", "2026-01-15T23:00:00+01:00",
          false);
    night("overnight daytime", "2026-01-15T12:00:00+01:00", "2026-01-15T13:00:00+01:00", false);
    night("overnight whole night into spring", "2026-03-28T22:00:00+01:00",
          "2026-03-29T06:00:00+02:00", true);
    night("overnight into spring with winter offset", "2026-03-29T05:00:00+01:00",
          "2026-03-29T06:00:00+01:00", false);

    QTest::newRow("whole day") << berlin << u"00:00"_s << u"00:00"_s
                               << u"2026-01-15T00:00:00+01:00"_s << u"2026-01-16T00:00:00+01:00"_s
                               << true;
    QTest::newRow("whole day spring 23h")
            << berlin << u"00:00"_s << u"00:00"_s << u"2026-03-29T00:00:00+01:00"_s
            << u"2026-03-30T00:00:00+02:00"_s << true;
    QTest::newRow("whole day crossing midnight")
            << berlin << u"00:00"_s << u"00:00"_s << u"2026-01-15T23:00:00+01:00"_s
            << u"2026-01-16T01:00:00+01:00"_s << false;
    QTest::newRow("empty range") << berlin << u"09:00"_s << u"18:00"_s
                                 << u"2026-01-15T10:00:00+01:00"_s << u"2026-01-15T10:00:00+01:00"_s
                                 << false;
}

void TestOpeningHours::containsWithinOneDay()
{
    QFETCH(QString, zoneName);
    QFETCH(QString, opens);
    QFETCH(QString, closes);
    QFETCH(QString, from);
    QFETCH(QString, until);
    QFETCH(bool, inside);

    const OpeningHours hours = hoursFor(zoneName, opens, closes);
    QCOMPARE(hours.containsWithinOneDay(TimeRange{ at(from), at(until) }), inside);
}

void TestOpeningHours::localDate_data()
{
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QString>("instant");
    QTest::addColumn<QDate>("date");

    QTest::newRow("berlin late utc evening")
            << u"Europe/Berlin"_s << u"2026-01-15T23:30:00Z"_s << QDate(2026, 1, 16);
    QTest::newRow("berlin before midnight")
            << u"Europe/Berlin"_s << u"2026-01-15T22:59:00Z"_s << QDate(2026, 1, 15);
    QTest::newRow("new york early utc morning")
            << u"America/New_York"_s << u"2026-01-16T03:00:00Z"_s << QDate(2026, 1, 15);
    QTest::newRow("new york summer midnight")
            << u"America/New_York"_s << u"2026-07-16T04:00:00Z"_s << QDate(2026, 7, 16);
    QTest::newRow("kolkata midnight")
            << u"Asia/Kolkata"_s << u"2026-01-15T18:30:00Z"_s << QDate(2026, 1, 16);
    QTest::newRow("kolkata before midnight")
            << u"Asia/Kolkata"_s << u"2026-01-15T18:29:00Z"_s << QDate(2026, 1, 15);
    QTest::newRow("fixed offset") << u"UTC+03:00"_s << u"2026-01-15T21:00:00Z"_s
                                  << QDate(2026, 1, 16);
}

void TestOpeningHours::localDate()
{
    QFETCH(QString, zoneName);
    QFETCH(QString, instant);
    QFETCH(QDate, date);

    QCOMPARE(hoursFor(zoneName, u"09:00"_s, u"18:00"_s).localDate(at(instant)), date);
}

QTEST_GUILESS_MAIN(TestOpeningHours)
#include "tst_openinghours.moc"
