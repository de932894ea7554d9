// core's CSV cells and records (common/csv.h): RFC 4180 quoting and OWASP's formula rule.

#include "common/csv.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

class TestCsv final : public QObject
{
    Q_OBJECT
private slots:
    void cell_data();
    void cell();
    void row();
};

void TestCsv::cell_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"Desk 1"_s << u"Desk 1"_s;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("comma") << u"Ivanova, Anna"_s << u"\"Ivanova, Anna\""_s;
    QTest::newRow("quotes doubled") << u"Bob \"B\""_s << u"\"Bob \"\"B\"\"\""_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"\"a\nb\""_s;
    QTest::newRow("carriage return inside") << u"a\rb"_s << u"\"a\rb\""_s;
    QTest::newRow("equals") << u"=cmd|' /C calc'!A0"_s << u"'=cmd|' /C calc'!A0"_s;
    QTest::newRow("plus") << u"+1"_s << u"'+1"_s;
    QTest::newRow("minus") << u"-2+3"_s << u"'-2+3"_s;
    QTest::newRow("at") << u"@SUM(A1)"_s << u"'@SUM(A1)"_s;
    QTest::newRow("leading tab") << u"\t=1"_s << u"'\t=1"_s;
    QTest::newRow("leading carriage return") << u"\r=1"_s << u"\"'\r=1\""_s;
    QTest::newRow("formula with comma") << u"=SUM(1,2)"_s << u"\"'=SUM(1,2)\""_s;
    QTest::newRow("formula char later") << u"a=b"_s << u"a=b"_s;
    QTest::newRow("Cyrillic") << u"Пётр"_s << u"Пётр"_s;
}

void TestCsv::cell()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(csv::cell(value), written);
}

void TestCsv::row()
{
    QCOMPARE(csv::row({ u"a"_s, u"b,c"_s, QString(), u"=d"_s }), u"a,\"b,c\",,'=d\r\n"_s);
    QCOMPARE(csv::row({}), u"\r\n"_s);
}

QTEST_GUILESS_MAIN(TestCsv)
#include "tst_csv.moc"
