#include "clienttest.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include "bookings/bookingcode.h"

#include <QJsonArray>

using namespace coworking;
using namespace coworking::client;
using namespace coworking::test;

namespace {

// A 1×1 PNG: the server checks uploads by content.
QByteArray png()
{
    return QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhf"
                                  "DwAChwGA60e6kgAAAABJRU5ErkJggg==");
}

} // namespace

// Every resource family of the API through the client: typed values out, typed errors with the
// server's codes and fields. One site for all, built through the client itself.
class TestClientResources : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void users();
    void coworkings();
    void spots();
    void options();
    void bookings();
    void bookingErrorsAreTyped();
    void bookingByCode();
    void notifications();
    void admin();
    void storage();
    void system();
    void stats();
    void exportCsv();
    void closures();
    void calendar();
    void seriesNotServedYet();

private:
    std::unique_ptr<CoworkingClient> signedIn(const Person &who);
    // A member of their own for a test, so that the per-user booking limits of one test do not
    // reach into the next.
    std::unique_ptr<CoworkingClient> freshMember(Person *who);
    NewBooking booking(const QString &spotId, int day, int fromHour, int untilHour) const;

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_admin, m_owner, m_member;
    std::unique_ptr<CoworkingClient> m_asAdmin, m_asOwner, m_asMember;
    QString m_coworking;
    QStringList m_spots;
};

std::unique_ptr<CoworkingClient> TestClientResources::signedIn(const Person &who)
{
    auto c = std::make_unique<CoworkingClient>(serverUrl(*m_h));
    const auto r = await<User>([&](QObject *ctx, auto done) {
        c->auth().login(who.email, u"password123"_s, false, ctx, done);
    });
    if (!r.ok())
        qFatal("sign-in failed: %s", describe(r).constData());
    return c;
}

std::unique_ptr<CoworkingClient> TestClientResources::freshMember(Person *who)
{
    *who = m_site->person();
    return signedIn(*who);
}

NewBooking TestClientResources::booking(const QString &spotId, int day, int fromHour,
                                        int untilHour) const
{
    return NewBooking{ spotId, TimeRange{ utc(day, fromHour), utc(day, untilHour) }, {}, {} };
}

void TestClientResources::initTestCase()
{
    m_h = std::make_unique<ApiHarness>();
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_admin = m_site->person(false, true);
    m_owner = m_site->person(true);
    m_member = m_site->person();
    m_asAdmin = signedIn(m_admin);
    m_asOwner = signedIn(m_owner);
    m_asMember = signedIn(m_member);
    const auto created = await<Coworking>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().create(QJsonObject{ { u"name"_s, u"Client Hub"_s },
                                                    { u"description"_s, u"For the client"_s },
                                                    { u"address"_s, u"Main street 1"_s },
                                                    { u"opens_at"_s, u"08:00"_s },
                                                    { u"closes_at"_s, u"20:00"_s },
                                                    { u"timezone"_s, u"Europe/Moscow"_s } },
                                       ctx, done);
    });
    QVERIFY_OK(created);
    QCOMPARE(created.value().ownerId, m_owner.id);
    QCOMPARE(created.value().opensAt, QTime(8, 0));
    QCOMPARE(created.value().timezone, u"Europe/Moscow"_s);
    m_coworking = created.value().id;
    const auto spots = await<QList<Spot>>([&](QObject *ctx, auto done) {
        m_asOwner->spots().create(m_coworking,
                                  { QJsonObject{ { u"name"_s, u"Desk 1"_s },
                                                 { u"map"_s,
                                                   QJsonObject{ { u"x"_s, 10 },
                                                                { u"y"_s, 20 },
                                                                { u"width"_s, 30 },
                                                                { u"height"_s, 40 },
                                                                { u"rotation"_s, 90 } } } },
                                    QJsonObject{ { u"name"_s, u"Desk 2"_s } },
                                    QJsonObject{ { u"name"_s, u"Desk 3"_s } } },
                                  ctx, done);
    });
    QVERIFY_OK(spots);
    QCOMPARE(spots.value().size(), 3);
    QVERIFY(spots.value().at(0).map.has_value());
    QCOMPARE(spots.value().at(0).map->rotation, 90.0);
    QVERIFY(!spots.value().at(1).map.has_value());
    for (const Spot &s : spots.value())
        m_spots.append(s.id);
}

void TestClientResources::cleanupTestCase()
{
    m_asAdmin.reset();
    m_asOwner.reset();
    m_asMember.reset();
    m_site.reset();
    m_h.reset();
    QCOMPARE(g_synchronousCallbacks, 0);
}

void TestClientResources::users()
{
    CoworkingClient anonymous(serverUrl(*m_h));
    const QJsonObject newUser{ { u"email"_s, u"new@example.com"_s },
                               { u"full_name"_s, u"New Person"_s },
                               { u"password"_s, u"password123"_s } };
    const auto registered = await<User>(
            [&](QObject *ctx, auto done) { anonymous.users().registerUser(newUser, ctx, done); });
    QVERIFY_OK(registered);
    QCOMPARE(registered.value().fullName, u"New Person"_s);
    QVERIFY(registered.value().createdAt.isValid());
    const auto taken = await<User>(
            [&](QObject *ctx, auto done) { anonymous.users().registerUser(newUser, ctx, done); });
    QCOMPARE(taken.error().status, 409);
    QCOMPARE(taken.error().code, u"EMAIL_TAKEN"_s);
    const auto invalid = await<User>([&](QObject *ctx, auto done) {
        anonymous.users().registerUser(QJsonObject{ { u"email"_s, u"not-an-email"_s },
                                                    { u"full_name"_s, u""_s },
                                                    { u"password"_s, u"short"_s } },
                                       ctx, done);
    });
    QCOMPARE(invalid.error().status, 422);
    QCOMPARE(invalid.error().code, u"VALIDATION_ERROR"_s);
    QVERIFY(invalid.error().fields.size() >= 3);
    QVERIFY(!invalid.error().fieldMessage(u"password"_s).isEmpty());
    QVERIFY(!invalid.error().fieldMessage(u"email"_s).isEmpty());

    const auto me =
            await<User>([&](QObject *ctx, auto done) { m_asMember->users().me(ctx, done); });
    QVERIFY_OK(me);
    QCOMPARE(me.value().email, m_member.email);
    const auto renamed = await<User>([&](QObject *ctx, auto done) {
        m_asMember->users().updateMe(QJsonObject{ { u"full_name"_s, u"Member Renamed"_s } }, ctx,
                                     done);
    });
    QCOMPARE(renamed.value().fullName, u"Member Renamed"_s);
    const auto avatar = await<User>([&](QObject *ctx, auto done) {
        m_asMember->users().uploadAvatar(png(), "image/png", ctx, done);
    });
    QVERIFY_OK(avatar);
    QVERIFY(!avatar.value().avatarUrl.isEmpty());

    const auto found = await<Page<User>>([&](QObject *ctx, auto done) {
        m_asAdmin->users().search(u"new@"_s, {}, { 10, 0 }, ctx, done);
    });
    QVERIFY_OK(found);
    QCOMPARE(found.value().total, 1);
    QCOMPARE(found.value().items.at(0).id, registered.value().id);
    const auto byEmail = await<Page<User>>([&](QObject *ctx, auto done) {
        m_asOwner->users().search({}, m_member.email, {}, ctx, done);
    });
    QVERIFY_OK(byEmail);
    QCOMPARE(byEmail.value().items.size(), 1);
    const auto got = await<User>([&](QObject *ctx, auto done) {
        m_asAdmin->users().get(registered.value().id, ctx, done);
    });
    QCOMPARE(got.value().email, u"new@example.com"_s);
    const auto promoted = await<User>([&](QObject *ctx, auto done) {
        m_asAdmin->users().update(registered.value().id, QJsonObject{ { u"is_business"_s, true } },
                                  ctx, done);
    });
    QVERIFY(promoted.value().isBusiness);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asAdmin->users().ban(registered.value().id, ctx, done);
    }));
    QVERIFY(await<User>([&](QObject *ctx, auto done) {
                m_asAdmin->users().get(registered.value().id, ctx, done);
            })
                    .value()
                    .isBanned);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asAdmin->users().unban(registered.value().id, ctx, done);
    }));
    const auto notAdmin = await<Done>([&](QObject *ctx, auto done) {
        m_asMember->users().ban(registered.value().id, ctx, done);
    });
    QCOMPARE(notAdmin.error().status, 403);

    const auto mine = await<Page<BookingDetails>>([&](QObject *ctx, auto done) {
        m_asMember->users().myBookings(std::nullopt, {}, ctx, done);
    });
    QVERIFY_OK(mine);
}

void TestClientResources::coworkings()
{
    const auto listed = await<Page<Coworking>>([&](QObject *ctx, auto done) {
        m_asMember->coworkings().list(u"Client"_s, { 10, 0 }, ctx, done);
    });
    QVERIFY_OK(listed);
    QCOMPARE(listed.value().total, 1);
    QCOMPARE(listed.value().items.at(0).id, m_coworking);
    const auto updated = await<Coworking>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().update(
                m_coworking,
                QJsonObject{ { u"booking_policy"_s, QJsonObject{ { u"slot_minutes"_s, 30 } } } },
                ctx, done);
    });
    QVERIFY_OK(updated);
    QCOMPARE(updated.value().policy.slotMinutes, 30);
    QCOMPARE(updated.value().policy.maxDurationMinutes, 720);

    const auto image = await<CoworkingImage>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().addImage(m_coworking, png(), "image/png", ctx, done);
    });
    QVERIFY_OK(image);
    const auto withImage = await<Coworking>(
            [&](QObject *ctx, auto done) { m_asMember->coworkings().get(m_coworking, ctx, done); });
    QCOMPARE(withImage.value().images.size(), 1);
    QCOMPARE(withImage.value().images.at(0).url, image.value().url);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().removeImage(m_coworking, image.value().id, ctx, done);
    }));
    const auto planned = await<Coworking>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().uploadFloorPlan(m_coworking, png(), "image/png", ctx, done);
    });
    QVERIFY_OK(planned);
    QVERIFY(!planned.value().floorPlanUrl.isEmpty());
    QVERIFY(planned.value().images.isEmpty());
    const auto notOwner = await<Coworking>([&](QObject *ctx, auto done) {
        m_asMember->coworkings().uploadFloorPlan(m_coworking, png(), "image/png", ctx, done);
    });
    QCOMPARE(notOwner.error().status, 403);

    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().addManager(m_coworking, m_member.id, ctx, done);
    }));
    const auto managers = await<QList<User>>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().managers(m_coworking, ctx, done);
    });
    QCOMPARE(managers.value().size(), 1);
    QCOMPARE(managers.value().at(0).id, m_member.id);
    // The member now runs the coworking as a manager; its owner as the owner.
    const auto asManager = await<QList<StaffedCoworking>>(
            [&](QObject *ctx, auto done) { m_asMember->coworkings().mine(ctx, done); });
    QVERIFY_OK(asManager);
    QCOMPARE(asManager.value().size(), 1);
    QCOMPARE(asManager.value().at(0).coworking.id, m_coworking);
    QVERIFY(!asManager.value().at(0).owner);
    const auto asOwner = await<QList<StaffedCoworking>>(
            [&](QObject *ctx, auto done) { m_asOwner->coworkings().mine(ctx, done); });
    QVERIFY_OK(asOwner);
    QVERIFY(std::any_of(
            asOwner.value().cbegin(), asOwner.value().cend(),
            [&](const StaffedCoworking &s) { return s.coworking.id == m_coworking && s.owner; }));
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().removeManager(m_coworking, m_member.id, ctx, done);
    }));
    QVERIFY(await<QList<User>>([&](QObject *ctx, auto done) {
                m_asOwner->coworkings().managers(m_coworking, ctx, done);
            })
                    .value()
                    .isEmpty());

    // The timeline shows a booking on its spot, with whose it is for staff only.
    const auto booked = await<Booking>([&](QObject *ctx, auto done) {
        m_asMember->bookings().create(booking(m_spots[2], 8, 9, 10), {}, ctx, done);
    });
    QVERIFY_OK(booked);
    const auto timeline = await<QList<SpotTimeline>>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().timeline(m_coworking, utc(8, 0), utc(9, 0), ctx, done);
    });
    QVERIFY_OK(timeline);
    QCOMPARE(timeline.value().size(), 3);
    bool found = false;
    for (const SpotTimeline &t : timeline.value()) {
        if (t.spotId != m_spots[2])
            continue;
        QCOMPARE(t.busy.size(), 1);
        QCOMPARE(t.busy.at(0).range, booked.value().range);
        QCOMPARE(t.busy.at(0).id, booked.value().id);
        QCOMPARE(t.busy.at(0).userId, m_member.id);
        found = true;
    }
    QVERIFY(found);

    // A second coworking goes away with its future booking only when forced.
    const auto other = await<Coworking>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().create(QJsonObject{ { u"name"_s, u"Short-lived"_s },
                                                    { u"address"_s, u"Side street 2"_s },
                                                    { u"opens_at"_s, u"08:00"_s },
                                                    { u"closes_at"_s, u"20:00"_s },
                                                    { u"timezone"_s, u"Europe/Moscow"_s } },
                                       ctx, done);
    });
    QVERIFY_OK(other);
    const QStringList otherSpots = m_site->spots(m_owner, other.value().id, 1);
    QVERIFY_OK(await<Booking>([&](QObject *ctx, auto done) {
        m_asMember->bookings().create(booking(otherSpots[0], 8, 11, 12), {}, ctx, done);
    }));
    const auto refused = await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().remove(other.value().id, false, ctx, done);
    });
    QCOMPARE(refused.error().status, 409);
    QCOMPARE(refused.error().code, u"HAS_ACTIVE_BOOKINGS"_s);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().remove(other.value().id, true, ctx, done);
    }));
    const auto gone = await<Coworking>([&](QObject *ctx, auto done) {
        m_asMember->coworkings().get(other.value().id, ctx, done);
    });
    QCOMPARE(gone.error().status, 404);
}

void TestClientResources::spots()
{
    Person member;
    auto asMember = freshMember(&member);
    QVERIFY_OK(await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 9, 9, 10), {}, ctx, done);
    }));
    const auto availability = await<QList<SpotAvailability>>([&](QObject *ctx, auto done) {
        asMember->spots().list(m_coworking, utc(9, 9), utc(9, 10), ctx, done);
    });
    QVERIFY_OK(availability);
    QCOMPARE(availability.value().size(), 3);
    for (const SpotAvailability &a : availability.value()) {
        QCOMPARE(a.free, a.spot.id != m_spots[0]);
        QVERIFY(a.spot.active); // its own status, not the window's
    }
    const auto renamed = await<Spot>([&](QObject *ctx, auto done) {
        m_asOwner->spots().update(m_spots[1], QJsonObject{ { u"name"_s, u"Window desk"_s } }, ctx,
                                  done);
    });
    QCOMPARE(renamed.value().name, u"Window desk"_s);
    const auto got = await<Spot>(
            [&](QObject *ctx, auto done) { asMember->spots().get(m_spots[0], ctx, done); });
    QCOMPARE(got.value().map->width, 30.0);
    QCOMPARE(got.value().coworkingId, m_coworking);
    const auto none = await<BookingDetails>([&](QObject *ctx, auto done) {
        m_asOwner->spots().currentBooking(m_spots[0], ctx, done);
    });
    QCOMPARE(none.error().status, 404);

    // A booking in progress now (the harness's clock: 06:00 UTC on the 7th is 09:00 in Moscow).
    const auto now = await<Booking>([&](QObject *ctx, auto done) {
        NewBooking b = booking(m_spots[1], 7, 6, 7);
        b.userId = member.id;
        m_asOwner->bookings().create(b, {}, ctx, done);
    });
    QVERIFY_OK(now);
    const auto current = await<BookingDetails>([&](QObject *ctx, auto done) {
        m_asOwner->spots().currentBooking(m_spots[1], ctx, done);
    });
    QVERIFY_OK(current);
    QCOMPARE(current.value().booking.id, now.value().id);
    QVERIFY(current.value().user.has_value());
    QCOMPARE(current.value().user->id, member.id);

    const auto extra = await<QList<Spot>>([&](QObject *ctx, auto done) {
        m_asOwner->spots().create(m_coworking, { QJsonObject{ { u"name"_s, u"Spare"_s } } }, ctx,
                                  done);
    });
    QVERIFY_OK(extra);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->spots().remove(extra.value().at(0).id, false, ctx, done);
    }));
}

void TestClientResources::options()
{
    const auto created = await<Option>([&](QObject *ctx, auto done) {
        m_asOwner->options().create(m_coworking, u"Monitor"_s, ctx, done);
    });
    QVERIFY_OK(created);
    QCOMPARE(created.value().name, u"Monitor"_s);
    const auto listed = await<QList<Option>>(
            [&](QObject *ctx, auto done) { m_asMember->options().list(m_coworking, ctx, done); });
    QCOMPARE(listed.value().size(), 1);
    QCOMPARE(listed.value().at(0).id, created.value().id);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->options().remove(created.value().id, ctx, done);
    }));
    QVERIFY(await<QList<Option>>([&](QObject *ctx, auto done) {
                m_asMember->options().list(m_coworking, ctx, done);
            })
                    .value()
                    .isEmpty());
}

void TestClientResources::bookings()
{
    Person member;
    auto asMember = freshMember(&member);
    const auto option = await<Option>([&](QObject *ctx, auto done) {
        m_asOwner->options().create(m_coworking, u"Locker"_s, ctx, done);
    });
    QVERIFY_OK(option);
    const auto pre = await<PrecheckOutcome>([&](QObject *ctx, auto done) {
        asMember->bookings().precheck(booking(m_spots[0], 10, 8, 9), ctx, done);
    });
    QVERIFY_OK(pre);
    QVERIFY(pre.value().ok);

    const auto created = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 10, 8, 9), u"key-1"_s, ctx, done);
    });
    QVERIFY_OK(created);
    const Booking &b = created.value();
    QCOMPARE(b.userId, member.id);
    QCOMPARE(b.coworkingId, m_coworking);
    QCOMPARE(b.range.from, utc(10, 8));
    QVERIFY(b.status == BookingStatus::Active);
    // The same idempotency key answers the first booking again.
    const auto again = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 10, 8, 9), u"key-1"_s, ctx, done);
    });
    QCOMPARE(again.value().id, b.id);

    const auto got = await<Booking>(
            [&](QObject *ctx, auto done) { asMember->bookings().get(b.id, ctx, done); });
    QCOMPARE(got.value().id, b.id);
    BookingsQuery query;
    query.coworkingId = m_coworking;
    query.spotId = m_spots[0];
    query.from = utc(10, 0);
    query.until = utc(11, 0);
    const auto listed = await<Page<BookingDetails>>([&](QObject *ctx, auto done) {
        m_asOwner->bookings().list(query, { 10, 0 }, ctx, done);
    });
    QVERIFY_OK(listed);
    QCOMPARE(listed.value().total, 1);
    QCOMPARE(listed.value().items.at(0).booking.id, b.id);
    QCOMPARE(listed.value().items.at(0).user->id, member.id);
    QCOMPARE(listed.value().items.at(0).spot->name, u"Desk 1"_s);
    const auto mine = await<Page<BookingDetails>>([&](QObject *ctx, auto done) {
        asMember->users().myBookings(BookingStatus::Active, { 100, 0 }, ctx, done);
    });
    QVERIFY(mine.value().total >= 1);
    QVERIFY(mine.value().items.at(0).coworking.has_value());

    const auto moved = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().move(b.id, TimeRange{ utc(10, 9), utc(10, 10) }, {}, ctx, done);
    });
    QCOMPARE(moved.value().range.from, utc(10, 9));
    QCOMPARE(moved.value().spotId, b.spotId);
    // To another spot of the coworking in the same call: the same booking, now there.
    const auto elsewhere = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().move(b.id, TimeRange{ utc(10, 9), utc(10, 10) }, m_spots[1], ctx,
                                  done);
    });
    QVERIFY_OK(elsewhere);
    QCOMPARE(elsewhere.value().id, b.id);
    QCOMPARE(elsewhere.value().spotId, m_spots[1]);
    const auto withOption = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().addOption(b.id, option.value().id, ctx, done);
    });
    QCOMPARE(withOption.value().options, QStringList{ option.value().id });
    const auto withoutOption = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().removeOption(b.id, option.value().id, ctx, done);
    });
    QVERIFY(withoutOption.value().options.isEmpty());
    const auto times = await<QList<TimeRange>>(
            [&](QObject *ctx, auto done) { asMember->bookings().availableTimes(b.id, ctx, done); });
    QVERIFY_OK(times);
    QVERIFY(!times.value().isEmpty());
    const auto checkedIn = await<Booking>(
            [&](QObject *ctx, auto done) { m_asOwner->bookings().checkIn(b.id, ctx, done); });
    QVERIFY_OK(checkedIn);
    QVERIFY(checkedIn.value().checkedInAt.isValid());
    const QString reason = u"Plans changed: 50% off & \"+1\" #2 = ok ü"_s;
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        asMember->bookings().cancel(b.id, reason, ctx, done);
    }));
    const auto cancelled = await<Booking>(
            [&](QObject *ctx, auto done) { asMember->bookings().get(b.id, ctx, done); });
    QVERIFY(cancelled.value().status == BookingStatus::Cancelled);
    QVERIFY(cancelled.value().cancelledAt.isValid());
    QCOMPARE(cancelled.value().cancelNote, reason); // every character arrives as sent
}

void TestClientResources::bookingErrorsAreTyped()
{
    Person member;
    auto asMember = freshMember(&member);
    QVERIFY_OK(await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 11, 8, 9), {}, ctx, done);
    }));
    // The owner books the same desk for someone else: 409 with the server's alternative.
    NewBooking clash = booking(m_spots[0], 11, 8, 9);
    clash.userId = m_owner.id;
    const auto conflict = await<Booking>(
            [&](QObject *ctx, auto done) { m_asOwner->bookings().create(clash, {}, ctx, done); });
    QVERIFY(!conflict.ok());
    QCOMPARE(conflict.error().status, 409);
    QCOMPARE(conflict.error().code, u"BOOKING_CONFLICT"_s);
    QVERIFY(conflict.error().alternativeSpot().has_value());
    QVERIFY(m_spots.contains(conflict.error().alternativeSpot()->value(u"id"_s).toString()));
    QVERIFY(conflict.error().alternativeSpot()->value(u"id"_s).toString() != m_spots[0]);
    const auto pre = await<PrecheckOutcome>(
            [&](QObject *ctx, auto done) { m_asOwner->bookings().precheck(clash, ctx, done); });
    QVERIFY_OK(pre);
    QVERIFY(!pre.value().ok);
    QCOMPARE(pre.value().error->code, u"BOOKING_CONFLICT"_s);

    const auto backwards = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[1], 11, 10, 9), {}, ctx, done);
    });
    QCOMPARE(backwards.error().status, 422);
    QCOMPARE(backwards.error().code, u"VALIDATION_ERROR"_s);
    QVERIFY(!backwards.error().fields.isEmpty());
    const auto unknown = await<Booking>(
            [&](QObject *ctx, auto done) { asMember->bookings().get(kUnknownId, ctx, done); });
    QCOMPARE(unknown.error().status, 404);
    QCOMPARE(unknown.error().kind, ApiError::Kind::Http);
}

// The front desk's look-up: the code the member's booking answer carries finds the booking, as a
// person types it; every miss is BOOKING_NOT_FOUND.
void TestClientResources::bookingByCode()
{
    Person member;
    auto asMember = freshMember(&member);
    const auto created = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[2], 12, 8, 9), {}, ctx, done);
    });
    QVERIFY_OK(created);
    const QString code = created.value().code;
    QVERIFY2(bookingcode::isWellFormed(code), qPrintable(code));
    const auto got = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().get(created.value().id, ctx, done);
    });
    QCOMPARE(got.value().code, code);

    const auto found = await<Booking>([&](QObject *ctx, auto done) {
        m_asOwner->bookings().byCode(m_coworking, bookingcode::grouped(code).toLower(), ctx, done);
    });
    QVERIFY_OK(found);
    QCOMPARE(found.value().id, created.value().id);
    QCOMPARE(found.value().userId, member.id);
    QCOMPARE(found.value().code, code);

    const auto notStaff = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().byCode(m_coworking, code, ctx, done);
    });
    QCOMPARE(notStaff.error().status, 404);
    QCOMPARE(notStaff.error().code, u"BOOKING_NOT_FOUND"_s);
    const auto malformed = await<Booking>([&](QObject *ctx, auto done) {
        m_asOwner->bookings().byCode(m_coworking, u"ABCD2345"_s, ctx, done);
    });
    QCOMPARE(malformed.error().code, u"BOOKING_NOT_FOUND"_s);
}

void TestClientResources::notifications()
{
    Person member;
    auto asMember = freshMember(&member);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        asMember->notifications().registerDevice(u"device-token-1"_s, DeviceType::Web, ctx, done);
    }));
    const auto devices = await<QList<DeviceToken>>(
            [&](QObject *ctx, auto done) { asMember->notifications().devices(ctx, done); });
    QCOMPARE(devices.value().size(), 1);
    QCOMPARE(devices.value().at(0).token, u"device-token-1"_s);
    QVERIFY(devices.value().at(0).deviceType == DeviceType::Web);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        asMember->notifications().sendTest(u"Hello"_s, u"From the test"_s,
                                           QJsonObject{ { u"k"_s, u"v"_s } }, ctx, done);
    }));
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        asMember->notifications().unregisterDevice(u"device-token-1"_s, ctx, done);
    }));
    QVERIFY(await<QList<DeviceToken>>(
                    [&](QObject *ctx, auto done) { asMember->notifications().devices(ctx, done); })
                    .value()
                    .isEmpty());

    // A notification of the member's own, written as the runner writes them.
    const auto unreadBefore = [&] {
        return await<NotificationList>([&](QObject *ctx, auto done) {
                   asMember->notifications().list(true, { 100, 0 }, ctx, done);
               })
                .value()
                .unread;
    };
    const qint64 before = unreadBefore();
    const QString id = u"5b0c4b1e-0000-4000-8000-000000000001"_s;
    m_h->sql(u"INSERT INTO notifications (id, user_id, type, title, body, data, created_at) "
             u"VALUES (?, ?, 'system', 'Welcome', 'Hello', '{}', ?)"_s,
             { id, member.id, m_h->clock().now().addSecs(60) });
    const auto page = await<NotificationList>([&](QObject *ctx, auto done) {
        asMember->notifications().list(true, { 100, 0 }, ctx, done);
    });
    QVERIFY_OK(page);
    QCOMPARE(page.value().unread, before + 1);
    QCOMPARE(page.value().page.total, before + 1);
    const auto mine = std::find_if(page.value().page.items.begin(), page.value().page.items.end(),
                                   [&](const Notification &n) { return n.id == id; });
    QVERIFY(mine != page.value().page.items.end());
    QVERIFY(mine->type == NotificationType::System);
    QCOMPARE(mine->title, u"Welcome"_s);
    QVERIFY(!mine->isRead());
    QVERIFY_OK(await<Done>(
            [&](QObject *ctx, auto done) { asMember->notifications().markRead(id, ctx, done); }));
    const auto one = await<Notification>(
            [&](QObject *ctx, auto done) { asMember->notifications().get(id, ctx, done); });
    QVERIFY(one.value().isRead());
    QVERIFY_OK(await<Done>(
            [&](QObject *ctx, auto done) { asMember->notifications().markAllRead(ctx, done); }));
    QCOMPARE(await<NotificationList>([&](QObject *ctx, auto done) {
                 asMember->notifications().list(false, {}, ctx, done);
             })
                     .value()
                     .unread,
             0);
    const auto others = await<Notification>(
            [&](QObject *ctx, auto done) { m_asOwner->notifications().get(id, ctx, done); });
    QCOMPARE(others.error().status, 404);
}

void TestClientResources::admin()
{
    const auto events = await<Page<OutboxEvent>>([&](QObject *ctx, auto done) {
        m_asAdmin->admin().events({ {}, u"booking.created"_s }, { 100, 0 }, ctx, done);
    });
    QVERIFY_OK(events);
    QVERIFY(events.value().total >= 1);
    const OutboxEvent &event = events.value().items.at(0);
    QCOMPARE(event.type, u"booking.created"_s);
    QVERIFY(event.createdAt.isValid());
    m_h->sql(u"UPDATE outbox_events SET state = 'dead', attempts = 8 WHERE id = ?"_s, { event.id });
    const auto dead = await<Page<OutboxEvent>>([&](QObject *ctx, auto done) {
        m_asAdmin->admin().events({ u"dead"_s, {} }, {}, ctx, done);
    });
    QCOMPARE(dead.value().total, 1);
    QVERIFY(dead.value().items.at(0).state == EventState::Dead);
    const auto retried = await<OutboxEvent>(
            [&](QObject *ctx, auto done) { m_asAdmin->admin().retryEvent(event.id, ctx, done); });
    QVERIFY_OK(retried);
    QVERIFY(retried.value().state == EventState::Pending);
    const auto notDead = await<OutboxEvent>(
            [&](QObject *ctx, auto done) { m_asAdmin->admin().retryEvent(event.id, ctx, done); });
    QCOMPARE(notDead.error().code, u"EVENT_NOT_DEAD"_s);
    const auto notAdmin = await<Page<OutboxEvent>>(
            [&](QObject *ctx, auto done) { m_asOwner->admin().events({}, {}, ctx, done); });
    QCOMPARE(notAdmin.error().status, 403);
}

void TestClientResources::storage()
{
    const auto uploaded = await<QUrl>([&](QObject *ctx, auto done) {
        m_asMember->storage().upload(png(), "image/png", ctx, done);
    });
    QVERIFY_OK(uploaded);
    const auto file = await<QByteArray>([&](QObject *ctx, auto done) {
        m_asMember->storage().download(uploaded.value(), ctx, done);
    });
    QVERIFY_OK(file);
    QCOMPARE(file.value(), png());
    const auto notImage = await<QUrl>([&](QObject *ctx, auto done) {
        m_asMember->storage().upload("plain text", "image/png", ctx, done);
    });
    QVERIFY(!notImage.ok());
    QCOMPARE(notImage.error().kind, ApiError::Kind::Http);
    QVERIFY(notImage.error().status >= 400 && notImage.error().status < 500);
}

void TestClientResources::system()
{
    const auto health = await<ServerHealth>(
            [&](QObject *ctx, auto done) { m_asMember->system().health(ctx, done); });
    QVERIFY_OK(health);
    QCOMPARE(health.value().status, u"ok"_s);
    QCOMPARE(health.value().database, u"ok"_s);
    QVERIFY(!health.value().version.isEmpty());
    const auto metrics = await<QByteArray>(
            [&](QObject *ctx, auto done) { m_asMember->system().metrics(ctx, done); });
    QVERIFY_OK(metrics);
    QVERIFY(metrics.value().contains("# TYPE"));
}

// GET /coworkings/{id}/stats decoded into core's CoworkingStats, and its errors typed.
void TestClientResources::stats()
{
    Person member;
    auto asMember = freshMember(&member);
    // Wednesday 9 January, 10:00-12:00 Moscow (07:00-09:00 UTC) on Desk 3.
    QVERIFY_OK(await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[2], 9, 7, 9), {}, ctx, done);
    }));
    const auto stats = await<CoworkingStats>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().stats(m_coworking, QDate(2030, 1, 9), QDate(2030, 1, 9), ctx, done);
    });
    QVERIFY_OK(stats);
    const CoworkingStats &s = stats.value();
    QCOMPARE(s.coworkingId, m_coworking);
    QCOMPARE(s.timezone, u"Europe/Moscow"_s);
    QCOMPARE(s.from, QDate(2030, 1, 9));
    QCOMPARE(s.until, QDate(2030, 1, 9));
    QCOMPARE(s.bySpot.size(), 3);
    QCOMPARE(s.bySpot.at(2).spotId, m_spots[2]);
    QCOMPARE(s.bySpot.at(2).name, u"Desk 3"_s);
    QCOMPARE(s.bySpot.at(2).bookedMinutes, qint64(120));
    QCOMPARE(s.bySpot.at(2).bookings, 1);
    QCOMPARE(s.bySpot.at(2).utilisation, 120.0 / (12 * 60));
    QCOMPARE(s.byHour.size(), 168);
    const HourStats &wednesdayTen = s.byHour.at(2 * 24 + 10);
    QCOMPARE(wednesdayTen.weekday, 3);
    QCOMPARE(wednesdayTen.hour, 10);
    QVERIFY(wednesdayTen.bookedMinutes >= 60);
    QVERIFY(s.bookedMinutes >= 120);
    QCOMPARE(s.openMinutes, qint64(12 * 60) * s.bySpot.size());

    const auto refused = await<CoworkingStats>([&](QObject *ctx, auto done) {
        asMember->coworkings().stats(m_coworking, QDate(2030, 1, 9), QDate(2030, 1, 9), ctx, done);
    });
    QCOMPARE(refused.error().status, 403);
    QCOMPARE(refused.error().code, u"FORBIDDEN"_s);
    const auto tooLong = await<CoworkingStats>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().stats(m_coworking, QDate(2030, 1, 1), QDate(2031, 6, 1), ctx, done);
    });
    QCOMPARE(tooLong.error().code, u"VALIDATION_ERROR"_s);
    QCOMPARE(tooLong.error().fields.size(), 1);
    QCOMPARE(tooLong.error().fields.at(0).field, u"until"_s);
}

// GET /bookings as CSV: the filtered list's bytes, every match; the staff's errors typed.
void TestClientResources::exportCsv()
{
    BookingsQuery query{ m_coworking, m_spots[2], {}, {}, {}, {} };
    const auto csv = await<QByteArray>(
            [&](QObject *ctx, auto done) { m_asOwner->bookings().exportCsv(query, ctx, done); });
    QVERIFY_OK(csv);
    const QByteArray &bytes = csv.value();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"
                             "id,code,coworking_id,coworking,spot_id,spot,user_id,"));
    const auto list = await<Page<BookingDetails>>([&](QObject *ctx, auto done) {
        m_asOwner->bookings().list(query, PageRequest{ 100, 0 }, ctx, done);
    });
    QVERIFY_OK(list);
    QVERIFY(list.value().total >= 2);
    // One record per booking of the list, each naming it, and the header.
    QCOMPARE(bytes.count("\r\n"), qsizetype(list.value().total + 1));
    for (const BookingDetails &b : list.value().items)
        QVERIFY(bytes.contains(QByteArray("\r\n" + b.booking.id.toLatin1() + ',')));

    const auto refused = await<QByteArray>(
            [&](QObject *ctx, auto done) { m_asMember->bookings().exportCsv(query, ctx, done); });
    QCOMPARE(refused.error().status, 403);
    QCOMPARE(refused.error().code, u"FORBIDDEN"_s);
}

void TestClientResources::closures()
{
    const auto add = [&](const Closure &c, bool cancel) {
        return await<Closure>([&](QObject *ctx, auto done) {
            m_asOwner->coworkings().addClosure(m_coworking, c, cancel, ctx, done);
        });
    };
    const auto list = [&] {
        return await<QList<Closure>>([&](QObject *ctx, auto done) {
            m_asMember->coworkings().closures(m_coworking, QDate(2030, 1, 20), QDate(2030, 1, 26),
                                              ctx, done);
        });
    };
    Person who;
    auto asMember = freshMember(&who);

    // Closed all day, and a day of special hours, as values both ways.
    const auto closed =
            add(Closure{ {}, {}, QDate(2030, 1, 21), {}, {}, u"Inventory"_s, {} }, false);
    QVERIFY_OK(closed);
    QVERIFY(closed.value().closedAllDay());
    QCOMPARE(closed.value().date, QDate(2030, 1, 21));
    QCOMPARE(closed.value().reason, u"Inventory"_s);
    QVERIFY(!closed.value().id.isEmpty());
    const auto special =
            add(Closure{ {}, {}, QDate(2030, 1, 22), QTime(10, 0), QTime(14, 30), u"Short"_s, {} },
                false);
    QVERIFY_OK(special);
    QCOMPARE(special.value().opensAt, QTime(10, 0));
    QCOMPARE(special.value().closesAt, QTime(14, 30));
    const auto listed = list();
    QVERIFY_OK(listed);
    QCOMPARE(listed.value().size(), 2);
    QCOMPARE(listed.value().at(0).id, closed.value().id);
    QCOMPARE(listed.value().at(1).closesAt, QTime(14, 30));
    QCOMPARE(listed.value().at(1).reason, u"Short"_s);

    // The days follow them: closed, and outside the special hours (Moscow is UTC+3).
    const auto onClosed = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 21, 7, 8), {}, ctx, done);
    });
    QCOMPARE(onClosed.error().code, u"COWORKING_CLOSED"_s);
    const auto early = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 22, 5, 6), {}, ctx, done);
    });
    QCOMPARE(early.error().code, u"OUTSIDE_OPENING_HOURS"_s);

    // Over a booking: refused with how many, then cancelling it.
    const auto held = await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 23, 7, 8), {}, ctx, done);
    });
    QVERIFY_OK(held);
    const Closure third{ {}, {}, QDate(2030, 1, 23), {}, {}, u"Pipes"_s, {} };
    const auto refused = add(third, false);
    QCOMPARE(refused.error().code, u"CLOSURE_CONFLICT"_s);
    QCOMPARE(refused.error().status, 409);
    QCOMPARE(refused.error().details.value(u"bookings"_s).toInt(), 1);
    QVERIFY_OK(add(third, true));
    const auto after = await<Booking>(
            [&](QObject *ctx, auto done) { asMember->bookings().get(held.value().id, ctx, done); });
    QVERIFY_OK(after);
    QVERIFY(after.value().status == BookingStatus::Cancelled);
    QCOMPARE(after.value().cancelNote, u"Pipes"_s);
    QCOMPARE(add(third, false).error().code, u"CLOSURE_EXISTS"_s);

    // Removed, the day is open again; members may not remove one.
    QCOMPARE(await<Done>([&](QObject *ctx, auto done) {
                 asMember->coworkings().removeClosure(m_coworking, closed.value().id, ctx, done);
             })
                     .error()
                     .status,
             403);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) {
        m_asOwner->coworkings().removeClosure(m_coworking, closed.value().id, ctx, done);
    }));
    QCOMPARE(list().value().size(), 2); // the 22nd and the 23rd
    QVERIFY_OK(await<Booking>([&](QObject *ctx, auto done) {
        asMember->bookings().create(booking(m_spots[0], 21, 7, 8), {}, ctx, done);
    }));
}

// A booking as an iCalendar file, and the personal feed's secret URL made, replaced and removed.
void TestClientResources::calendar()
{
    Person who;
    auto asWho = freshMember(&who);
    const auto made = await<Booking>([&](QObject *ctx, auto done) {
        asWho->bookings().create(booking(m_spots[1], 16, 7, 8), {}, ctx, done);
    });
    QVERIFY_OK(made);
    const QByteArray uid = "UID:booking-" + made.value().id.toLatin1() + '@';

    const auto ics = await<QByteArray>(
            [&](QObject *ctx, auto done) { asWho->bookings().ical(made.value().id, ctx, done); });
    QVERIFY_OK(ics);
    QVERIFY(ics.value().startsWith("BEGIN:VCALENDAR\r\n"));
    QVERIFY(ics.value().contains(uid));
    QVERIFY(ics.value().contains("DTSTART:20300116T070000Z\r\n"));
    // Someone else's booking does not exist for this member.
    const auto hidden = await<QByteArray>([&](QObject *ctx, auto done) {
        m_asMember->bookings().ical(made.value().id, ctx, done);
    });
    QCOMPARE(hidden.error().status, 404);
    QCOMPARE(hidden.error().code, u"BOOKING_NOT_FOUND"_s);

    // The feed's URL is absolute, at the address the client used, and needs no token.
    const auto createFeed = [&] {
        return await<QUrl>(
                [&](QObject *ctx, auto done) { asWho->users().createCalendarFeed(ctx, done); });
    };
    const auto feed = createFeed();
    QVERIFY_OK(feed);
    QCOMPARE(feed.value().scheme(), u"http"_s);
    QCOMPARE(feed.value().host(), u"127.0.0.1"_s);
    QCOMPARE(feed.value().port(), int(m_h->port()));
    QVERIFY(feed.value().path().startsWith(u"/calendar/"_s));
    const Reply fetched = m_h->get(feed.value().path());
    QCOMPARE(fetched.status, 200);
    QVERIFY(fetched.body.contains(uid));

    // A new URL replaces it; removed, the feed answers nothing.
    const auto replaced = createFeed();
    QVERIFY_OK(replaced);
    QVERIFY(replaced.value() != feed.value());
    QCOMPARE(m_h->get(feed.value().path()).status, 404);
    QVERIFY_OK(await<Done>(
            [&](QObject *ctx, auto done) { asWho->users().removeCalendarFeed(ctx, done); }));
    QCOMPARE(m_h->get(replaced.value().path()).status, 404);
}

// Booking series are in the client but not yet on this server: they answer a typed error today.
// When the server gains them this test fails, and is to be replaced by tests of their values.
void TestClientResources::seriesNotServedYet()
{
    const auto notFound = [](const ApiError &e) {
        return e.kind == ApiError::Kind::Http && e.status == 404 && e.code == u"NOT_FOUND"_s;
    };
    QVERIFY(notFound(await<SeriesResult>([&](QObject *ctx, auto done) {
                         m_asMember->bookings().createSeries(booking(m_spots[1], 14, 8, 9),
                                                             SeriesRepeat{}, ctx, done);
                     }).error()));
}

QTEST_GUILESS_MAIN(TestClientResources)
#include "tst_clientresources.moc"
