// Row's timestamp parser replaced QDateTime::fromString on every stored time read back: it
// must read the forms PostgreSQL prints and SQLite stores exactly as Qt did, and refuse the rest
// (which then goes through Qt's parser again).
#include "row.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

class TestRow final : public QObject
{
    Q_OBJECT

private slots:
    void sameAsQt_data()
    {
        QTest::addColumn<QByteArray>("text");
        // PostgreSQL, session time zone UTC (and others, should a server be set so).
        QTest::newRow("pg") << QByteArray("2026-11-25 06:00:00+00");
        QTest::newRow("pg millis") << QByteArray("2026-11-25 06:00:00.123+00");
        QTest::newRow("pg micros, rounded down") << QByteArray("2026-11-25 06:00:00.123456+00");
        QTest::newRow("pg micros, rounded up") << QByteArray("2026-11-25 06:00:00.123556+00");
        QTest::newRow("pg micros, carried") << QByteArray("2026-12-31 23:59:59.99996+00");
        QTest::newRow("pg tenths") << QByteArray("2030-01-07 09:30:00.5+00");
        QTest::newRow("pg +03") << QByteArray("2030-01-07 09:30:00+03");
        QTest::newRow("pg +05:30") << QByteArray("2030-01-07 09:30:00+05:30");
        QTest::newRow("pg -09:30") << QByteArray("2030-01-07 09:30:00-09:30");
        QTest::newRow("leap day") << QByteArray("2028-02-29 12:00:00+00");
        QTest::newRow("epoch") << QByteArray("1970-01-01 00:00:00+00");
        QTest::newRow("before the epoch") << QByteArray("1969-07-20 20:17:40.25+00");
        // SQLite, as Database::timestamp() stores it.
        QTest::newRow("sqlite") << QByteArray("2030-01-07T06:00:00.000Z");
        QTest::newRow("sqlite millis") << QByteArray("2030-01-07T06:00:00.987Z");
        QTest::newRow("sqlite no fraction") << QByteArray("2030-01-07T06:00:00Z");
    }
    void sameAsQt()
    {
        QFETCH(QByteArray, text);
        QString iso = QString::fromLatin1(text);
        // Qt's ISO parser wants "+HH:MM"; QPSQL adds the minutes the same way.
        if (iso.size() > 3 && (iso.at(iso.size() - 3) == u'+' || iso.at(iso.size() - 3) == u'-'))
            iso += u":00"_s;
        const QDateTime expected = QDateTime::fromString(iso, Qt::ISODateWithMs).toUTC();
        QVERIFY(expected.isValid());
        const QDateTime parsed = parseTimestamp(text);
        QCOMPARE(parsed, expected);
        QCOMPARE(parsed.timeSpec(), Qt::UTC);
    }

    void refusesOtherText_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("date only") << QByteArray("2030-01-07");
        QTest::newRow("no zone") << QByteArray("2030-01-07 06:00:00");
        QTest::newRow("bad month") << QByteArray("2030-13-07 06:00:00+00");
        QTest::newRow("bad day") << QByteArray("2030-02-30 06:00:00+00");
        QTest::newRow("bad hour") << QByteArray("2030-01-07 24:00:00+00");
        QTest::newRow("letters") << QByteArray("2030-01-0x 06:00:00+00");
        QTest::newRow("trailing") << QByteArray("2030-01-07 06:00:00+00 BC");
        QTest::newRow("infinity") << QByteArray("infinity");
    }
    void refusesOtherText()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseTimestamp(text).isValid());
    }
};

QTEST_GUILESS_MAIN(TestRow)
#include "tst_row.moc"
