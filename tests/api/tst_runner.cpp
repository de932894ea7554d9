// The event runner driven pass by pass in-process (EventRunner::runOnce) with the harness's
// ManualClock, against the real server over HTTP: booking notifications and pushes exactly
// once, reminders, expiry, no-show release, retries with backoff ending dead, idempotency.
#include "apiharness.h"
#include "serverconfig.h"
#include "database.h"
#include "events/eventpublisher.h"
#include "recordingpushgateway.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "eventrunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

class TestRunner final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<RecordingPushGateway> m_push;
    std::unique_ptr<ApiHarness> m_api;
    NullEventPublisher m_noLiveViews;
    RunnerConfig m_config;
    std::unique_ptr<EventRunner> m_runner;
    std::unique_ptr<SiteFixture> m_site;

    ApiHarness &api() { return *m_api; }

    EventRunner::Stats pass() { return m_runner->runOnce(); }

    Person newUser(const QString &language = u"en"_s)
    {
        const Person p = m_site->person(true);
        api().database().execute(u"UPDATE users SET language = ? WHERE id = ?"_s,
                                 { language, p.id });
        return p;
    }

    void addDevice(const Person &p, const QString &token)
    {
        QCOMPARE(
                api().post(u"/notifications/device-tokens"_s,
                           QJsonObject{ { u"token"_s, token }, { u"device_type"_s, u"android"_s } },
                           p.token)
                        .status,
                201);
    }

    // A Moscow coworking with one spot named "Desk A-12"; returns {coworking id, spot id}.
    QPair<QString, QString> coworkingWithSpot(const Person &owner, bool checkinRequired = false)
    {
        const QString coworkingId =
                m_site->coworking(owner,
                                  { { u"name"_s, u"Loft on Tverskaya"_s },
                                    { u"booking_policy"_s,
                                      QJsonObject{ { u"checkin_required"_s, checkinRequired },
                                                   { u"auto_release_minutes"_s, 15 } } } });
        const QStringList spots =
                m_site->spots(owner.token, coworkingId,
                              QJsonArray{ QJsonObject{ { u"name"_s, u"Desk A-12"_s } } });
        return { coworkingId, spots.first() };
    }

    QString book(const Person &who, const QString &spotId, const QString &from,
                 const QString &until)
    {
        return m_site->book(who, spotId, from, until);
    }

    QJsonArray notificationsOf(const Person &p)
    {
        const Reply r = api().get(u"/notifications?count=100"_s, p.token);
        if (r.status != 200)
            qFatal("listing notifications failed: %d", r.status);
        return r.obj().value("items"_L1).toArray();
    }

    QList<RecordingPushGateway::Push> pushesTo(const QString &token) const
    {
        QList<RecordingPushGateway::Push> out;
        for (const auto &push : m_push->pushes()) {
            if (push.device.token == token)
                out.append(push);
        }
        return out;
    }

    QString eventState(const QString &type, const QString &bookingId, int *attempts = nullptr)
    {
        for (const QSqlRecord &r : api().sql(u"SELECT id, state, attempts, "
                                             "CAST(payload AS TEXT) AS payload "
                                             "FROM outbox_events WHERE type = ?"_s,
                                             { type })) {
            if (r.value("payload"_L1).toString().contains(bookingId)) {
                if (attempts)
                    *attempts = r.value("attempts"_L1).toInt();
                return r.value("state"_L1).toString();
            }
        }
        return {};
    }

    QString bookingColumn(const QString &bookingId, const QString &column)
    {
        const auto rows =
                api().sql(u"SELECT %1 FROM bookings WHERE id = ?"_s.arg(column), { bookingId });
        return rows.isEmpty() ? QString() : rows.first().value(0).toString();
    }

private slots:
    void init()
    {
        m_push = std::make_unique<RecordingPushGateway>();
        // The tests move the clock by hours: access tokens must outlive that.
        m_api = std::make_unique<ApiHarness>(
                [](ServerConfig &config) { config.accessTtlMinutes = 24 * 60; }, m_push.get());
        m_config = RunnerConfig{};
        m_config.maxAttempts = 3;
        m_config.backoffBaseSeconds = 10;
        m_config.backoffCapSeconds = 15;
        m_runner = std::make_unique<EventRunner>(api().database(), *m_push, m_noLiveViews,
                                                 api().clock(), m_config, u"test-runner"_s);
        m_site = std::make_unique<SiteFixture>(api());
    }

    void cleanup()
    {
        m_site.reset();
        m_runner.reset();
        m_api.reset();
        m_push.reset();
    }

    void bookingCreatedNotifiesOnceAndPushesOncePerDevice()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-phone"_s);
        addDevice(booker, u"tok-tablet"_s);
        const auto [coworkingId, spotId] = coworkingWithSpot(owner);
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        QCOMPARE(notificationsOf(booker).size(), 0); // nothing before the runner's pass

        const EventRunner::Stats first = pass();
        QCOMPARE(first.handled, 1);
        const QJsonArray items = notificationsOf(booker);
        QCOMPARE(items.size(), 1);
        const QJsonObject n = items.first().toObject();
        QCOMPARE(n.value("type"_L1).toString(), u"booking_created"_s);
        QCOMPARE(n.value("title"_L1).toString(), u"Booking confirmed"_s);
        QCOMPARE(n.value("body"_L1).toString(),
                 u"Desk A-12, Loft on Tverskaya, 7 Jan 10:00\u201312:00."_s);
        const QJsonObject data = n.value("data"_L1).toObject();
        QCOMPARE(data.value("booking_id"_L1).toString(), bookingId);
        QCOMPARE(data.value("coworking_id"_L1).toString(), coworkingId);
        QCOMPARE(data.value("spot_id"_L1).toString(), spotId);
        QCOMPARE(data.value("event_id"_L1).toString().size(), 36);
        QCOMPARE(pushesTo(u"tok-phone"_s).size(), 1);
        QCOMPARE(pushesTo(u"tok-tablet"_s).size(), 1);
        QCOMPARE(pushesTo(u"tok-phone"_s).first().data.value("notification_id"_L1).toString(),
                 n.value("id"_L1).toString());
        QCOMPARE(notificationsOf(owner).size(), 0);
        QCOMPARE(eventState(u"booking.created"_s, bookingId), u"done"_s);

        // A second pass finds nothing to do and adds nothing.
        QCOMPARE(pass().total(), 0);
        QCOMPARE(notificationsOf(booker).size(), 1);
        QCOMPARE(m_push->pushes().size(), 2);
    }

    void textsFollowTheUsersLanguage()
    {
        const Person owner = newUser();
        const Person booker = newUser(u"ru"_s);
        const auto spotId = coworkingWithSpot(owner).second;
        book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        pass();
        const QJsonObject n = notificationsOf(booker).first().toObject();
        QCOMPARE(n.value("title"_L1).toString(), u"Бронирование подтверждено"_s);
        QCOMPARE(n.value("body"_L1).toString(),
                 u"Desk A-12, Loft on Tverskaya, 7 янв 10:00\u201312:00."_s);
    }

    void cancelledBookingNotifiesOnce()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-cancel"_s);
        const auto spotId = coworkingWithSpot(owner).second;
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        QCOMPARE(api().del(u"/bookings/"_s + bookingId, booker.token).status, 204);
        const EventRunner::Stats stats = pass();
        QCOMPARE(stats.handled, 2);
        QCOMPARE(pass().total(), 0);
        const QJsonArray items = notificationsOf(booker);
        QCOMPARE(items.size(), 2);
        int cancelled = 0;
        for (const QJsonValue v : items) {
            const QJsonObject n = v.toObject();
            if (n.value("type"_L1).toString() != u"booking_cancelled")
                continue;
            ++cancelled;
            QCOMPARE(n.value("title"_L1).toString(), u"Booking cancelled"_s);
            QVERIFY2(n.value("body"_L1).toString().endsWith(u"You cancelled it."_s),
                     qPrintable(n.value("body"_L1).toString()));
        }
        QCOMPARE(cancelled, 1);
        QCOMPARE(pushesTo(u"tok-cancel"_s).size(), 2);

        // Cancelled by staff: the text says so.
        const QString other = book(booker, spotId, mskText(7, "13:00"), mskText(7, "14:00"));
        QCOMPARE(api().del(u"/bookings/"_s + other, owner.token).status, 204);
        pass();
        bool byStaff = false;
        for (const QJsonValue v : notificationsOf(booker))
            byStaff |= v.toObject().value("body"_L1).toString().contains(u"staff"_s);
        QVERIFY(byStaff);
    }

    void rescheduleAndBanAreTold()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        const auto spotId = coworkingWithSpot(owner).second;
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        QCOMPARE(api().patch(u"/bookings/"_s + bookingId,
                             QJsonObject{ { u"time_from"_s, mskText(7, "14:00") },
                                          { u"time_until"_s, mskText(7, "15:30") } },
                             booker.token)
                         .status,
                 200);
        pass();
        QJsonObject rescheduled;
        for (const QJsonValue v : notificationsOf(booker)) {
            if (v.toObject().value("type"_L1).toString() == u"booking_rescheduled")
                rescheduled = v.toObject();
        }
        QCOMPARE(rescheduled.value("body"_L1).toString(),
                 u"New time: Desk A-12, Loft on Tverskaya, 7 Jan 14:00–15:30."_s);

        // A ban cancels the future booking (told, with the reason); user.banned itself tells
        // nobody and is simply done.
        const QString adminMail = u"admin-runner@example.com"_s;
        api().createUser(adminMail, false, true);
        QCOMPARE(
                api().post(u"/users/%1/ban"_s.arg(booker.id), QJsonObject{}, api().token(adminMail))
                        .status,
                204);
        const EventRunner::Stats stats = pass();
        QCOMPARE(stats.handled, 2);
        QCOMPARE(api().sql(u"SELECT COUNT(*) FROM outbox_events WHERE state <> 'done'"_s)
                         .first()
                         .value(0)
                         .toInt(),
                 0);
        int banned = 0;
        for (const QSqlRecord &r : api().sql(u"SELECT body FROM notifications WHERE user_id = ? "
                                             "AND type = 'booking_cancelled'"_s,
                                             { booker.id }))
            banned += r.value(0).toString().endsWith(
                    u"It was cancelled because your account was blocked."_s);
        QCOMPARE(banned, 1);
    }

    // A move to another spot is told as a reschedule naming both spots; a cancellation with
    // words carries them, in the booker's language.
    void moveAndCancelReasonAreTold()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        const Person russian = newUser(u"ru"_s);
        const auto [coworkingId, spotId] = coworkingWithSpot(owner);
        const QString other =
                m_site->spots(owner.token, coworkingId,
                              QJsonArray{ QJsonObject{ { u"name"_s, u"Desk B-3"_s } } })
                        .first();
        const QString bookingId = book(booker, spotId, mskText(8, "10:00"), mskText(8, "12:00"));
        QCOMPARE(api().patch(u"/bookings/"_s + bookingId,
                             QJsonObject{ { u"spot_id"_s, other },
                                          { u"time_from"_s, mskText(8, "13:00") },
                                          { u"time_until"_s, mskText(8, "14:00") } },
                             owner.token)
                         .status,
                 200);
        const QString ruBooking = book(russian, spotId, mskText(8, "10:00"), mskText(8, "11:00"));
        QCOMPARE(api().del(u"/bookings/%1?reason=%2"_s.arg(
                                   ruBooking,
                                   QString::fromLatin1(QUrl::toPercentEncoding(u"Уборка"_s))),
                           owner.token)
                         .status,
                 204);
        QCOMPARE(api().del(u"/bookings/%1?reason=%2"_s.arg(
                                   bookingId,
                                   QString::fromLatin1(QUrl::toPercentEncoding(
                                           u"The room is closed for painting"_s))),
                           owner.token)
                         .status,
                 204);
        pass();
        QString moved;
        QString cancelled;
        for (const QJsonValue v : notificationsOf(booker)) {
            const QString type = v[u"type"_s].toString();
            if (type == u"booking_rescheduled")
                moved = v[u"body"_s].toString();
            else if (type == u"booking_cancelled")
                cancelled = v[u"body"_s].toString();
        }
        QCOMPARE(moved,
                 u"Moved from Desk A-12. New place and time: Desk B-3, Loft on Tverskaya, "
                 "8 Jan 13:00–14:00."_s);
        QCOMPARE(cancelled,
                 u"Desk B-3, Loft on Tverskaya, 8 Jan 13:00–14:00. It was cancelled by the "
                 "coworking's staff. Reason: “The room is closed for painting”."_s);
        QString ru;
        for (const QJsonValue v : notificationsOf(russian)) {
            if (v[u"type"_s].toString() == u"booking_cancelled")
                ru = v[u"body"_s].toString();
        }
        QCOMPARE(ru,
                 u"Desk A-12, Loft on Tverskaya, 8 янв 10:00–11:00. Бронирование отменила "
                 "администрация коворкинга. Причина: «Уборка»."_s);
    }

    // With --runner=embedded the server runs the loop on a thread of its own: a booking made
    // over HTTP is told to its booker without anyone driving a pass.
    void embeddedRunnerNotifies()
    {
        RecordingPushGateway push;
        ApiHarness embedded(
                [](ServerConfig &config) {
                    config.runner.mode = RunnerMode::Embedded;
                    config.runner.pollMilliseconds = 20;
                },
                &push);
        SiteFixture site(embedded);
        const Person owner = site.person(true);
        const Person booker = site.person();
        QCOMPARE(embedded.post(u"/notifications/device-tokens"_s,
                               QJsonObject{ { u"token"_s, u"tok-embedded"_s },
                                            { u"device_type"_s, u"ios"_s } },
                               booker.token)
                         .status,
                 201);
        const QString spotId = site.spots(owner, site.coworking(owner), 1).first();
        site.book(booker, spotId, mskText(7, "10:00"), mskText(7, "11:00"));
        QTRY_COMPARE_WITH_TIMEOUT(
                embedded.get(u"/notifications"_s, booker.token).obj().value("total"_L1).toInt(), 1,
                10000);
        QTRY_COMPARE_WITH_TIMEOUT(push.pushes().size(), 1, 10000);
        QCOMPARE(push.pushes().first().title, u"Booking confirmed"_s);
        QTRY_COMPARE_WITH_TIMEOUT(
                embedded.get(u"/healthcheck"_s).obj().value("runner"_L1).toString(), u"ok"_s,
                10000);
    }

    void remindersFireOnceWithinTheLead()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-remind"_s);
        const auto spotId = coworkingWithSpot(owner).second;
        // Starts 07:00Z; the lead is 30 minutes.
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        pass();
        api().clock().set(utc(7, 6, 29).addSecs(59));
        QCOMPARE(pass().reminded, 0);
        QVERIFY(bookingColumn(bookingId, u"reminder_sent_at"_s).isEmpty());

        api().clock().set(utc(7, 6, 30));
        const EventRunner::Stats within = pass();
        QCOMPARE(within.reminded, 1);
        QCOMPARE(within.handled, 1);
        QVERIFY(!bookingColumn(bookingId, u"reminder_sent_at"_s).isEmpty());
        int reminders = 0;
        for (const QJsonValue v : notificationsOf(booker))
            reminders += v.toObject().value("type"_L1).toString() == u"booking_reminder";
        QCOMPARE(reminders, 1);

        for (int minute : { 40, 59 }) {
            api().clock().set(utc(7, 6, minute));
            QCOMPARE(pass().reminded, 0);
        }
        api().clock().set(utc(7, 7, 30)); // started: no reminder any more either way
        QCOMPARE(pass().reminded, 0);
        QCOMPARE(pushesTo(u"tok-remind"_s).size(), 2); // created + one reminder

        // A booking made inside the lead, but not yet started, is reminded on the next pass.
        api().clock().set(utc(7, 9, 50));
        const QString late = book(booker, spotId, mskText(7, "13:00"), mskText(7, "14:00"));
        QCOMPARE(pass().reminded, 1);
        QVERIFY(!bookingColumn(late, u"reminder_sent_at"_s).isEmpty());

        // Rescheduled after its reminder: the new start gets a reminder of its own.
        const QString moved = book(booker, spotId, mskText(7, "16:00"), mskText(7, "17:00"));
        api().clock().set(utc(7, 12, 45));
        QCOMPARE(pass().reminded, 1);
        QCOMPARE(api().patch(u"/bookings/"_s + moved,
                             QJsonObject{ { u"time_from"_s, mskText(7, "18:00") },
                                          { u"time_until"_s, mskText(7, "19:00") } },
                             booker.token)
                         .status,
                 200);
        QCOMPARE(pass().reminded, 0);
        api().clock().set(utc(7, 14, 45));
        QCOMPARE(pass().reminded, 1);
        QCOMPARE(pass().reminded, 0);
    }

    void expiryStoresExpiredOnce()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        const auto spotId = coworkingWithSpot(owner).second;
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        api().clock().set(utc(7, 8, 59).addSecs(59));
        QCOMPARE(pass().expired, 0);
        QCOMPARE(bookingColumn(bookingId, u"status"_s), u"active"_s);
        api().clock().set(utc(7, 9));
        QCOMPARE(pass().expired, 1);
        QCOMPARE(bookingColumn(bookingId, u"status"_s), u"expired"_s);
        api().clock().advanceSecs(3600);
        QCOMPARE(pass().expired, 0);
        QCOMPARE(api().sql(u"SELECT COUNT(*) FROM outbox_events WHERE type = 'booking.expired'"_s)
                         .first()
                         .value(0)
                         .toInt(),
                 1);
        int expired = 0;
        for (const QJsonValue v : notificationsOf(booker)) {
            const QJsonObject n = v.toObject();
            if (n.value("type"_L1).toString() == u"booking_expired") {
                ++expired;
                QCOMPARE(n.value("title"_L1).toString(), u"Booking ended"_s);
            }
        }
        QCOMPARE(expired, 1);
    }

    void noShowIsReleased()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-noshow"_s);
        const auto [coworkingId, spotId] = coworkingWithSpot(owner, true);
        const QString missed = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        // Checked in: never released.
        const QString present = book(booker, spotId, mskText(7, "13:00"), mskText(7, "14:00"));

        api().clock().set(utc(7, 7, 14).addSecs(59)); // auto_release_minutes 15 after 07:00Z
        QCOMPARE(pass().released, 0);
        QCOMPARE(bookingColumn(missed, u"status"_s), u"active"_s);
        auto freeNow = [&] {
            const Reply r = api().get(u"/coworkings/%1/spots"_s.arg(coworkingId));
            return r.arr().first().toObject().value("is_available"_L1).toBool();
        };
        QVERIFY(!freeNow());

        api().clock().set(utc(7, 7, 15));
        QCOMPARE(pass().released, 1);
        QCOMPARE(bookingColumn(missed, u"status"_s), u"cancelled"_s);
        QCOMPARE(bookingColumn(missed, u"cancel_reason"_s), u"no_show"_s);
        QVERIFY(freeNow());
        QCOMPARE(eventState(u"booking.cancelled"_s, missed), u"done"_s);
        int released = 0;
        for (const QJsonValue v : notificationsOf(booker)) {
            const QJsonObject n = v.toObject();
            if (n.value("type"_L1).toString() == u"booking_released") {
                ++released;
                QCOMPARE(n.value("title"_L1).toString(), u"Booking released"_s);
            }
        }
        QCOMPARE(released, 1);
        QCOMPARE(pass().released, 0);

        api().clock().set(utc(7, 9, 50));
        QCOMPARE(api().post(u"/bookings/%1/check-in"_s.arg(present), QJsonObject{}, booker.token)
                         .status,
                 200);
        api().clock().set(utc(7, 10, 30)); // past the release time of the checked-in booking
        QCOMPARE(pass().released, 0);
        QCOMPARE(bookingColumn(present, u"status"_s), u"active"_s);
    }

    void failingPushRetriesWithBackoffThenDies()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-good"_s);
        addDevice(booker, u"tok-bad"_s);
        m_push->setOutcome(u"tok-bad"_s, PushGateway::Outcome::Failed);
        const auto spotId = coworkingWithSpot(owner).second;
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));

        QCOMPARE(pass().failed, 1);
        int attempts = 0;
        QCOMPARE(eventState(u"booking.created"_s, bookingId, &attempts), u"pending"_s);
        QCOMPARE(attempts, 1);
        // Not due before its backoff (10 s, then 15 s: the cap).
        api().clock().advanceSecs(9);
        QCOMPARE(pass().total(), 0);
        api().clock().advanceSecs(1);
        QCOMPARE(pass().failed, 1);
        QCOMPARE(eventState(u"booking.created"_s, bookingId, &attempts), u"pending"_s);
        QCOMPARE(attempts, 2);
        api().clock().advanceSecs(14);
        QCOMPARE(pass().total(), 0);
        api().clock().advanceSecs(1);
        QCOMPARE(pass().dead, 1);
        QCOMPARE(eventState(u"booking.created"_s, bookingId, &attempts), u"dead"_s);
        QCOMPARE(attempts, 3);
        const auto lastError = api().sql(u"SELECT last_error FROM outbox_events "
                                         "WHERE state = 'dead'"_s);
        QCOMPARE(lastError.first().value(0).toString(), u"1 push(es) failed"_s);
        api().clock().advanceSecs(3600);
        QCOMPARE(pass().total(), 0);

        // One notification; the good device got one push, the failing one every attempt.
        QCOMPARE(notificationsOf(booker).size(), 1);
        QCOMPARE(pushesTo(u"tok-good"_s).size(), 1);
        QCOMPARE(pushesTo(u"tok-bad"_s).size(), 3);
    }

    void handlingAnEventTwiceChangesNothing()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        addDevice(booker, u"tok-twice"_s);
        addDevice(booker, u"tok-crashed"_s);
        const auto spotId = coworkingWithSpot(owner).second;
        book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        // As if an earlier runner had died right after recording its push to tok-crashed:
        // that device may have it, so it is not pushed again (at most once).
        const QString eventId =
                api().sql(u"SELECT id FROM outbox_events"_s).first().value(0).toString();
        api().database().execute(u"INSERT INTO push_deliveries (event_id, token, outcome, "
                                 "created_at) VALUES (?, 'tok-crashed', 'sending', ?)"_s,
                                 { eventId, api().database().timestamp(api().clock().now()) });
        QCOMPARE(pass().handled, 1);
        QCOMPARE(pushesTo(u"tok-twice"_s).size(), 1);
        QCOMPARE(pushesTo(u"tok-crashed"_s).size(), 0);

        // The same event handled again (a lease that ran out, an admin's retry): nothing new.
        api().database().execute(
                u"UPDATE outbox_events SET state = 'pending', handled_at = NULL"_s);
        QCOMPARE(pass().handled, 1);
        QCOMPARE(notificationsOf(booker).size(), 1);
        QCOMPARE(pushesTo(u"tok-twice"_s).size(), 1);
        QCOMPARE(pushesTo(u"tok-crashed"_s).size(), 0);
        QCOMPARE(api().sql(u"SELECT COUNT(*) FROM notifications WHERE event_id = ?"_s, { eventId })
                         .first()
                         .value(0)
                         .toInt(),
                 1);
    }

    void expiredLeaseIsClaimedAgain()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        const auto spotId = coworkingWithSpot(owner).second;
        book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        // A runner that claimed the event and died: its lease keeps others away until it ends.
        api().database().execute(u"UPDATE outbox_events SET locked_by = 'dead-runner', "
                                 "locked_until = ?"_s,
                                 { api().database().timestamp(api().clock().now().addSecs(60)) });
        QCOMPARE(pass().total(), 0);
        api().clock().advanceSecs(61);
        QCOMPARE(pass().handled, 1);
        QCOMPARE(notificationsOf(booker).size(), 1);
    }

    void eventsWithoutAPersonAreDone()
    {
        const Person owner = newUser();
        const Person booker = newUser();
        const auto spotId = coworkingWithSpot(owner).second;
        const QString bookingId = book(booker, spotId, mskText(7, "10:00"), mskText(7, "12:00"));
        pass();
        api().clock().set(utc(7, 6, 50));
        QCOMPARE(api().post(u"/bookings/%1/check-in"_s.arg(bookingId), QJsonObject{}, booker.token)
                         .status,
                 200);
        const EventRunner::Stats stats = pass();
        QCOMPARE(stats.reminded, 1); // 10 minutes before the start
        QCOMPARE(stats.handled, 2); // the reminder and the check-in
        QCOMPARE(eventState(u"booking.checked_in"_s, bookingId), u"done"_s);
        QStringList types;
        for (const QJsonValue v : notificationsOf(booker))
            types.append(v.toObject().value("type"_L1).toString());
        types.sort();
        QCOMPARE(types, (QStringList{ u"booking_created"_s, u"booking_reminder"_s }));
    }
};

QTEST_GUILESS_MAIN(TestRunner)
#include "tst_runner.moc"
