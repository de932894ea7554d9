// CoworkingService on in-memory fakes of its ports: who may create, change and delete a
// coworking and its managers, what deleting does to the bookings in it, and the timeline's window.
// Table-driven, no database and no HTTP: the rules alone.
#include "access/accesspolicy.h"
#include "common/clock.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingservice.h"
#include "events/outboxevent.h"

#include "fakes/memoryrepositories.h"
#include "fakes/servicetest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::test;

namespace {

const QDateTime kNow(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc());

// Coworking "cw" of "owner", managed by "manager", with desks "d1" and "d2"; users "alice" and
// "bob" exist. Alice holds d1 tomorrow; Bob held d2 yesterday (ended).
struct Site
{
    MemoryCoworkings coworkings;
    MemoryUsers users;
    MemoryBookings bookings;
    MemorySpots spots{ coworkings, bookings };
    AccessPolicy access{ coworkings };
    ManualClock clock{ kNow };
    CoworkingService service{ coworkings, spots, users, bookings, access, clock };

    Site()
    {
        Coworking cw;
        cw.id = u"cw"_s;
        cw.ownerId = u"owner"_s;
        cw.name = u"Loft"_s;
        cw.opensAt = QTime(8, 0);
        cw.closesAt = QTime(20, 0);
        coworkings.insert(cw);
        coworkings.addManager(u"cw"_s, u"manager"_s);
        spots.insertMany({ Spot{ u"d1"_s, u"cw"_s, u"Desk 1"_s, {}, 1, true, {} },
                           Spot{ u"d2"_s, u"cw"_s, u"Desk 2"_s, {}, 2, true, {} } });
        for (const QString &id : { u"alice"_s, u"bob"_s, u"manager"_s })
            users.insert(userNamed(id));
        book(u"alice-tomorrow"_s, u"alice"_s, u"d1"_s, kNow.addDays(1), 60);
        book(u"bob-yesterday"_s, u"bob"_s, u"d2"_s, kNow.addDays(-1), 60);
        bookings.events.clear();
    }

    void book(const QString &id, const QString &user, const QString &spot, const QDateTime &from,
              int minutes)
    {
        Booking b;
        b.id = id;
        b.userId = user;
        b.spotId = spot;
        b.coworkingId = u"cw"_s;
        b.range = { from, from.addSecs(minutes * 60) };
        QCOMPARE(bookings.create(b, 100, from.addDays(-2), {}, OverlapScope::AnyCoworking),
                 BookingWriteResult::Ok);
    }
};

CoworkingPatch named(const QString &name)
{
    CoworkingPatch patch;
    patch.name = name;
    patch.opensAt = QTime(9, 0);
    patch.closesAt = QTime(18, 0);
    patch.timezone = u"Europe/Berlin"_s;
    return patch;
}

} // namespace

class TestCoworkingService : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void update_data();
    void update();
    void remove_data();
    void remove();
    void managers_data();
    void managers();
    void staffed_data();
    void staffed();
    void timelineWindow_data();
    void timelineWindow();
    void timelineContents();
};

void TestCoworkingService::create_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<int>("minDuration");
    QTest::addColumn<int>("maxDuration");
    QTest::addColumn<QString>("error");

    QTest::newRow("business account") << u"business1"_s << 15 << 120 << QString();
    QTest::newRow("admin") << u"admin"_s << 15 << 120 << QString();
    QTest::newRow("ordinary member") << u"alice"_s << 15 << 120 << u"FORBIDDEN"_s;
    QTest::newRow("anonymous") << u"anonymous"_s << 15 << 120 << u"UNAUTHORIZED"_s;
    QTest::newRow("maximum below minimum") << u"business1"_s << 60 << 30 << u"VALIDATION_ERROR"_s;
    QTest::newRow("maximum equal to minimum") << u"business1"_s << 60 << 60 << QString();
}

void TestCoworkingService::create()
{
    QFETCH(QString, actor);
    QFETCH(int, minDuration);
    QFETCH(int, maxDuration);
    QFETCH(QString, error);

    Site site;
    CoworkingPatch patch = named(u"Studio"_s);
    patch.policy.minDurationMinutes = minDuration;
    patch.policy.maxDurationMinutes = maxDuration;
    Coworking created;
    QCOMPARE(outcome([&] { created = site.service.create(actorNamed(actor), patch); }), error);
    QCOMPARE(site.coworkings.list({}, { 100, 0 }).total, qint64(error.isEmpty() ? 2 : 1));
    if (error.isEmpty()) {
        const Coworking stored = *site.coworkings.find(created.id);
        QCOMPARE(stored.ownerId, actor); // the creator owns it
        QCOMPARE(stored.timezone, u"Europe/Berlin"_s);
        QCOMPARE(stored.policy.minDurationMinutes, minDuration);
        QCOMPARE(stored.createdAt, kNow);
    }
}

void TestCoworkingService::update_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("coworking");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner") << u"owner"_s << u"cw"_s << QString();
    QTest::newRow("admin") << u"admin"_s << u"cw"_s << QString();
    QTest::newRow("manager is staff, not owner") << u"manager"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("another business") << u"business2"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("member") << u"alice"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("unknown coworking") << u"admin"_s << u"none"_s << u"COWORKING_NOT_FOUND"_s;
}

void TestCoworkingService::update()
{
    QFETCH(QString, actor);
    QFETCH(QString, coworking);
    QFETCH(QString, error);

    Site site;
    CoworkingPatch rename;
    rename.name = u"Renamed"_s;
    rename.policy.slotMinutes = 30;
    QCOMPARE(outcome([&] { site.service.update(actorNamed(actor), coworking, rename); }), error);
    const Coworking stored = *site.coworkings.find(u"cw"_s);
    QCOMPARE(stored.name, error.isEmpty() ? u"Renamed"_s : u"Loft"_s);
    QCOMPARE(stored.policy.slotMinutes, error.isEmpty() ? 30 : BookingPolicy().slotMinutes);
    QCOMPARE(stored.opensAt, QTime(8, 0)); // a patch leaves what it does not name
}

void TestCoworkingService::remove_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<bool>("force");
    QTest::addColumn<bool>("withUpcoming");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner, nothing upcoming") << u"owner"_s << false << false << QString();
    QTest::newRow("owner, upcoming, no force")
            << u"owner"_s << false << true << u"HAS_ACTIVE_BOOKINGS"_s;
    QTest::newRow("owner, upcoming, force") << u"owner"_s << true << true << QString();
    QTest::newRow("admin, upcoming, force") << u"admin"_s << true << true << QString();
    QTest::newRow("manager") << u"manager"_s << true << true << u"FORBIDDEN"_s;
    QTest::newRow("member") << u"alice"_s << true << false << u"FORBIDDEN"_s;
}

void TestCoworkingService::remove()
{
    QFETCH(QString, actor);
    QFETCH(bool, force);
    QFETCH(bool, withUpcoming);
    QFETCH(QString, error);

    Site site;
    if (!withUpcoming)
        site.bookings.cancel(u"alice-tomorrow"_s, CancelReasons::User, {}, { u"alice"_s, kNow });
    site.bookings.events.clear();

    QCOMPARE(outcome([&] { site.service.remove(actorNamed(actor), u"cw"_s, force); }), error);
    QCOMPARE(site.coworkings.find(u"cw"_s).has_value(), !error.isEmpty());
    const Booking upcoming = *site.bookings.find(u"alice-tomorrow"_s);
    const Booking ended = *site.bookings.find(u"bob-yesterday"_s);
    QCOMPARE(toString(ended.status), toString(BookingStatus::Active)); // history is not rewritten
    if (error.isEmpty() && withUpcoming) {
        // The holder is told (one booking.cancelled event) before the coworking goes.
        QCOMPARE(toString(upcoming.status), toString(BookingStatus::Cancelled));
        QCOMPARE(upcoming.cancelReason, CancelReasons::CoworkingDeleted);
        QCOMPARE(site.bookings.events, QStringList{ EventTypes::BookingCancelled });
    } else {
        QCOMPARE(site.bookings.events, QStringList());
    }
}

void TestCoworkingService::managers_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner adds a user") << u"owner"_s << u"alice"_s << QString();
    QTest::newRow("admin adds a user") << u"admin"_s << u"alice"_s << QString();
    QTest::newRow("adding twice is no error") << u"owner"_s << u"manager"_s << QString();
    QTest::newRow("unknown user") << u"owner"_s << u"ghost"_s << u"USER_NOT_FOUND"_s;
    QTest::newRow("a manager cannot add managers") << u"manager"_s << u"alice"_s << u"FORBIDDEN"_s;
    QTest::newRow("a member cannot add managers") << u"alice"_s << u"alice"_s << u"FORBIDDEN"_s;
}

void TestCoworkingService::managers()
{
    QFETCH(QString, actor);
    QFETCH(QString, user);
    QFETCH(QString, error);

    Site site;
    const bool before = site.coworkings.isManager(u"cw"_s, user);
    QCOMPARE(outcome([&] { site.service.addManager(actorNamed(actor), u"cw"_s, user); }), error);
    QCOMPARE(site.coworkings.isManager(u"cw"_s, user), error.isEmpty() || before);
    if (!error.isEmpty())
        return;
    // The new manager is staff now: the access policy sees it.
    QVERIFY(site.access.isStaff(actorNamed(user), *site.coworkings.find(u"cw"_s)));
    site.service.removeManager(actorNamed(actor), u"cw"_s, user);
    QVERIFY(!site.coworkings.isManager(u"cw"_s, user));
    site.service.removeManager(actorNamed(actor), u"cw"_s, user); // idempotent
}

void TestCoworkingService::staffed_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QStringList>("coworkings"); // "<id>:<owner|manager>", by name
    QTest::addColumn<QString>("error");

    QTest::newRow("owner") << u"owner"_s << QStringList{ u"cw:owner"_s, u"studio:owner"_s }
                           << QString();
    QTest::newRow("manager") << u"manager"_s << QStringList{ u"cw:manager"_s } << QString();
    QTest::newRow("member") << u"alice"_s << QStringList{} << QString();
    QTest::newRow("admin runs none of them") << u"admin"_s << QStringList{} << QString();
    QTest::newRow("anonymous") << u"anonymous"_s << QStringList{} << u"UNAUTHORIZED"_s;
}

void TestCoworkingService::staffed()
{
    QFETCH(QString, actor);
    QFETCH(QStringList, coworkings);
    QFETCH(QString, error);

    Site site;
    Coworking studio = *site.coworkings.find(u"cw"_s);
    studio.id = u"studio"_s;
    studio.name = u"Studio"_s; // after "Loft" by name, though inserted later
    site.coworkings.insert(studio);
    Coworking other = studio;
    other.id = u"other"_s;
    other.ownerId = u"business2"_s;
    site.coworkings.insert(other);

    QList<StaffedCoworking> result;
    QCOMPARE(outcome([&] { result = site.service.staffed(actorNamed(actor)); }), error);
    QStringList got;
    for (const StaffedCoworking &s : std::as_const(result))
        got.append(s.coworking.id + (s.owner ? u":owner"_s : u":manager"_s));
    QCOMPARE(got, coworkings);
}

void TestCoworkingService::timelineWindow_data()
{
    QTest::addColumn<int>("fromHours"); // from now; -1: not given
    QTest::addColumn<int>("untilHours");
    QTest::addColumn<QString>("error");

    QTest::newRow("one day") << 0 << 24 << QString();
    QTest::newRow("exactly seven days") << 0 << 7 * 24 << QString();
    QTest::newRow("longer than seven days") << 0 << 7 * 24 + 1 << u"VALIDATION_ERROR"_s;
    QTest::newRow("empty window") << 5 << 5 << u"VALIDATION_ERROR"_s;
    QTest::newRow("reversed window") << 5 << 1 << u"VALIDATION_ERROR"_s;
    QTest::newRow("no start") << -1 << 5 << u"VALIDATION_ERROR"_s;
    QTest::newRow("no end") << 0 << -1 << u"VALIDATION_ERROR"_s;
}

void TestCoworkingService::timelineWindow()
{
    QFETCH(int, fromHours);
    QFETCH(int, untilHours);
    QFETCH(QString, error);

    Site site;
    const auto at = [](int hours) {
        return hours < 0 ? std::nullopt : std::optional(kNow.addSecs(hours * 3600));
    };
    QCOMPARE(outcome([&] {
                 site.service.timeline(actorNamed(u"alice"_s), u"cw"_s, at(fromHours),
                                       at(untilHours));
             }),
             error);
}

void TestCoworkingService::timelineContents()
{
    Site site;
    const Timeline forMember =
            site.service.timeline(actorNamed(u"bob"_s), u"cw"_s, kNow, kNow.addDays(2));
    QVERIFY(!forMember.staff);
    QCOMPARE(forMember.spots.size(), 2); // every spot, busy or not, in floor order
    QCOMPARE(forMember.spots.at(0).spotId, u"d1"_s);
    QCOMPARE(forMember.spots.at(0).busy.size(), 1);
    QCOMPARE(forMember.spots.at(0).busy.at(0).id, u"alice-tomorrow"_s);
    QVERIFY(forMember.spots.at(1).busy.isEmpty()); // Bob's ended before the window
    QVERIFY(site.service.timeline(actorNamed(u"manager"_s), u"cw"_s, kNow, kNow.addDays(2)).staff);
    QCOMPARE(outcome([&] {
                 site.service.timeline(actorNamed(u"bob"_s), u"none"_s, kNow, kNow.addDays(1));
             }),
             u"COWORKING_NOT_FOUND"_s);
}

QTEST_GUILESS_MAIN(TestCoworkingService)
#include "tst_coworkingservice.moc"
