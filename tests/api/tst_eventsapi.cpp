// The transactional outbox, seen through the API: each booking, ban and spot status change
// leaves exactly one event of the right shape (and a refused change none), and the admin
// endpoints list and retry them.
#include "apiharness.h"
#include "serverconfig.h"
#include "sitefixture.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking::test;

class TestEventsApi : public QObject
{
    Q_OBJECT

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    Person m_owner, m_member, m_admin;
    QString m_coworking;
    QStringList m_spots;

    // Events of `type` (all when empty), newest first, as the admin sees them.
    QJsonArray events(const QString &type = {}, const QString &state = {})
    {
        QString path = u"/admin/events?count=100"_s;
        if (!type.isEmpty())
            path += u"&type="_s + type;
        if (!state.isEmpty())
            path += u"&state="_s + state;
        const Reply r = m_h->get(path, m_admin.token);
        if (r.status != 200)
            qFatal("listing events failed: %d %s", r.status, r.body.constData());
        return r.arr();
    }
    // The events of one booking, of one type.
    QList<QJsonObject> eventsOf(const QString &type, const QString &bookingId)
    {
        QList<QJsonObject> found;
        for (const QJsonValue &v : events(type)) {
            const QJsonObject e = v.toObject();
            if (e[u"payload"_s][u"booking"_s][u"id"_s].toString() == bookingId)
                found.append(e);
        }
        return found;
    }
    QString bookTomorrow(const Person &who, int spot, int fromHour, int untilHour)
    {
        return m_site->book(who, m_spots.at(spot),
                            u"2030-01-08T%1:00:00+03:00"_s.arg(fromHour, 2, 10, QChar(u'0')),
                            u"2030-01-08T%1:00:00+03:00"_s.arg(untilHour, 2, 10, QChar(u'0')));
    }

private slots:
    void initTestCase()
    {
        // No runner: the embedded backend's would deliver the events these tests read as
        // pending and mark dead by hand.
        m_h = std::make_unique<ApiHarness>([](coworking::ServerConfig &config) {
            config.runner.mode = coworking::RunnerMode::Off;
        });
        m_site = std::make_unique<SiteFixture>(*m_h);
        m_owner = m_site->person(true);
        m_member = m_site->person();
        m_admin = m_site->person(false, true);
        m_coworking = m_site->coworking(m_owner);
        m_spots = m_site->spots(m_owner, m_coworking, 3);
    }

    void createdBookingWritesOneEvent()
    {
        const QString id = bookTomorrow(m_member, 0, 10, 12);
        const QList<QJsonObject> found = eventsOf(u"booking.created"_s, id);
        QCOMPARE(found.size(), 1);
        const QJsonObject e = found.first();
        QCOMPARE(e[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(e[u"attempts"_s].toInt(), 0);
        QVERIFY(e[u"last_error"_s].isNull());
        QVERIFY(e[u"handled_at"_s].isNull());
        QCOMPARE(e[u"created_at"_s].toString(), u"2030-01-07T06:00:00Z"_s);
        const QJsonObject payload = e[u"payload"_s].toObject();
        QCOMPARE(payload[u"coworking_id"_s].toString(), m_coworking);
        QCOMPARE(payload[u"actor_id"_s].toString(), m_member.id);
        const QJsonObject booking = payload[u"booking"_s].toObject();
        QCOMPARE(booking[u"user_id"_s].toString(), m_member.id);
        QCOMPARE(booking[u"spot_id"_s].toString(), m_spots.at(0));
        QCOMPARE(booking[u"time_from"_s].toString(), u"2030-01-08T07:00:00Z"_s);
        QCOMPARE(booking[u"time_until"_s].toString(), u"2030-01-08T09:00:00Z"_s);
        QCOMPARE(booking[u"status"_s].toString(), u"active"_s);
    }

    void refusedBookingWritesNothing()
    {
        const int before = events(u"booking.created"_s).size();
        bookTomorrow(m_member, 1, 14, 15);
        // The same spot, overlapping: 409, rolled back with its event.
        const Reply conflict =
                m_h->post(u"/bookings"_s,
                          QJsonObject{ { u"spot_id"_s, m_spots.at(1) },
                                       { u"time_from"_s, u"2030-01-08T14:30:00+03:00"_s },
                                       { u"time_until"_s, u"2030-01-08T15:30:00+03:00"_s } },
                          m_owner.token);
        QCOMPARE(conflict.status, 409);
        QCOMPARE(events(u"booking.created"_s).size(), before + 1);
    }

    void rescheduleCarriesThePreviousWindow()
    {
        const Person member = m_site->person();
        const QString id = bookTomorrow(member, 2, 10, 11);
        const Reply r =
                m_h->patch(u"/bookings/"_s + id,
                           QJsonObject{ { u"time_from"_s, u"2030-01-08T16:00:00+03:00"_s },
                                        { u"time_until"_s, u"2030-01-08T17:00:00+03:00"_s } },
                           member.token);
        QCOMPARE(r.status, 200);
        const QList<QJsonObject> found = eventsOf(u"booking.rescheduled"_s, id);
        QCOMPARE(found.size(), 1);
        const QJsonObject payload = found.first()[u"payload"_s].toObject();
        QCOMPARE(payload[u"booking"_s][u"time_from"_s].toString(), u"2030-01-08T13:00:00Z"_s);
        QCOMPARE(payload[u"previous"_s][u"time_from"_s].toString(), u"2030-01-08T07:00:00Z"_s);
        QCOMPARE(payload[u"previous"_s][u"time_until"_s].toString(), u"2030-01-08T08:00:00Z"_s);
    }

    void cancelsSayWhoAndWhy()
    {
        const Person member = m_site->person();
        const QString own = bookTomorrow(member, 0, 14, 15);
        const QString byStaff = bookTomorrow(member, 0, 16, 17);
        QCOMPARE(m_h->del(u"/bookings/"_s + own, member.token).status, 204);
        QCOMPARE(m_h->del(u"/bookings/"_s + byStaff, m_owner.token).status, 204);
        // A second cancel changes nothing and records nothing.
        QCOMPARE(m_h->del(u"/bookings/"_s + own, member.token).status, 409);

        const QList<QJsonObject> first = eventsOf(u"booking.cancelled"_s, own);
        QCOMPARE(first.size(), 1);
        QCOMPARE(first.first()[u"payload"_s][u"reason"_s].toString(), u"user"_s);
        QCOMPARE(first.first()[u"payload"_s][u"actor_id"_s].toString(), member.id);
        QCOMPARE(first.first()[u"payload"_s][u"booking"_s][u"status"_s].toString(), u"cancelled"_s);
        const QList<QJsonObject> second = eventsOf(u"booking.cancelled"_s, byStaff);
        QCOMPARE(second.size(), 1);
        QCOMPARE(second.first()[u"payload"_s][u"reason"_s].toString(), u"staff"_s);
        QCOMPARE(second.first()[u"payload"_s][u"actor_id"_s].toString(), m_owner.id);
    }

    void onlyTheFirstCheckInIsAnEvent()
    {
        const Person member = m_site->person();
        const QString id = bookTomorrow(member, 1, 10, 11);
        QCOMPARE(m_h->post(u"/bookings/%1/check-in"_s.arg(id), QJsonObject{}, m_owner.token).status,
                 200);
        QCOMPARE(m_h->post(u"/bookings/%1/check-in"_s.arg(id), QJsonObject{}, m_owner.token).status,
                 200);
        const QList<QJsonObject> found = eventsOf(u"booking.checked_in"_s, id);
        QCOMPARE(found.size(), 1);
        QVERIFY(!found.first()[u"payload"_s][u"booking"_s][u"checked_in_at"_s].isNull());
    }

    void spotStatusChanges()
    {
        const QString spot = m_site->spots(m_owner, m_coworking, 1, u"Booth "_s).first();
        const auto spotEvents = [&] {
            QList<QJsonObject> found;
            for (const QJsonValue &v : events(u"spot.status_changed"_s)) {
                if (v[u"payload"_s][u"spot"_s][u"id"_s].toString() == spot)
                    found.prepend(v.toObject()); // oldest first
            }
            return found;
        };
        QCOMPARE(m_h->patch(u"/spots/"_s + spot, QJsonObject{ { u"name"_s, u"Booth X"_s } },
                            m_owner.token)
                         .status,
                 200);
        QCOMPARE(spotEvents().size(), 0); // a rename is not a status change
        QCOMPARE(m_h->patch(u"/spots/"_s + spot, QJsonObject{ { u"status"_s, u"inactive"_s } },
                            m_owner.token)
                         .status,
                 200);
        QCOMPARE(m_h->patch(u"/spots/"_s + spot, QJsonObject{ { u"status"_s, u"inactive"_s } },
                            m_owner.token)
                         .status,
                 200);
        m_h->clock().advanceSecs(1); // the list is newest first: keep the two apart
        QCOMPARE(m_h->del(u"/spots/"_s + spot, m_owner.token).status, 204);
        const QList<QJsonObject> found = spotEvents();
        QCOMPARE(found.size(), 2);
        QCOMPARE(found.at(0)[u"payload"_s][u"spot"_s][u"status"_s].toString(), u"inactive"_s);
        QCOMPARE(found.at(0)[u"payload"_s][u"coworking_id"_s].toString(), m_coworking);
        QCOMPARE(found.at(1)[u"payload"_s][u"spot"_s][u"status"_s].toString(), u"deleted"_s);
        QCOMPARE(found.at(1)[u"payload"_s][u"spot"_s][u"name"_s].toString(), u"Booth X"_s);
    }

    void banCancelsWithEvents()
    {
        const Person banned = m_site->person();
        const QString id = bookTomorrow(banned, 2, 18, 19);
        QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(banned.id), QJsonObject{}, m_admin.token).status,
                 204);
        QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(banned.id), QJsonObject{}, m_admin.token).status,
                 204);
        int bans = 0;
        for (const QJsonValue &v : events(u"user.banned"_s)) {
            if (v[u"payload"_s][u"user_id"_s].toString() == banned.id) {
                ++bans;
                QCOMPARE(v[u"payload"_s][u"actor_id"_s].toString(), m_admin.id);
            }
        }
        QCOMPARE(bans, 1);
        const QList<QJsonObject> cancelled = eventsOf(u"booking.cancelled"_s, id);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.first()[u"payload"_s][u"reason"_s].toString(), u"ban"_s);
    }

    void onlyAdminsSeeTheOutbox()
    {
        QCOMPARE(m_h->get(u"/admin/events"_s, m_owner.token).status, 403);
        QCOMPARE(m_h->get(u"/admin/events"_s).status, 401);
        const QString someId = events().first()[u"id"_s].toString();
        QCOMPARE(m_h->post(u"/admin/events/%1/retry"_s.arg(someId), QJsonObject{}, m_member.token)
                         .status,
                 403);
    }

    void listFiltersAndPages()
    {
        const Reply bad = m_h->get(u"/admin/events?state=lost"_s, m_admin.token);
        QCOMPARE(bad.status, 422);
        QCOMPARE(bad.errorCode(), u"VALIDATION_ERROR"_s);
        const Reply page = m_h->get(u"/admin/events?count=2&page=0"_s, m_admin.token);
        QCOMPARE(page.status, 200);
        QCOMPARE(page.arr().size(), 2);
        QVERIFY(page.headers.value("x-total-count").toInt() > 2);
        QCOMPARE(events({}, u"pending"_s).size(), events().size()); // no runner here
        QCOMPARE(events({}, u"dead"_s).size(), 0);
    }

    void retryRevivesOnlyDeadEvents()
    {
        const QJsonObject event = events(u"booking.created"_s).first().toObject();
        const QString id = event[u"id"_s].toString();
        const Reply notDead =
                m_h->post(u"/admin/events/%1/retry"_s.arg(id), QJsonObject{}, m_admin.token);
        QCOMPARE(notDead.status, 409);
        QCOMPARE(notDead.errorCode(), u"EVENT_NOT_DEAD"_s);
        const Reply unknown = m_h->post(
                u"/admin/events/%1/retry"_s.arg(u"7d0e0a86-5b43-4d3c-9a43-8a9b0c1d2e3f"_s),
                QJsonObject{}, m_admin.token);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"EVENT_NOT_FOUND"_s);

        // What a runner leaves after its last failed attempt.
        m_h->sql(u"UPDATE outbox_events SET state = 'dead', attempts = 8, last_error = 'push "
                 u"failed' "
                 "WHERE id = ?"_s,
                 { id });
        QCOMPARE(events({}, u"dead"_s).size(), 1);
        m_h->clock().advanceSecs(60);
        const Reply revived =
                m_h->post(u"/admin/events/%1/retry"_s.arg(id), QJsonObject{}, m_admin.token);
        QCOMPARE(revived.status, 200);
        QCOMPARE(revived.obj()[u"state"_s].toString(), u"pending"_s);
        QCOMPARE(revived.obj()[u"attempts"_s].toInt(), 0);
        QCOMPARE(revived.obj()[u"next_attempt_at"_s].toString(),
                 m_h->clock().now().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s)); // due at once
        QCOMPARE(revived.obj()[u"last_error"_s].toString(),
                 u"push failed"_s); // kept for the record
        QCOMPARE(events({}, u"dead"_s).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventsApi)
#include "tst_eventsapi.moc"
