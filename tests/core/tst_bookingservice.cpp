// BookingService on in-memory fakes of its ports: every rule of creating, moving, cancelling and
// checking in a booking, one table row per case, with what a refusal must not write. The SQL
// stores and HTTP are the API suites' business (tests/api/tst_bookingsapi); here the rules alone.
#include "access/accesspolicy.h"
#include "bookings/bookingoutcomes.h"
#include "bookings/bookingservice.h"
#include "closures/closureservice.h"
#include "common/clock.h"
#include "common/jsonkeys.h"
#include "events/outboxevent.h"

#include "fakes/memoryrepositories.h"
#include "fakes/servicetest.h"

#include <QTest>
#include <QTimeZone>
#include <QUuid>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::test;

namespace {

// Counts what the service reports, to check that outcomes are counted where they are decided.
class CountingOutcomes final : public BookingOutcomes
{
public:
    int created = 0;
    int cancelled = 0;
    int conflicts = 0;
    void bookingCreated() override { ++created; }
    void bookingCancelled() override { ++cancelled; }
    void bookingConflict() override { ++conflicts; }
};

// Ids are UUIDs, as the request reader wants them; rows name them ("desk1", "alice").
QString uid(const QString &name)
{
    return QUuid::createUuidV5(QUuid(), name).toString(QUuid::WithoutBraces);
}

// "admin" is an administrator, "business…" a business account, "anonymous" nobody.
Actor actor(const QString &name)
{
    if (name == u"anonymous")
        return {};
    return { uid(name), name == u"admin", name.startsWith(u"business") };
}

// 2030-01-07 is a Monday; Berlin is at +01:00 then. "Now" is 07:00 there, before opening.
QDateTime berlin(const QString &dayAndTime)
{
    return QDateTime::fromString(u"2030-01-"_s + dayAndTime + u":00+01:00"_s, Qt::ISODate);
}

// Every row starts from this site: coworking "cw" (Berlin, 08:00-20:00, at most 2 active bookings
// per user, 14 days ahead) of "owner", managed by "manager", with desks "desk1", "desk2" and the
// inactive "closed"; coworking "elsewhere" of "business2" with desk "far". Bob holds desk1 on the
// 7th 10:00-11:00, Alice holds desk2 13:00-14:00, Carol holds two bookings already (the limit),
// Dan holds desk2 09:00-10:00 and, elsewhere, far 16:00-17:00. The 10th is closed all day;
// the 11th is open 12:00-16:00 only.
struct Site
{
    MemoryCoworkings coworkings;
    MemoryOptions options;
    MemoryUsers users;
    MemoryBookings bookings;
    MemoryClosures closures;
    MemorySpots spots{ coworkings, bookings };
    AccessPolicy access{ coworkings };
    ManualClock clock{ QDateTime(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc()) };
    CountingOutcomes outcomes;
    BookingService service{ bookings, spots,  coworkings, closures, options,
                            users,    access, clock,      outcomes };
    ClosureService closureService{ closures, bookings, access, clock, outcomes };

    Site()
    {
        Coworking cw;
        cw.id = u"cw"_s;
        cw.ownerId = uid(u"owner"_s);
        cw.name = u"Loft"_s;
        cw.opensAt = QTime(8, 0);
        cw.closesAt = QTime(20, 0);
        cw.timezone = u"Europe/Berlin"_s;
        cw.policy.maxActiveBookingsPerUser = 2;
        cw.policy.maxDaysInAdvance = 14;
        coworkings.insert(cw);
        coworkings.addManager(u"cw"_s, uid(u"manager"_s));
        Coworking elsewhere = cw;
        elsewhere.id = u"elsewhere"_s;
        elsewhere.ownerId = uid(u"business2"_s);
        coworkings.insert(elsewhere);

        spots.insertMany({ Spot{ uid(u"desk1"_s), u"cw"_s, u"Desk 1"_s, {}, 1, true, {} },
                           Spot{ uid(u"desk2"_s), u"cw"_s, u"Desk 2"_s, {}, 2, true, {} },
                           Spot{ uid(u"closed"_s), u"cw"_s, u"Closed"_s, {}, 3, false, {} },
                           Spot{ uid(u"far"_s), u"elsewhere"_s, u"Far"_s, {}, 1, true, {} } });
        bookings.spotsOfCoworking.insert(u"cw"_s, { uid(u"desk1"_s), uid(u"desk2"_s) });

        options.insert({ uid(u"monitor"_s), u"cw"_s, u"Monitor"_s });
        options.insert({ uid(u"lamp"_s), u"elsewhere"_s, u"Lamp"_s });

        for (const QString &id : { u"alice"_s, u"bob"_s, u"carol"_s, u"dan"_s, u"banned"_s })
            users.insert(userNamed(uid(id), id == u"banned"));

        seed(u"bob-10"_s, u"bob"_s, u"desk1"_s, u"07T10:00"_s, u"07T11:00"_s);
        seed(u"alice-13"_s, u"alice"_s, u"desk2"_s, u"07T13:00"_s, u"07T14:00"_s);
        seed(u"carol-8"_s, u"carol"_s, u"desk1"_s, u"08T09:00"_s, u"08T10:00"_s);
        seed(u"carol-9"_s, u"carol"_s, u"desk1"_s, u"09T09:00"_s, u"09T10:00"_s);
        seed(u"dan-9"_s, u"dan"_s, u"desk2"_s, u"07T09:00"_s, u"07T10:00"_s);
        seed(u"dan-far"_s, u"dan"_s, u"far"_s, u"07T16:00"_s, u"07T17:00"_s);
        closures.insert(Closure{ u"c10"_s, u"cw"_s, QDate(2030, 1, 10), {}, {}, u"Holiday"_s, {} });
        closures.insert(Closure{ u"c11"_s,
                                 u"cw"_s,
                                 QDate(2030, 1, 11),
                                 QTime(12, 0),
                                 QTime(16, 0),
                                 u"Short day"_s,
                                 {} });
        bookings.events.clear();
    }

    void seed(const QString &id, const QString &user, const QString &spot, const QString &from,
              const QString &until)
    {
        Booking b;
        b.id = id;
        b.userId = uid(user);
        b.spotId = uid(spot);
        b.coworkingId = spots.find(b.spotId)->coworkingId;
        b.range = { berlin(from).toUTC(), berlin(until).toUTC() };
        QCOMPARE(bookings.create(b, 100, clock.now(), {}, OverlapScope::AnyCoworking),
                 BookingWriteResult::Ok);
    }
};

} // namespace

class TestBookingService : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void conflictOffersAFreeSpot();
    void precheckAgreesWithCreate_data();
    void precheckAgreesWithCreate();
    void reschedule_data();
    void reschedule();
    void cancel_data();
    void cancel();
    void checkIn_data();
    void checkIn();
    void visibility_data();
    void visibility();
    void closureCreate_data();
    void closureCreate();
    void closureRemove_data();
    void closureRemove();
    void closureList();
    void freeTimesFollowSpecialHours();
};

void TestBookingService::create_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("spot");
    QTest::addColumn<QString>("from"); // "DDTHH:mm" in January 2030, Berlin time
    QTest::addColumn<QString>("until");
    QTest::addColumn<QStringList>("options");
    QTest::addColumn<QString>("onBehalfOf");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("rule"); // details.rule of a POLICY_VIOLATION

    const QStringList none;
    auto row = [&](const char *name, const QString &actor, const QString &spot, const QString &from,
                   const QString &until, const QString &error, const QString &rule = {},
                   const QStringList &options = {}, const QString &onBehalf = {}) {
        QTest::newRow(name) << actor << spot << from << until << options << onBehalf << error
                            << rule;
    };
    row("member books a free desk", u"alice"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s, {});
    row("ends where another begins", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s, {});
    row("begins where another ends", u"alice"_s, u"desk1"_s, u"07T11:00"_s, u"07T12:00"_s, {});
    row("unknown spot", u"alice"_s, u"nowhere"_s, u"07T09:00"_s, u"07T10:00"_s,
        u"SPOT_NOT_FOUND"_s);
    row("inactive spot", u"alice"_s, u"closed"_s, u"07T09:00"_s, u"07T10:00"_s, u"SPOT_INACTIVE"_s);
    row("ends before it starts", u"alice"_s, u"desk1"_s, u"07T10:00"_s, u"07T09:00"_s,
        u"VALIDATION_ERROR"_s);
    row("starts in the past", u"alice"_s, u"desk1"_s, u"06T09:00"_s, u"06T10:00"_s,
        u"VALIDATION_ERROR"_s);
    row("before opening", u"alice"_s, u"desk1"_s, u"07T07:30"_s, u"07T08:30"_s,
        u"OUTSIDE_OPENING_HOURS"_s);
    row("after closing", u"alice"_s, u"desk1"_s, u"07T19:00"_s, u"07T20:15"_s,
        u"OUTSIDE_OPENING_HOURS"_s);
    row("over two days", u"alice"_s, u"desk1"_s, u"07T19:30"_s, u"08T07:15"_s,
        u"OUTSIDE_OPENING_HOURS"_s);
    row("shorter than the minimum", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T09:10"_s,
        u"POLICY_VIOLATION"_s, u"min_duration"_s);
    row("off the slot grid", u"alice"_s, u"desk1"_s, u"07T09:05"_s, u"07T10:05"_s,
        u"POLICY_VIOLATION"_s, u"slot_grid"_s);
    row("too far ahead", u"alice"_s, u"desk1"_s, u"31T09:00"_s, u"31T10:00"_s,
        u"POLICY_VIOLATION"_s, u"max_days_in_advance"_s);
    row("option of the coworking", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s, {}, {},
        { u"monitor"_s });
    row("option of another coworking", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s,
        u"VALIDATION_ERROR"_s, {}, { u"lamp"_s });
    row("unknown option", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s,
        u"VALIDATION_ERROR"_s, {}, { u"nothing"_s });
    row("member on behalf of another", u"alice"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s,
        u"FORBIDDEN"_s, {}, none, u"bob"_s);
    row("other owner on behalf", u"business2"_s, u"desk1"_s, u"07T09:00"_s, u"07T10:00"_s,
        u"FORBIDDEN"_s, {}, none, u"bob"_s);
    row("manager on behalf of a member", u"manager"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s, {},
        {}, none, u"bob"_s);
    row("owner on behalf of a member", u"owner"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s, {}, {},
        none, u"alice"_s);
    row("admin on behalf of a member", u"admin"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s, {}, {},
        none, u"alice"_s);
    row("staff on behalf of a banned user", u"owner"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s,
        u"USER_BANNED"_s, {}, none, u"banned"_s);
    row("staff on behalf of nobody", u"owner"_s, u"desk1"_s, u"07T15:00"_s, u"07T16:00"_s,
        u"USER_NOT_FOUND"_s, {}, none, u"ghost"_s);
    row("overlaps a booking of the spot", u"alice"_s, u"desk1"_s, u"07T10:30"_s, u"07T11:30"_s,
        u"BOOKING_CONFLICT"_s);
    row("inside a booking of the spot", u"alice"_s, u"desk1"_s, u"07T10:15"_s, u"07T10:45"_s,
        u"BOOKING_CONFLICT"_s);
    row("booker already busy elsewhere", u"alice"_s, u"desk1"_s, u"07T13:30"_s, u"07T14:30"_s,
        u"USER_LIMIT"_s);
    row("booker at the limit", u"carol"_s, u"desk2"_s, u"07T15:00"_s, u"07T16:00"_s,
        u"USER_LIMIT"_s);
    row("on a closed day", u"alice"_s, u"desk1"_s, u"10T09:00"_s, u"10T10:00"_s,
        u"COWORKING_CLOSED"_s);
    row("within a day's special hours", u"alice"_s, u"desk1"_s, u"11T12:00"_s, u"11T13:00"_s, {});
    row("usual hours on a special day", u"alice"_s, u"desk1"_s, u"11T09:00"_s, u"11T10:00"_s,
        u"OUTSIDE_OPENING_HOURS"_s);
    row("past a special closing time", u"alice"_s, u"desk1"_s, u"11T15:30"_s, u"11T16:30"_s,
        u"OUTSIDE_OPENING_HOURS"_s);
    row("the limit counts per coworking", u"carol"_s, u"far"_s, u"07T15:00"_s, u"07T16:00"_s, {});
    // Staff acting for somebody learn nothing of that person's bookings at other coworkings: the
    // overlap rule looks at their own coworking only (Dan is at "far" 16:00-17:00).
    row("booker busy at another coworking", u"dan"_s, u"desk1"_s, u"07T16:00"_s, u"07T17:00"_s,
        u"USER_LIMIT"_s);
    row("owner on behalf: busy elsewhere untold", u"owner"_s, u"desk1"_s, u"07T16:00"_s,
        u"07T17:00"_s, {}, {}, none, u"dan"_s);
    row("manager on behalf: busy elsewhere untold", u"manager"_s, u"desk1"_s, u"07T16:00"_s,
        u"07T17:00"_s, {}, {}, none, u"dan"_s);
    row("owner on behalf: busy here is told", u"owner"_s, u"desk1"_s, u"07T13:30"_s, u"07T14:30"_s,
        u"USER_LIMIT"_s, {}, none, u"alice"_s);
    row("admin on behalf sees every coworking", u"admin"_s, u"desk1"_s, u"07T16:00"_s,
        u"07T17:00"_s, u"USER_LIMIT"_s, {}, none, u"dan"_s);
}

void TestBookingService::create()
{
    QFETCH(QString, who);
    QFETCH(QString, spot);
    QFETCH(QString, from);
    QFETCH(QString, until);
    QFETCH(QStringList, options);
    QFETCH(QString, onBehalfOf);
    QFETCH(QString, error);
    QFETCH(QString, rule);

    Site site;
    BookingRequest request;
    request.spotId = uid(spot);
    request.range = { berlin(from), berlin(until) };
    for (const QString &option : std::as_const(options))
        request.options.append(uid(option));
    request.userId = onBehalfOf.isEmpty() ? QString() : uid(onBehalfOf);

    Booking created;
    QString code;
    QString gotRule;
    try {
        created = site.service.create(actor(who), request);
    } catch (const AppError &e) {
        code = e.code();
        gotRule = e.details().value(keys::Rule).toString();
    }
    QCOMPARE(code, error);
    QCOMPARE(gotRule, rule);
    if (!error.isEmpty()) {
        QCOMPARE(site.bookings.events, QStringList()); // a refusal writes nothing
        QCOMPARE(site.outcomes.created, 0);
        QCOMPARE(site.outcomes.conflicts, error == u"BOOKING_CONFLICT" ? 1 : 0);
        return;
    }
    QCOMPARE(site.bookings.events, QStringList{ EventTypes::BookingCreated });
    QCOMPARE(site.outcomes.created, 1);
    const std::optional<Booking> stored = site.bookings.find(created.id);
    QVERIFY(stored.has_value());
    QCOMPARE(stored->userId, uid(onBehalfOf.isEmpty() ? who : onBehalfOf));
    QCOMPARE(stored->spotId, uid(spot));
    QCOMPARE(stored->range.from, berlin(from)); // the same instant...
    QCOMPARE(stored->range.from.timeSpec(), Qt::UTC); // ...stored in UTC
    QCOMPARE(stored->options, request.options);
    QCOMPARE(toString(stored->status), toString(BookingStatus::Active));
}

void TestBookingService::conflictOffersAFreeSpot()
{
    Site site;
    BookingRequest request;
    request.spotId = uid(u"desk1"_s);
    request.range = { berlin(u"07T10:00"_s), berlin(u"07T11:00"_s) };
    try {
        site.service.create(actor(u"alice"_s), request);
        QFAIL("an overlapping booking was accepted");
    } catch (const AppError &e) {
        QCOMPARE(e.code(), u"BOOKING_CONFLICT"_s);
        const QJsonObject alternative = e.details().value(keys::AlternativeSpot).toObject();
        QCOMPARE(alternative.value(keys::Id).toString(), uid(u"desk2"_s));
        // Old clients read the top-level "spot" of the original service.
        QCOMPARE(e.extra().value(keys::Spot).toObject().value(keys::Id).toString(),
                 uid(u"desk2"_s));
    }

    // When every other spot is taken too, the answer says so with null, not a busy spot.
    site.seed(u"dave-10"_s, u"dave"_s, u"desk2"_s, u"07T10:00"_s, u"07T11:00"_s);
    try {
        site.service.create(actor(u"alice"_s), request);
        QFAIL("an overlapping booking was accepted");
    } catch (const AppError &e) {
        QVERIFY(e.details().value(keys::AlternativeSpot).isNull());
    }
}

void TestBookingService::precheckAgreesWithCreate_data()
{
    create_data();
}

// Precheck answers what create would, for every row of the create table, and writes nothing.
void TestBookingService::precheckAgreesWithCreate()
{
    QFETCH(QString, who);
    QFETCH(QString, spot);
    QFETCH(QString, from);
    QFETCH(QString, until);
    QFETCH(QStringList, options);
    QFETCH(QString, onBehalfOf);
    QFETCH(QString, error);

    Site site;
    QJsonArray optionIds;
    for (const QString &option : std::as_const(options))
        optionIds.append(uid(option));
    QJsonObject body{ { keys::SpotId, uid(spot) },
                      { keys::TimeFrom, berlin(from).toString(Qt::ISODate) },
                      { keys::TimeUntil, berlin(until).toString(Qt::ISODate) },
                      { keys::Options, optionIds } };
    if (!onBehalfOf.isEmpty())
        body.insert(keys::UserId, uid(onBehalfOf));
    const std::optional<AppError> answer = site.service.precheck(actor(who), body);
    QCOMPARE(answer ? answer->code() : QString(), error);
    QCOMPARE(site.bookings.events, QStringList());
    QCOMPARE(site.outcomes.created, 0);
}

void TestBookingService::reschedule_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("booking");
    QTest::addColumn<QString>("from");
    QTest::addColumn<QString>("until");
    QTest::addColumn<QString>("error");

    QTest::newRow("booker moves later")
            << u"bob"_s << u"bob-10"_s << u"07T16:00"_s << u"07T17:00"_s << QString();
    QTest::newRow("overlapping itself is fine")
            << u"bob"_s << u"bob-10"_s << u"07T10:30"_s << u"07T11:30"_s << QString();
    QTest::newRow("manager moves it")
            << u"manager"_s << u"bob-10"_s << u"07T16:00"_s << u"07T17:00"_s << QString();
    QTest::newRow("a stranger cannot see it") << u"alice"_s << u"bob-10"_s << u"07T16:00"_s
                                              << u"07T17:00"_s << u"BOOKING_NOT_FOUND"_s;
    QTest::newRow("another owner cannot see it") << u"business2"_s << u"bob-10"_s << u"07T16:00"_s
                                                 << u"07T17:00"_s << u"BOOKING_NOT_FOUND"_s;
    QTest::newRow("onto another booking of the spot") << u"carol"_s << u"carol-8"_s << u"07T10:00"_s
                                                      << u"07T11:00"_s << u"BOOKING_CONFLICT"_s;
    QTest::newRow("onto the booker's other booking")
            << u"alice"_s << u"alice-13"_s << u"07T13:30"_s << u"07T14:30"_s << QString();
    QTest::newRow("outside opening hours") << u"bob"_s << u"bob-10"_s << u"07T20:00"_s
                                           << u"07T21:00"_s << u"OUTSIDE_OPENING_HOURS"_s;
    QTest::newRow("unknown booking")
            << u"bob"_s << u"nothing"_s << u"07T16:00"_s << u"07T17:00"_s << u"BOOKING_NOT_FOUND"_s;
    // Dan is at "far", another owner's coworking, 16:00-17:00: he is told, his staff are not.
    QTest::newRow("booker onto his booking elsewhere")
            << u"dan"_s << u"dan-9"_s << u"07T16:00"_s << u"07T17:00"_s << u"USER_LIMIT"_s;
    QTest::newRow("manager moves it: elsewhere untold")
            << u"manager"_s << u"dan-9"_s << u"07T16:00"_s << u"07T17:00"_s << QString();
    QTest::newRow("admin moves it: every coworking")
            << u"admin"_s << u"dan-9"_s << u"07T16:00"_s << u"07T17:00"_s << u"USER_LIMIT"_s;
}

void TestBookingService::reschedule()
{
    QFETCH(QString, who);
    QFETCH(QString, booking);
    QFETCH(QString, from);
    QFETCH(QString, until);
    QFETCH(QString, error);

    Site site;
    const std::optional<Booking> before = site.bookings.find(booking);
    const TimeRange range{ berlin(from), berlin(until) };
    QCOMPARE(outcome([&] {
                 site.service.reschedule(actor(who), booking, RescheduleRequest{ range, {} });
             }),
             error);
    if (!error.isEmpty()) {
        QCOMPARE(site.bookings.events, QStringList());
        QCOMPARE(site.bookings.find(booking), before); // untouched
        return;
    }
    QCOMPARE(site.bookings.events, QStringList{ EventTypes::BookingRescheduled });
    QCOMPARE(site.bookings.find(booking)->range.from, range.from);
    QCOMPARE(site.bookings.find(booking)->range.until, range.until);
}

void TestBookingService::cancel_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("booking");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("reason"); // what the stored booking says, when cancelled

    QTest::newRow("booker") << u"bob"_s << u"bob-10"_s << QString() << u"user"_s;
    QTest::newRow("manager") << u"manager"_s << u"bob-10"_s << QString() << u"staff"_s;
    QTest::newRow("owner") << u"owner"_s << u"bob-10"_s << QString() << u"staff"_s;
    QTest::newRow("admin") << u"admin"_s << u"bob-10"_s << QString() << u"staff"_s;
    QTest::newRow("another member")
            << u"alice"_s << u"bob-10"_s << u"BOOKING_NOT_FOUND"_s << QString();
    QTest::newRow("anonymous") << u"anonymous"_s << u"bob-10"_s << u"BOOKING_NOT_FOUND"_s
                               << QString();
}

void TestBookingService::cancel()
{
    QFETCH(QString, who);
    QFETCH(QString, booking);
    QFETCH(QString, error);
    QFETCH(QString, reason);

    Site site;
    QCOMPARE(outcome([&] { site.service.cancel(actor(who), booking); }), error);
    const Booking stored = *site.bookings.find(booking);
    if (!error.isEmpty()) {
        QCOMPARE(toString(stored.status), toString(BookingStatus::Active));
        QCOMPARE(site.outcomes.cancelled, 0);
        return;
    }
    QCOMPARE(toString(stored.status), toString(BookingStatus::Cancelled));
    QCOMPARE(stored.cancelReason, reason);
    QCOMPARE(stored.cancelledAt, site.clock.now());
    QCOMPARE(site.outcomes.cancelled, 1);
    // A second cancel is refused: the booking is no longer active.
    QCOMPARE(outcome([&] { site.service.cancel(actor(who), booking); }), u"BOOKING_NOT_ACTIVE"_s);
    QCOMPARE(site.bookings.events, QStringList{ EventTypes::BookingCancelled });
}

void TestBookingService::checkIn_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("now"); // Berlin time on the 7th
    QTest::addColumn<QString>("error");

    // Bob's booking runs 10:00-11:00.
    QTest::newRow("booker, an hour early") << u"bob"_s << u"07T09:00"_s << u"CHECKIN_NOT_ALLOWED"_s;
    QTest::newRow("booker, 15 minutes early") << u"bob"_s << u"07T09:45"_s << QString();
    QTest::newRow("booker, during") << u"bob"_s << u"07T10:30"_s << QString();
    QTest::newRow("booker, after the end") << u"bob"_s << u"07T11:00"_s << u"CHECKIN_NOT_ALLOWED"_s;
    QTest::newRow("staff, an hour early") << u"manager"_s << u"07T09:00"_s << QString();
    QTest::newRow("staff, after the end")
            << u"manager"_s << u"07T11:30"_s << u"CHECKIN_NOT_ALLOWED"_s;
    QTest::newRow("another member") << u"alice"_s << u"07T10:30"_s << u"BOOKING_NOT_FOUND"_s;
}

void TestBookingService::checkIn()
{
    QFETCH(QString, who);
    QFETCH(QString, now);
    QFETCH(QString, error);

    Site site;
    site.clock.set(berlin(now));
    QCOMPARE(outcome([&] { site.service.checkIn(actor(who), u"bob-10"_s); }), error);
    const Booking stored = *site.bookings.find(u"bob-10"_s);
    QCOMPARE(stored.checkedInAt.isValid(), error.isEmpty());
    if (error.isEmpty()) {
        QCOMPARE(stored.checkedInAt, berlin(now));
        // A second tap is no error and changes nothing (the kiosk's double tap).
        site.clock.advanceSecs(60);
        QCOMPARE(site.service.checkIn(actor(who), u"bob-10"_s).checkedInAt, berlin(now));
        QCOMPARE(site.bookings.events, QStringList{ EventTypes::BookingCheckedIn });
    }
}

void TestBookingService::visibility_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<bool>("seesBooking");
    QTest::addColumn<QString>("listError");
    QTest::addColumn<int>("listed"); // GET /bookings of coworking "cw" (not Dan's elsewhere)

    QTest::newRow("booker") << u"bob"_s << true << u"FORBIDDEN"_s << 0;
    QTest::newRow("manager") << u"manager"_s << true << QString() << 5;
    QTest::newRow("owner") << u"owner"_s << true << QString() << 5;
    QTest::newRow("admin") << u"admin"_s << true << QString() << 5;
    QTest::newRow("another member") << u"alice"_s << false << u"FORBIDDEN"_s << 0;
    QTest::newRow("another owner") << u"business2"_s << false << u"FORBIDDEN"_s << 0;
}

void TestBookingService::visibility()
{
    QFETCH(QString, who);
    QFETCH(bool, seesBooking);
    QFETCH(QString, listError);
    QFETCH(int, listed);

    Site site;
    QCOMPARE(outcome([&] { site.service.get(actor(who), u"bob-10"_s); }),
             seesBooking ? QString() : u"BOOKING_NOT_FOUND"_s);
    BookingQuery query;
    query.coworkingId = u"cw"_s;
    Page<BookingDetails> page;
    QCOMPARE(outcome([&] { page = site.service.list(actor(who), query, { 100, 0 }); }), listError);
    QCOMPARE(page.total, qint64(listed));
    for (const BookingDetails &item : std::as_const(page.items)) {
        QVERIFY(item.user.has_value()); // staff see who booked
        QVERIFY(item.spot.has_value());
    }
}

void TestBookingService::closureCreate_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QDate>("date");
    QTest::addColumn<QTime>("opensAt"); // invalid: closed all day
    QTest::addColumn<QTime>("closesAt");
    QTest::addColumn<bool>("cancelBookings");
    QTest::addColumn<QString>("error");
    QTest::addColumn<int>("conflicts"); // details.bookings of CLOSURE_CONFLICT
    QTest::addColumn<QStringList>("cancelled"); // bookings cancelled with reason "closure"

    const QDate day7(2030, 1, 7);
    const QDate day12(2030, 1, 12);
    const QStringList none;
    QTest::newRow("owner closes a free day")
            << u"owner"_s << day12 << QTime() << QTime() << false << QString() << 0 << none;
    QTest::newRow("manager closes a free day")
            << u"manager"_s << day12 << QTime() << QTime() << false << QString() << 0 << none;
    QTest::newRow("admin closes a free day")
            << u"admin"_s << day12 << QTime() << QTime() << false << QString() << 0 << none;
    QTest::newRow("member may not")
            << u"alice"_s << day12 << QTime() << QTime() << false << u"FORBIDDEN"_s << 0 << none;
    QTest::newRow("another owner may not") << u"business2"_s << day12 << QTime() << QTime() << false
                                           << u"FORBIDDEN"_s << 0 << none;
    QTest::newRow("nobody may not") << u"anonymous"_s << day12 << QTime() << QTime() << false
                                    << u"FORBIDDEN"_s << 0 << none;
    QTest::newRow("a date with a closure already")
            << u"owner"_s << QDate(2030, 1, 10) << QTime() << QTime() << false
            << u"CLOSURE_EXISTS"_s << 0 << none;
    QTest::newRow("closed over three bookings") << u"owner"_s << day7 << QTime() << QTime() << false
                                                << u"CLOSURE_CONFLICT"_s << 3 << none;
    QTest::newRow("closed over three bookings, cancelling them")
            << u"owner"_s << day7 << QTime() << QTime() << true << QString() << 0
            << QStringList{ u"alice-13"_s, u"bob-10"_s, u"dan-9"_s };
    QTest::newRow("special hours keep the morning")
            << u"owner"_s << day7 << QTime(9, 0) << QTime(12, 0) << false << u"CLOSURE_CONFLICT"_s
            << 1 << none;
    QTest::newRow("special hours, cancelling the afternoon")
            << u"manager"_s << day7 << QTime(9, 0) << QTime(12, 0) << true << QString() << 0
            << QStringList{ u"alice-13"_s };
    QTest::newRow("special hours around every booking")
            << u"owner"_s << day7 << QTime(9, 0) << QTime(14, 0) << false << QString() << 0 << none;
}

void TestBookingService::closureCreate()
{
    QFETCH(QString, who);
    QFETCH(QDate, date);
    QFETCH(QTime, opensAt);
    QFETCH(QTime, closesAt);
    QFETCH(bool, cancelBookings);
    QFETCH(QString, error);
    QFETCH(int, conflicts);
    QFETCH(QStringList, cancelled);

    Site site;
    const ClosureRequest request{ date, opensAt, closesAt, u"Works"_s };
    QStringList got;
    int gotConflicts = 0;
    QString code;
    try {
        site.closureService.create(actor(who), u"cw"_s, request, cancelBookings, &got);
    } catch (const AppError &e) {
        code = e.code();
        gotConflicts = e.details().value(keys::Bookings).toInt();
    }
    QCOMPARE(code, error);
    QCOMPARE(gotConflicts, conflicts);
    got.sort();
    QCOMPARE(got, cancelled);
    const QList<Closure> stored = site.closures.list(u"cw"_s, date, date);
    if (!error.isEmpty()) {
        // Nothing written: no new closure, no booking cancelled.
        QVERIFY(stored.isEmpty() || stored.first().id == u"c10");
        QCOMPARE(site.bookings.events, QStringList());
        return;
    }
    QCOMPARE(stored.size(), 1);
    QCOMPARE(stored.first().opensAt, opensAt);
    QCOMPARE(stored.first().reason, u"Works"_s);
    QCOMPARE(site.bookings.events.size(), cancelled.size());
    QCOMPARE(site.outcomes.cancelled, int(cancelled.size()));
    for (const QString &id : std::as_const(cancelled)) {
        const Booking b = *site.bookings.find(id);
        QCOMPARE(toString(b.status), toString(BookingStatus::Cancelled));
        QCOMPARE(b.cancelReason, CancelReasons::Closure);
        QCOMPARE(b.cancelNote, u"Works"_s);
    }
    // The day now follows the closure: a booking that the old hours allowed is refused. desk1 is
    // free from 9 to 10 on the 7th (bob-10 begins when it ends).
    BookingRequest booking;
    booking.spotId = uid(u"desk1"_s);
    booking.range = { QDateTime(date, QTime(9, 0), QTimeZone("Europe/Berlin")),
                      QDateTime(date, QTime(10, 0), QTimeZone("Europe/Berlin")) };
    const QString expected = !opensAt.isValid() ? u"COWORKING_CLOSED"_s
            : opensAt <= QTime(9, 0)            ? QString()
                                                : u"OUTSIDE_OPENING_HOURS"_s;
    QCOMPARE(outcome([&] { site.service.create(actor(u"bob"_s), booking); }), expected);
}

void TestBookingService::closureRemove_data()
{
    QTest::addColumn<QString>("who");
    QTest::addColumn<QString>("coworking");
    QTest::addColumn<QString>("closure");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner") << u"owner"_s << u"cw"_s << u"c10"_s << QString();
    QTest::newRow("manager") << u"manager"_s << u"cw"_s << u"c10"_s << QString();
    QTest::newRow("admin") << u"admin"_s << u"cw"_s << u"c10"_s << QString();
    QTest::newRow("member") << u"alice"_s << u"cw"_s << u"c10"_s << u"FORBIDDEN"_s;
    QTest::newRow("unknown closure") << u"owner"_s << u"cw"_s << u"c99"_s << u"CLOSURE_NOT_FOUND"_s;
    QTest::newRow("through another coworking")
            << u"business2"_s << u"elsewhere"_s << u"c10"_s << u"CLOSURE_NOT_FOUND"_s;
}

void TestBookingService::closureRemove()
{
    QFETCH(QString, who);
    QFETCH(QString, coworking);
    QFETCH(QString, closure);
    QFETCH(QString, error);

    Site site;
    QCOMPARE(outcome([&] { site.closureService.remove(actor(who), coworking, closure); }), error);
    const bool kept = site.closures.find(u"cw"_s, u"c10"_s).has_value();
    QCOMPARE(kept, !error.isEmpty());
    // Open again once the closure is gone.
    BookingRequest booking;
    booking.spotId = uid(u"desk1"_s);
    booking.range = { berlin(u"10T09:00"_s), berlin(u"10T10:00"_s) };
    QCOMPARE(outcome([&] { site.service.create(actor(u"bob"_s), booking); }),
             kept ? u"COWORKING_CLOSED"_s : QString());
}

void TestBookingService::closureList()
{
    Site site;
    // Anyone, signed in or not; both days in a range, neither outside it.
    const QList<Closure> both = site.closureService.list(u"cw"_s, u"2030-01-10"_s, u"2030-01-11"_s);
    QCOMPARE(both.size(), 2);
    QCOMPARE(both.at(0).id, u"c10"_s);
    QVERIFY(both.at(0).closedAllDay());
    QCOMPARE(both.at(1).closesAt, QTime(16, 0));
    QCOMPARE(site.closureService.list(u"cw"_s, u"2030-01-11"_s, u"2030-01-11"_s).size(), 1);
    QCOMPARE(site.closureService.list(u"cw"_s, u"2030-01-12"_s, u"2030-02-12"_s).size(), 0);
    QCOMPARE(outcome([&] { site.closureService.list(u"cw"_s, std::nullopt, u"2030-01-11"_s); }),
             u"VALIDATION_ERROR"_s);
    QCOMPARE(outcome([&] { site.closureService.list(u"cw"_s, u"2030-01-11"_s, u"2030-01-10"_s); }),
             u"VALIDATION_ERROR"_s);
    QCOMPARE(outcome([&] { site.closureService.list(u"cw"_s, u"2030-01-01"_s, u"2031-01-02"_s); }),
             u"VALIDATION_ERROR"_s);
    QCOMPARE(
            outcome([&] { site.closureService.list(u"none"_s, u"2030-01-01"_s, u"2030-01-02"_s); }),
            u"COWORKING_NOT_FOUND"_s);
}

void TestBookingService::freeTimesFollowSpecialHours()
{
    Site site;
    // A booking on the short day: its free times are that day's special hours around it.
    BookingRequest request;
    request.spotId = uid(u"desk1"_s);
    request.range = { berlin(u"11T13:00"_s), berlin(u"11T14:00"_s) };
    const Booking b = site.service.create(actor(u"alice"_s), request);
    const QList<TimeRange> free = site.service.availableTimes(actor(u"alice"_s), b.id);
    QCOMPARE(free.size(), 2);
    QCOMPARE(free.at(0).from, berlin(u"11T12:00"_s));
    QCOMPARE(free.at(0).until, berlin(u"11T13:00"_s));
    QCOMPARE(free.at(1).from, berlin(u"11T14:00"_s));
    QCOMPARE(free.at(1).until, berlin(u"11T16:00"_s));
}

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
