// core's iCalendar writer (calendar/icalwriter.h) and the bookings' calendar
// (calendar/bookingcalendar.h): RFC 5545 escaping, folding at 75 octets without splitting a UTF-8
// character, CRLF, UTC times, and what a booking's VEVENT says.

#include "calendar/bookingcalendar.h"
#include "calendar/icalwriter.h"

#include <QTest>
#include <QTimeZone>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

QDateTime utcAt(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2030, month, day), QTime(hour, minute), QTimeZone::utc());
}

// The content lines of a calendar, unfolded (a CRLF followed by a space joins two lines).
QList<QByteArray> unfolded(QByteArray calendar)
{
    calendar.replace("\r\n ", "");
    QList<QByteArray> lines = calendar.split('\n');
    for (QByteArray &line : lines)
        line.chop(line.endsWith('\r') ? 1 : 0);
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

CalendarEntry entry()
{
    Booking b;
    b.id = u"3f1e2d4c-0000-4000-8000-00000000abcd"_s;
    b.range = { utcAt(3, 31, 0, 30), utcAt(3, 31, 2, 30) };
    b.createdAt = utcAt(1, 7, 6, 0);
    b.status = BookingStatus::Active;
    return CalendarEntry{ b, u"Desk 3"_s, u"Spreeblick Coworking"_s,
                          u"Köpenicker Str. 1, Berlin"_s };
}

} // namespace

class TestICalendar final : public QObject
{
    Q_OBJECT
private slots:
    void escapeText_data();
    void escapeText();
    void foldsAt75Octets_data();
    void foldsAt75Octets();
    void utcValue();
    void bookingEvent();
    void cancelledAndRevised();
    void feedHeader();
    void sameDataSameBytes();
};

void TestICalendar::escapeText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("written");

    QTest::newRow("plain") << u"Desk 1"_s << u"Desk 1"_s;
    QTest::newRow("comma") << u"Desk 1, Loft"_s << u"Desk 1\\, Loft"_s;
    QTest::newRow("semicolon") << u"a;b"_s << u"a\\;b"_s;
    QTest::newRow("backslash") << u"C:\\desk"_s << u"C:\\\\desk"_s;
    QTest::newRow("line feed") << u"a\nb"_s << u"a\\nb"_s;
    QTest::newRow("CRLF is one break") << u"a\r\nb"_s << u"a\\nb"_s;
    QTest::newRow("lone CR") << u"a\rb"_s << u"a\\nb"_s;
    QTest::newRow("colon stays") << u"10:00"_s << u"10:00"_s;
    QTest::newRow("tab stays") << u"a\tb"_s << u"a\tb"_s;
    QTest::newRow("controls dropped") << u"a\u0001b\u007Fc"_s << u"abc"_s;
    QTest::newRow("Cyrillic") << u"Цветной, 1"_s << u"Цветной\\, 1"_s;
}

void TestICalendar::escapeText()
{
    QFETCH(QString, value);
    QFETCH(QString, written);
    QCOMPARE(ICalWriter::escapeText(value), written);
}

void TestICalendar::foldsAt75Octets_data()
{
    QTest::addColumn<QString>("value");

    QTest::newRow("short") << u"Desk"_s;
    QTest::newRow("exactly 75 with the name") << QString(75 - 8, u'x');
    QTest::newRow("76 with the name") << QString(76 - 8, u'x');
    QTest::newRow("ASCII, several lines") << QString(400, u'a');
    QTest::newRow("two-octet letters") << QString(120, u'Ж');
    QTest::newRow("three-octet signs") << QString(90, u'€');
    QTest::newRow("four-octet emoji") << QString(u"🙂"_s).repeated(50);
    QTest::newRow("mixed") << u"a"_s + QString(u"Жé€🙂"_s).repeated(30);
}

void TestICalendar::foldsAt75Octets()
{
    QFETCH(QString, value);
    ICalWriter out;
    out.text("SUMMARY", value);
    const QByteArray bytes = out.bytes();
    QVERIFY(bytes.endsWith("\r\n"));
    const QList<QByteArray> lines = bytes.chopped(2).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (i + 1 < lines.size()) {
            QVERIFY2(line.endsWith('\r'), "a bare LF");
            line.chop(1);
        }
        QVERIFY2(line.size() <= 75, line.constData());
        if (i > 0)
            QVERIFY(line.startsWith(' '));
        // Each physical line is valid UTF-8 by itself: no character was cut.
        const QString decoded = QString::fromUtf8(line);
        QCOMPARE(decoded.toUtf8(), line);
        QVERIFY(!decoded.contains(QChar::ReplacementCharacter));
        // Folding uses all the room a line has, short of a character that does not fit.
        if (i + 1 < lines.size())
            QVERIFY2(line.size() > 75 - 4, line.constData());
    }
    QCOMPARE(unfolded(bytes), QList<QByteArray>{ "SUMMARY:" + value.toUtf8() });
}

void TestICalendar::utcValue()
{
    QCOMPARE(ICalWriter::utcValue(utcAt(3, 31, 0, 30)), QByteArray("20300331T003000Z"));
    // Any zone is written as its UTC instant: 02:30 CEST is 00:30Z.
    const QDateTime berlin(QDate(2030, 3, 31), QTime(3, 30), QTimeZone("Europe/Berlin"));
    QCOMPARE(ICalWriter::utcValue(berlin), QByteArray("20300331T013000Z"));
}

void TestICalendar::bookingEvent()
{
    const QByteArray bytes =
            bookingCalendar({ entry() }, CalendarHeader{ u"example.com"_s, {}, 0 });
    QVERIFY(bytes.endsWith("END:VCALENDAR\r\n"));
    QVERIFY2(!bytes.contains("\n\n") && bytes.count('\n') == bytes.count("\r\n"), "LF alone");
    const QList<QByteArray> lines = unfolded(bytes);
    const QList<QByteArray> expected{
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Coworking//Coworking bookings//EN",
        "CALSCALE:GREGORIAN",
        "BEGIN:VEVENT",
        "UID:booking-3f1e2d4c-0000-4000-8000-00000000abcd@example.com",
        "DTSTAMP:20300107T060000Z",
        "CREATED:20300107T060000Z",
        "LAST-MODIFIED:20300107T060000Z",
        "SEQUENCE:0",
        "DTSTART:20300331T003000Z",
        "DTEND:20300331T023000Z",
        "SUMMARY:Desk 3\\, Spreeblick Coworking",
        QByteArray("LOCATION:Köpenicker Str. 1\\, Berlin"),
        "STATUS:CONFIRMED",
        "TRANSP:OPAQUE",
        "END:VEVENT",
        "END:VCALENDAR",
    };
    QCOMPARE(lines, expected);
}

void TestICalendar::cancelledAndRevised()
{
    CalendarEntry e = entry();
    e.booking.status = BookingStatus::Cancelled;
    e.booking.cancelledAt = utcAt(2, 1, 9, 15);
    e.booking.revision = 2;
    e.address.clear();
    const QList<QByteArray> lines =
            unfolded(bookingCalendar({ e }, CalendarHeader{ u"example.com"_s, {}, 0 }));
    QVERIFY(lines.contains("STATUS:CANCELLED"));
    QVERIFY(lines.contains("SEQUENCE:2"));
    // The last stored change is the cancellation.
    QVERIFY(lines.contains("DTSTAMP:20300201T091500Z"));
    QVERIFY(lines.contains("LAST-MODIFIED:20300201T091500Z"));
    QVERIFY(lines.contains("CREATED:20300107T060000Z"));
    // No address, no LOCATION.
    QVERIFY(std::none_of(lines.cbegin(), lines.cend(),
                         [](const QByteArray &l) { return l.startsWith("LOCATION"); }));
}

void TestICalendar::feedHeader()
{
    CalendarEntry second = entry();
    second.booking.id = u"3f1e2d4c-0000-4000-8000-00000000abce"_s;
    const QList<QByteArray> lines = unfolded(bookingCalendar(
            { entry(), second }, CalendarHeader{ u"example.com"_s, u"My bookings"_s, 60 }));
    QVERIFY(lines.contains("X-WR-CALNAME:My bookings"));
    QVERIFY(lines.contains("REFRESH-INTERVAL;VALUE=DURATION:PT60M"));
    QVERIFY(lines.contains("X-PUBLISHED-TTL:PT60M"));
    QCOMPARE(lines.count("BEGIN:VEVENT"), 2);
    QCOMPARE(lines.count("END:VEVENT"), 2);
    QVERIFY(lines.contains("UID:booking-3f1e2d4c-0000-4000-8000-00000000abce@example.com"));
}

void TestICalendar::sameDataSameBytes()
{
    const CalendarHeader header{ u"example.com"_s, u"Feed"_s, 60 };
    QCOMPARE(bookingCalendar({ entry() }, header), bookingCalendar({ entry() }, header));
    CalendarEntry moved = entry();
    moved.booking.range.until = moved.booking.range.until.addSecs(900);
    QVERIFY(bookingCalendar({ entry() }, header) != bookingCalendar({ moved }, header));
}

QTEST_GUILESS_MAIN(TestICalendar)
#include "tst_icalendar.moc"
