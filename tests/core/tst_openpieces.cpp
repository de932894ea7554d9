// The opening time of a range of local dates cut into pieces of one day and one UTC offset
// (stats/openpieces.h): what the statistics bucket by local hour.

#include "coworkings/openinghours.h"
#include "stats/openpieces.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

QDateTime utc(int month, int day, int hour, int minute = 0, int year = 2030)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), QTimeZone::utc());
}

qint64 totalSecs(const QList<OpenPiece> &pieces)
{
    qint64 secs = 0;
    for (const OpenPiece &p : pieces)
        secs += p.range.durationSecs();
    return secs;
}

} // namespace

class TestOpenPieces final : public QObject
{
    Q_OBJECT
private slots:
    void springForwardSkipsAnHour();
    void fallBackRepeatsAnHour();
    void overnightHoursAreCutAtTheRange();
    void officeHoursStayNineHours();
    void secondsInHour();
    void emptyRange();
};

// Round the clock in Berlin on Sunday 31 March 2030: 02:00 CET is 03:00 CEST.
void TestOpenPieces::springForwardSkipsAnHour()
{
    const OpeningHours hours(QTime(0, 0), QTime(0, 0), u"Europe/Berlin"_s);
    const QList<OpenPiece> pieces = openPieces(hours, QDate(2030, 3, 31), QDate(2030, 3, 31));
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(pieces.at(0).weekday, 7);
    QCOMPARE(pieces.at(0).range, (TimeRange{ utc(3, 30, 23), utc(3, 31, 1) }));
    QCOMPARE(pieces.at(0).hourZero, utc(3, 30, 23));
    QCOMPARE(pieces.at(1).range, (TimeRange{ utc(3, 31, 1), utc(3, 31, 22) }));
    QCOMPARE(pieces.at(1).hourZero, utc(3, 30, 22)); // so 01:00 UTC is local hour 3
    QCOMPARE(totalSecs(pieces), 23 * 3600);
    QCOMPARE(pieces.at(1).secondsInHour(pieces.at(1).range, 2), 0);
    QCOMPARE(pieces.at(0).secondsInHour(pieces.at(0).range, 2), 0);
    QCOMPARE(pieces.at(1).secondsInHour(pieces.at(1).range, 3), 3600);
}

// And on Sunday 27 October: 03:00 CEST is 02:00 CET, so local hour 2 happens twice.
void TestOpenPieces::fallBackRepeatsAnHour()
{
    const OpeningHours hours(QTime(0, 0), QTime(0, 0), u"Europe/Berlin"_s);
    const QList<OpenPiece> pieces = openPieces(hours, QDate(2030, 10, 27), QDate(2030, 10, 27));
    QCOMPARE(pieces.size(), 2);
    QCOMPARE(totalSecs(pieces), 25 * 3600);
    qint64 hourTwo = 0;
    for (const OpenPiece &p : pieces)
        hourTwo += p.secondsInHour(p.range, 2);
    QCOMPARE(hourTwo, 2 * 3600);
}

// 22:00-06:00 in New York: the night before `from` counts from midnight, the last night until
// midnight; the night of the November change (01:00 twice) is 9 hours.
void TestOpenPieces::overnightHoursAreCutAtTheRange()
{
    const OpeningHours hours(QTime(22, 0), QTime(6, 0), u"America/New_York"_s);
    const QList<OpenPiece> pieces = openPieces(hours, QDate(2030, 11, 2), QDate(2030, 11, 3));
    // Nov 2: 00:00-06:00 (EDT) and 22:00-24:00; Nov 3: 00:00-06:00 (25 h day: 7 h) and 22-24.
    QCOMPARE(totalSecs(pieces), (6 + 2 + 7 + 2) * 3600);
    QCOMPARE(pieces.first().range.from, utc(11, 2, 4)); // midnight EDT
    QCOMPARE(pieces.last().range.until, utc(11, 4, 5)); // midnight EST
    for (const OpenPiece &p : pieces)
        QVERIFY(p.weekday == 6 || p.weekday == 7);
}

void TestOpenPieces::officeHoursStayNineHours()
{
    const OpeningHours hours(QTime(9, 0), QTime(18, 0), u"Europe/Berlin"_s);
    const QList<OpenPiece> pieces = openPieces(hours, QDate(2030, 3, 25), QDate(2030, 3, 31));
    QCOMPARE(pieces.size(), 7);
    QCOMPARE(totalSecs(pieces), 7 * 9 * 3600);
    QCOMPARE(pieces.last().range.from, utc(3, 31, 7)); // 09:00 CEST
    QCOMPARE(pieces.first().range.from, utc(3, 25, 8)); // 09:00 CET
}

void TestOpenPieces::secondsInHour()
{
    const OpeningHours hours(QTime(8, 30), QTime(19, 45), u"Asia/Kathmandu"_s); // UTC+05:45
    const QList<OpenPiece> pieces = openPieces(hours, QDate(2030, 5, 1), QDate(2030, 5, 1));
    QCOMPARE(pieces.size(), 1);
    const OpenPiece &p = pieces.first();
    QCOMPARE(p.secondsInHour(p.range, 8), 30 * 60);
    QCOMPARE(p.secondsInHour(p.range, 19), 45 * 60);
    QCOMPARE(p.secondsInHour(p.range, 20), 0);
    // 09:15-10:15 local is 03:30-04:30 UTC.
    const TimeRange booking{ utc(5, 1, 3, 30), utc(5, 1, 4, 30) };
    QCOMPARE(p.secondsInHour(booking, 9), 45 * 60);
    QCOMPARE(p.secondsInHour(booking, 10), 15 * 60);
}

void TestOpenPieces::emptyRange()
{
    const OpeningHours hours(QTime(9, 0), QTime(18, 0), u"UTC"_s);
    QVERIFY(openPieces(hours, QDate(2030, 1, 2), QDate(2030, 1, 1)).isEmpty());
    QVERIFY(openPieces(hours, QDate(), QDate(2030, 1, 1)).isEmpty());
}

QTEST_GUILESS_MAIN(TestOpenPieces)
#include "tst_openpieces.moc"
