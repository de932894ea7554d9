#include "bookings/bookingrules.h"
#include "common/datetime.h"
#include "timetestdata.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// "from/until" pairs keep the data rows readable.
TimeRange rangeOf(const QString &pair)
{
    const QStringList ends = pair.split(u'/');
    return { at(ends.at(0)), at(ends.at(1)) };
}

QStringList toStrings(const QList<TimeRange> &ranges)
{
    QStringList out;
    for (const TimeRange &r : ranges)
        out.append(datetime::toUtcString(r.from) + u'/' + datetime::toUtcString(r.until));
    return out;
}

struct Row
{
    QString zoneName = u"Europe/Berlin"_s;
    QString opens = u"09:00"_s;
    QString closes = u"18:00"_s;
    BookingPolicy policy;
};

} // namespace

class TestBookingRules final : public QObject
{
    Q_OBJECT

private slots:
    void checkBookingWindow_data();
    void checkBookingWindow();
    void toAppError_data();
    void toAppError();
    void freeSlots_data();
    void freeSlots();

private:
    static void addPolicyColumns();
    static QTestData &newRow(const char *name, const Row &row);
    static OpeningHours fetchHours();
    static BookingPolicy fetchPolicy();
};

void TestBookingRules::addPolicyColumns()
{
    QTest::addColumn<QString>("zoneName");
    QTest::addColumn<QString>("opens");
    QTest::addColumn<QString>("closes");
    QTest::addColumn<int>("minDuration");
    QTest::addColumn<int>("maxDuration");
    QTest::addColumn<int>("slot");
    QTest::addColumn<int>("maxDays");
}

QTestData &TestBookingRules::newRow(const char *name, const Row &row)
{
    return QTest::newRow(name) << row.zoneName << row.opens << row.closes
                               << row.policy.minDurationMinutes << row.policy.maxDurationMinutes
                               << row.policy.slotMinutes << row.policy.maxDaysInAdvance;
}

// QFETCH reads the current data row wherever it is called, so shared columns are read here.
OpeningHours TestBookingRules::fetchHours()
{
    QFETCH(QString, zoneName);
    QFETCH(QString, opens);
    QFETCH(QString, closes);
    return hoursFor(zoneName, opens, closes);
}

BookingPolicy TestBookingRules::fetchPolicy()
{
    QFETCH(int, minDuration);
    QFETCH(int, maxDuration);
    QFETCH(int, slot);
    QFETCH(int, maxDays);
    BookingPolicy policy;
    policy.minDurationMinutes = minDuration;
    policy.maxDurationMinutes = maxDuration;
    policy.slotMinutes = slot;
    policy.maxDaysInAdvance = maxDays;
    return policy;
}

void TestBookingRules::checkBookingWindow_data()
{
    addPolicyColumns();
    QTest::addColumn<QString>("range");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QString>("code"); // empty: accepted
    QTest::addColumn<QString>("rule");

    const Row berlin;
    const QString now = u"2026-01-10T12:00:00Z"_s;
    const QString ok;
    const QString validation = u"VALIDATION_ERROR"_s;
    const QString policy = u"POLICY_VIOLATION"_s;
    const QString outside = u"OUTSIDE_OPENING_HOURS"_s;

    newRow("ok", berlin) << u"2026-01-15T09:00:00+01:00/2026-01-15T10:00:00+01:00"_s << now << ok
                         << QString();

    // Order of the ends.
    newRow("empty range", berlin) << u"2026-01-15T10:00:00+01:00/2026-01-15T10:00:00+01:00"_s << now
                                  << validation << u"time_order"_s;
    newRow("end before start", berlin) << u"2026-01-15T11:00:00+01:00/2026-01-15T10:00:00+01:00"_s
                                       << now << validation << u"time_order"_s;

    // Past.
    newRow("starts exactly now", berlin) << u"2026-01-15T09:00:00+01:00/2026-01-15T10:00:00+01:00"_s
                                         << u"2026-01-15T08:00:00Z"_s << ok << QString();
    newRow("starts one minute ago", berlin)
            << u"2026-01-15T09:00:00+01:00/2026-01-15T10:00:00+01:00"_s << u"2026-01-15T08:01:00Z"_s
            << validation << u"in_past"_s;
    newRow("in past wins over grid", berlin)
            << u"2026-01-15T09:07:00+01:00/2026-01-15T10:00:00+01:00"_s << u"2026-01-15T08:30:00Z"_s
            << validation << u"in_past"_s;

    // Duration.
    Row min30 = berlin;
    min30.policy.minDurationMinutes = 30;
    newRow("exactly min duration", berlin)
            << u"2026-01-15T09:00:00+01:00/2026-01-15T09:15:00+01:00"_s << now << ok << QString();
    newRow("below min duration", min30) << u"2026-01-15T09:00:00+01:00/2026-01-15T09:15:00+01:00"_s
                                        << now << policy << u"min_duration"_s;
    newRow("at raised min duration", min30)
            << u"2026-01-15T09:00:00+01:00/2026-01-15T09:30:00+01:00"_s << now << ok << QString();
    Row max8h = berlin;
    max8h.policy.maxDurationMinutes = 480;
    newRow("above max duration", max8h) << u"2026-01-15T09:00:00+01:00/2026-01-15T17:15:00+01:00"_s
                                        << now << policy << u"max_duration"_s;
    newRow("exactly max duration", max8h)
            << u"2026-01-15T09:00:00+01:00/2026-01-15T17:00:00+01:00"_s << now << ok << QString();
    newRow("max duration wins over hours", max8h)
            << u"2026-01-15T08:00:00+01:00/2026-01-15T17:00:00+01:00"_s << now << policy
            << u"max_duration"_s;
    // Durations are elapsed time: 22:00–06:00 is 7 hours on the spring night, 9 in autumn.
    Row night = berlin;
    night.opens = u"22:00"_s;
    night.closes = u"06:00"_s;
    night.policy.maxDurationMinutes = 420;
    newRow("spring night is 7 hours", night)
            << u"2026-03-28T22:00:00+01:00/2026-03-29T06:00:00+02:00"_s << u"2026-03-10T00:00:00Z"_s
            << ok << QString();
    newRow("autumn night is 9 hours", night)
            << u"2026-10-24T22:00:00+02:00/2026-10-25T06:00:00+01:00"_s << u"2026-10-10T00:00:00Z"_s
            << policy << u"max_duration"_s;

    // Slot grid, in local time.
    newRow("start off grid", berlin) << u"2026-01-15T09:10:00+01:00/2026-01-15T10:00:00+01:00"_s
                                     << now << policy << u"slot_grid"_s;
    newRow("end off grid", berlin) << u"2026-01-15T09:00:00+01:00/2026-01-15T10:05:00+01:00"_s
                                   << now << policy << u"slot_grid"_s;
    newRow("seconds off grid", berlin) << u"2026-01-15T09:00:30+01:00/2026-01-15T10:00:00+01:00"_s
                                       << now << policy << u"slot_grid"_s;
    newRow("milliseconds off grid", berlin)
            << u"2026-01-15T09:00:00.500+01:00/2026-01-15T10:00:00+01:00"_s << now << policy
            << u"slot_grid"_s;
    Row slot30 = berlin;
    slot30.policy.slotMinutes = 30;
    newRow("quarter on half-hour grid", slot30)
            << u"2026-01-15T09:15:00+01:00/2026-01-15T10:00:00+01:00"_s << now << policy
            << u"slot_grid"_s;
    newRow("half hour on half-hour grid", slot30)
            << u"2026-01-15T09:30:00+01:00/2026-01-15T10:30:00+01:00"_s << now << ok << QString();
    Row kolkata = berlin;
    kolkata.zoneName = u"Asia/Kolkata"_s;
    newRow("kolkata quarter grid", kolkata)
            << u"2026-01-15T03:30:00Z/2026-01-15T04:45:00Z"_s << now << ok << QString();
    newRow("kolkata off quarter grid", kolkata)
            << u"2026-01-15T03:40:00Z/2026-01-15T04:45:00Z"_s << now << policy << u"slot_grid"_s;
    // 03:30Z is 09:00 IST: on the local hour grid although not on the UTC one, and the reverse.
    Row kolkataHourly = kolkata;
    kolkataHourly.policy.slotMinutes = 60;
    newRow("kolkata local hour grid", kolkataHourly)
            << u"2026-01-15T03:30:00Z/2026-01-15T04:30:00Z"_s << now << ok << QString();
    newRow("kolkata utc hour grid", kolkataHourly)
            << u"2026-01-15T04:00:00Z/2026-01-15T05:00:00Z"_s << now << policy << u"slot_grid"_s;
    newRow("slot grid wins over hours", berlin)
            << u"2026-01-15T08:10:00+01:00/2026-01-15T10:00:00+01:00"_s << now << policy
            << u"slot_grid"_s;

    // Advance window, on both ends: now + 30 days is 2026-02-09T12:00Z (13:00 in Berlin).
    newRow("ends exactly at advance limit", berlin)
            << u"2026-02-09T12:00:00+01:00/2026-02-09T13:00:00+01:00"_s << now << ok << QString();
    newRow("ends one slot after advance limit", berlin)
            << u"2026-02-09T12:15:00+01:00/2026-02-09T13:15:00+01:00"_s << now << policy
            << u"max_days_in_advance"_s;
    newRow("starts after advance limit", berlin)
            << u"2026-02-10T09:00:00+01:00/2026-02-10T10:00:00+01:00"_s << now << policy
            << u"max_days_in_advance"_s;
    Row week = berlin;
    week.policy.maxDaysInAdvance = 7;
    newRow("shorter advance window", week)
            << u"2026-01-17T12:00:00+01:00/2026-01-17T13:15:00+01:00"_s << now << policy
            << u"max_days_in_advance"_s;

    // Opening hours.
    newRow("exactly the opening hours", berlin)
            << u"2026-01-15T09:00:00+01:00/2026-01-15T18:00:00+01:00"_s << now << ok << QString();
    newRow("starts before opening", berlin)
            << u"2026-01-15T08:45:00+01:00/2026-01-15T09:30:00+01:00"_s << now << outside
            << QString();
    newRow("ends at closing", berlin)
            << u"2026-01-15T17:45:00+01:00/2026-01-15T18:00:00+01:00"_s << now << ok << QString();
    newRow("ends one slot after closing", berlin)
            << u"2026-01-15T17:30:00+01:00/2026-01-15T18:15:00+01:00"_s << now << outside
            << QString();
    newRow("starts at closing", berlin) << u"2026-01-15T18:00:00+01:00/2026-01-15T18:15:00+01:00"_s
                                        << now << outside << QString();
    newRow("summer at opening", berlin) << u"2026-07-15T07:00:00Z/2026-07-15T08:00:00Z"_s
                                        << u"2026-07-01T00:00:00Z"_s << ok << QString();
    newRow("summer at winter closing", berlin) << u"2026-07-15T15:00:00Z/2026-07-15T17:00:00Z"_s
                                               << u"2026-07-01T00:00:00Z"_s << outside << QString();
    newRow("berlin spring day at opening", berlin) << u"2026-03-29T07:00:00Z/2026-03-29T08:00:00Z"_s
                                                   << u"2026-03-10T00:00:00Z"_s << ok << QString();
    newRow("berlin spring day at winter opening", berlin)
            << u"2026-03-29T08:00:00Z/2026-03-29T16:15:00Z"_s << u"2026-03-10T00:00:00Z"_s
            << outside << QString();
    newRow("berlin autumn day until closing", berlin)
            << u"2026-10-25T16:00:00Z/2026-10-25T17:00:00Z"_s << u"2026-10-10T00:00:00Z"_s << ok
            << QString();
    newRow("berlin autumn day at summer opening", berlin)
            << u"2026-10-25T07:00:00Z/2026-10-25T08:00:00Z"_s << u"2026-10-10T00:00:00Z"_s
            << outside << QString();
    Row newYork = berlin;
    newYork.zoneName = u"America/New_York"_s;
    newRow("new york spring day at opening", newYork)
            << u"2026-03-08T13:00:00Z/2026-03-08T14:00:00Z"_s << u"2026-03-01T00:00:00Z"_s << ok
            << QString();
    newRow("new york spring day before opening", newYork)
            << u"2026-03-08T12:45:00Z/2026-03-08T14:00:00Z"_s << u"2026-03-01T00:00:00Z"_s
            << outside << QString();
    newRow("new york autumn day before opening", newYork)
            << u"2026-11-01T13:45:00Z/2026-11-01T14:30:00Z"_s << u"2026-10-20T00:00:00Z"_s
            << outside << QString();
    newRow("new york autumn day until closing", newYork)
            << u"2026-11-01T22:00:00Z/2026-11-01T23:00:00Z"_s << u"2026-10-20T00:00:00Z"_s << ok
            << QString();
    newRow("new york autumn day past closing", newYork)
            << u"2026-11-01T22:00:00Z/2026-11-01T23:15:00Z"_s << u"2026-10-20T00:00:00Z"_s
            << outside << QString();
    Row fixed = berlin;
    fixed.zoneName = u"UTC+03:00"_s;
    newRow("fixed offset at opening", fixed)
            << u"2026-01-15T06:00:00Z/2026-01-15T07:00:00Z"_s << now << ok << QString();
    newRow("fixed offset with other input offsets", fixed)
            << u"2026-01-15T09:00:00+03:00/2026-01-15T08:45:00+02:00"_s << now << ok << QString();
    newRow("fixed offset one slot early", fixed)
            << u"2026-01-15T08:45:00+03:00/2026-01-15T10:00:00+03:00"_s << now << outside
            << QString();
    Row overnight = berlin;
    overnight.opens = u"22:00"_s;
    overnight.closes = u"06:00"_s;
    newRow("overnight after midnight", overnight)
            << u"2026-01-16T01:00:00+01:00/2026-01-16T06:00:00+01:00"_s << now << ok << QString();
    newRow("overnight past closing", overnight)
            << u"2026-01-16T05:00:00+01:00/2026-01-16T06:15:00+01:00"_s << now << outside
            << QString();
}

void TestBookingRules::checkBookingWindow()
{
    const OpeningHours hours = fetchHours();
    const BookingPolicy policy = fetchPolicy();
    QFETCH(QString, range);
    QFETCH(QString, now);
    QFETCH(QString, code);
    QFETCH(QString, rule);

    const std::optional<RuleViolation> violation =
            coworking::checkBookingWindow(rangeOf(range), hours, policy, at(now));
    QCOMPARE(violation ? violation->code : QString(), code);
    QCOMPARE(violation ? violation->rule : QString(), rule);
    if (violation)
        QVERIFY(!violation->message.isEmpty());
}

void TestBookingRules::toAppError_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("rule");
    QTest::addColumn<QJsonObject>("details");

    const auto fieldError = [](const QString &field) {
        return QJsonObject{
            { u"fields"_s,
              QJsonArray{ QJsonObject{ { u"field"_s, field }, { u"message"_s, u"Why."_s } } } }
        };
    };
    QTest::newRow("time order") << u"VALIDATION_ERROR"_s << u"time_order"_s
                                << fieldError(u"time_until"_s);
    QTest::newRow("in past") << u"VALIDATION_ERROR"_s << u"in_past"_s << fieldError(u"time_from"_s);
    QTest::newRow("slot grid") << u"POLICY_VIOLATION"_s << u"slot_grid"_s
                               << QJsonObject{ { u"rule"_s, u"slot_grid"_s } };
    QTest::newRow("advance") << u"POLICY_VIOLATION"_s << u"max_days_in_advance"_s
                             << QJsonObject{ { u"rule"_s, u"max_days_in_advance"_s } };
    QTest::newRow("opening hours") << u"OUTSIDE_OPENING_HOURS"_s << QString() << QJsonObject{};
}

void TestBookingRules::toAppError()
{
    QFETCH(QString, code);
    QFETCH(QString, rule);
    QFETCH(QJsonObject, details);

    const AppError error = coworking::toAppError(RuleViolation{ code, rule, u"Why."_s });
    QCOMPARE(error.kind(), ErrorKind::Validation);
    QCOMPARE(error.code(), code);
    QCOMPARE(error.details(), details);
    QVERIFY(error.message().contains(u"Why."_s));
}

void TestBookingRules::freeSlots_data()
{
    addPolicyColumns();
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QStringList>("busy");
    QTest::addColumn<QString>("now");
    QTest::addColumn<QStringList>("expected");

    // Berlin 09:00–18:00 on 2026-01-15 is 08:00Z–17:00Z.
    const Row berlin;
    const QDate day(2026, 1, 15);
    const QString before = u"2026-01-10T12:00:00Z"_s;

    newRow("no bookings", berlin) << day << QStringList{} << before
                                  << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("two bookings", berlin) << day
                                   << QStringList{ u"2026-01-15T09:00:00Z/2026-01-15T10:00:00Z"_s,
                                                   u"2026-01-15T12:00:00Z/2026-01-15T13:00:00Z"_s }
                                   << before
                                   << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                                                   u"2026-01-15T10:00:00Z/2026-01-15T12:00:00Z"_s,
                                                   u"2026-01-15T13:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("unsorted bookings", berlin)
            << day
            << QStringList{ u"2026-01-15T12:00:00Z/2026-01-15T13:00:00Z"_s,
                            u"2026-01-15T09:00:00Z/2026-01-15T10:00:00Z"_s }
            << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T10:00:00Z/2026-01-15T12:00:00Z"_s,
                            u"2026-01-15T13:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("overlapping bookings", berlin)
            << day
            << QStringList{ u"2026-01-15T09:00:00Z/2026-01-15T11:00:00Z"_s,
                            u"2026-01-15T10:00:00Z/2026-01-15T12:00:00Z"_s,
                            u"2026-01-15T10:15:00Z/2026-01-15T10:30:00Z"_s }
            << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T12:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("back to back bookings", berlin)
            << day
            << QStringList{ u"2026-01-15T09:00:00Z/2026-01-15T10:00:00Z"_s,
                            u"2026-01-15T10:00:00Z/2026-01-15T11:00:00Z"_s }
            << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T11:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("bookings beyond the window", berlin)
            << day
            << QStringList{ u"2026-01-15T07:00:00Z/2026-01-15T08:30:00Z"_s,
                            u"2026-01-15T16:30:00Z/2026-01-15T18:00:00Z"_s,
                            u"2026-01-16T09:00:00Z/2026-01-16T10:00:00Z"_s }
            << before << QStringList{ u"2026-01-15T08:30:00Z/2026-01-15T16:30:00Z"_s };
    newRow("fully booked", berlin)
            << day << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T17:00:00Z"_s } << before
            << QStringList{};
    // 11:07 local rounds up to 11:15 (10:15Z).
    newRow("now in the middle of the day", berlin)
            << day << QStringList{ u"2026-01-15T11:00:00Z/2026-01-15T12:00:00Z"_s }
            << u"2026-01-15T10:07:00Z"_s
            << QStringList{ u"2026-01-15T10:15:00Z/2026-01-15T11:00:00Z"_s,
                            u"2026-01-15T12:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("now on the grid", berlin)
            << day << QStringList{ u"2026-01-15T11:00:00Z/2026-01-15T12:00:00Z"_s }
            << u"2026-01-15T10:15:00Z"_s
            << QStringList{ u"2026-01-15T10:15:00Z/2026-01-15T11:00:00Z"_s,
                            u"2026-01-15T12:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("now inside a booking", berlin)
            << day << QStringList{ u"2026-01-15T10:00:00Z/2026-01-15T12:00:00Z"_s }
            << u"2026-01-15T10:07:00Z"_s
            << QStringList{ u"2026-01-15T12:00:00Z/2026-01-15T17:00:00Z"_s };
    Row min60 = berlin;
    min60.policy.minDurationMinutes = 60;
    newRow("gap after now shorter than min", min60)
            << day << QStringList{ u"2026-01-15T11:00:00Z/2026-01-15T12:00:00Z"_s }
            << u"2026-01-15T10:07:00Z"_s
            << QStringList{ u"2026-01-15T12:00:00Z/2026-01-15T17:00:00Z"_s };
    Row min30 = berlin;
    min30.policy.minDurationMinutes = 30;
    newRow("gap shorter than min", min30)
            << day
            << QStringList{ u"2026-01-15T09:00:00Z/2026-01-15T10:00:00Z"_s,
                            u"2026-01-15T10:15:00Z/2026-01-15T11:00:00Z"_s }
            << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T11:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("gap exactly min", min30)
            << day
            << QStringList{ u"2026-01-15T09:00:00Z/2026-01-15T10:00:00Z"_s,
                            u"2026-01-15T10:30:00Z/2026-01-15T11:00:00Z"_s }
            << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T10:00:00Z/2026-01-15T10:30:00Z"_s,
                            u"2026-01-15T11:00:00Z/2026-01-15T17:00:00Z"_s };
    // A booking made under an older, finer grid: the free time around it is cut to the grid.
    newRow("off-grid booking", berlin)
            << day << QStringList{ u"2026-01-15T09:05:00Z/2026-01-15T09:50:00Z"_s } << before
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T09:00:00Z"_s,
                            u"2026-01-15T10:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("now before opening", berlin)
            << day << QStringList{} << u"2026-01-15T07:20:00Z"_s
            << QStringList{ u"2026-01-15T08:00:00Z/2026-01-15T17:00:00Z"_s };
    newRow("now after closing", berlin)
            << day << QStringList{} << u"2026-01-15T17:00:00Z"_s << QStringList{};
    newRow("now in the last minutes", berlin)
            << day << QStringList{} << u"2026-01-15T16:50:00Z"_s << QStringList{};

    // 09:40 IST rounds up to 10:00 IST (04:30Z), not to the UTC hour.
    Row kolkata = berlin;
    kolkata.zoneName = u"Asia/Kolkata"_s;
    kolkata.policy.slotMinutes = 60;
    newRow("kolkata local grid", kolkata)
            << day << QStringList{ u"2026-01-15T06:30:00Z/2026-01-15T07:30:00Z"_s }
            << u"2026-01-15T04:10:00Z"_s
            << QStringList{ u"2026-01-15T04:30:00Z/2026-01-15T06:30:00Z"_s,
                            u"2026-01-15T07:30:00Z/2026-01-15T12:30:00Z"_s };

    Row wholeDay = berlin;
    wholeDay.opens = u"00:00"_s;
    wholeDay.closes = u"00:00"_s;
    newRow("berlin spring whole day", wholeDay)
            << QDate(2026, 3, 29) << QStringList{ u"2026-03-29T08:00:00Z/2026-03-29T09:00:00Z"_s }
            << u"2026-03-20T00:00:00Z"_s
            << QStringList{ u"2026-03-28T23:00:00Z/2026-03-29T08:00:00Z"_s,
                            u"2026-03-29T09:00:00Z/2026-03-29T22:00:00Z"_s };
    // 01:35Z is 02:35 CET, in the hour the clock repeats: now rounds up to 02:45 CET, 01:45Z.
    newRow("berlin autumn now in repeated hour", wholeDay)
            << QDate(2026, 10, 25) << QStringList{} << u"2026-10-25T01:35:00Z"_s
            << QStringList{ u"2026-10-25T01:45:00Z/2026-10-25T23:00:00Z"_s };
    Row newYork = berlin;
    newYork.zoneName = u"America/New_York"_s;
    newRow("new york autumn day", newYork)
            << QDate(2026, 11, 1) << QStringList{ u"2026-11-01T14:00:00Z/2026-11-01T15:00:00Z"_s }
            << u"2026-10-20T00:00:00Z"_s
            << QStringList{ u"2026-11-01T15:00:00Z/2026-11-01T23:00:00Z"_s };
    newRow("new york spring day now mid-morning", newYork)
            << QDate(2026, 3, 8) << QStringList{ u"2026-03-08T18:00:00Z/2026-03-08T19:00:00Z"_s }
            << u"2026-03-08T14:20:00Z"_s
            << QStringList{ u"2026-03-08T14:30:00Z/2026-03-08T18:00:00Z"_s,
                            u"2026-03-08T19:00:00Z/2026-03-08T22:00:00Z"_s };

    Row overnight = berlin;
    overnight.opens = u"22:00"_s;
    overnight.closes = u"06:00"_s;
    newRow("overnight", overnight)
            << day << QStringList{ u"2026-01-16T00:00:00Z/2026-01-16T01:00:00Z"_s } << before
            << QStringList{ u"2026-01-15T21:00:00Z/2026-01-16T00:00:00Z"_s,
                            u"2026-01-16T01:00:00Z/2026-01-16T05:00:00Z"_s };
    Row fixed = berlin;
    fixed.zoneName = u"UTC-05:00"_s;
    newRow("fixed offset", fixed) << QDate(2026, 3, 8)
                                  << QStringList{ u"2026-03-08T15:00:00Z/2026-03-08T16:00:00Z"_s }
                                  << u"2026-03-01T00:00:00Z"_s
                                  << QStringList{ u"2026-03-08T14:00:00Z/2026-03-08T15:00:00Z"_s,
                                                  u"2026-03-08T16:00:00Z/2026-03-08T23:00:00Z"_s };
}

void TestBookingRules::freeSlots()
{
    const OpeningHours hours = fetchHours();
    const BookingPolicy policy = fetchPolicy();
    QFETCH(QDate, date);
    QFETCH(QStringList, busy);
    QFETCH(QString, now);
    QFETCH(QStringList, expected);

    QList<TimeRange> busyRanges;
    for (const QString &pair : std::as_const(busy))
        busyRanges.append(rangeOf(pair));
    const QList<TimeRange> free = coworking::freeSlots(date, hours, policy, busyRanges, at(now));
    QCOMPARE(toStrings(free), expected);

    // The shortest booking at the start of every slot offered must pass the rules.
    const int slotMinutes = policy.slotMinutes;
    const int shortest = (policy.minDurationMinutes + slotMinutes - 1) / slotMinutes * slotMinutes;
    for (const TimeRange &slotRange : free) {
        const TimeRange first{ slotRange.from, slotRange.from.addSecs(shortest * 60) };
        QVERIFY2(!coworking::checkBookingWindow(first, hours, policy, at(now)),
                 qPrintable(datetime::toUtcString(first.from)));
    }
}

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
