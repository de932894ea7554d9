// What the runner changes on its own (expiry, no-show releases) reaches live subscribers like any
// request's change: the server's embedded runner publishes through the same path (PostgreSQL
// NOTIFY, or the process's hub on SQLite). Time moves by the harness's clock, not by sleeping.
#include "apiharness.h"
#include "serverconfig.h"
#include "livetestclient.h"
#include "sitefixture.h"

#include <QTest>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

class TestLiveRunner final : public QObject
{
    Q_OBJECT

    // Waits for the message of `client` telling `event` of `bookingId`, among those from
    // position `from` on; other changes may come first. Empty when none came in time.
    static QJsonObject awaitEvent(LiveTestClient &client, const QString &bookingId,
                                  const QString &event, qsizetype from)
    {
        for (qsizetype seen = from;; ++seen) {
            if (!client.waitForMessages(seen + 1, 5000))
                return {};
            const QJsonObject message = client.messages().at(seen);
            if (message[u"booking"_s][u"id"_s].toString() == bookingId
                && message[u"event"_s].toString() == event)
                return message;
        }
    }

private slots:
    void runnerChangesReachSubscribers()
    {
        ApiHarness h([](ServerConfig &config) {
            config.accessTtlMinutes = 24 * 60;
            config.runner.mode = RunnerMode::Embedded;
            config.runner.pollMilliseconds = 20;
        });
        SiteFixture site(h);
        const Person owner = site.person(true);
        const Person member = site.person();
        const Person early = site.person();
        const QString coworking =
                site.coworking(owner,
                               { { u"booking_policy"_s,
                                   QJsonObject{ { u"checkin_required"_s, true },
                                                { u"auto_release_minutes"_s, 15 } } } });
        const QStringList spots = site.spots(owner, coworking, 2);
        // The clock starts at 09:00 in Moscow.
        const QString missed = site.book(member, spots.at(0), u"2030-01-07T09:30:00+03:00"_s,
                                         u"2030-01-07T10:30:00+03:00"_s);
        const QString kept = site.book(early, spots.at(1), u"2030-01-07T09:15:00+03:00"_s,
                                       u"2030-01-07T09:45:00+03:00"_s);

        LiveTestClient client;
        client.open(h.port(), coworking, member.token);
        QVERIFY(client.waitForMessages(1));
        QCOMPARE(client.messages().first()[u"bookings"_s].toArray().size(), 2);
        const qsizetype afterSnapshot = client.messages().size();

        // The kept booking is checked in; the other is not, and is released 15 minutes after
        // its start.
        h.clock().set(QDateTime(QDate(2030, 1, 7), QTime(6, 15), QTimeZone::utc()));
        QCOMPARE(h.post(u"/bookings/%1/check-in"_s.arg(kept), QJsonObject{}, early.token).status,
                 200);
        h.clock().set(QDateTime(QDate(2030, 1, 7), QTime(6, 46), QTimeZone::utc()));
        const QJsonObject released = awaitEvent(client, missed, u"cancelled"_s, afterSnapshot);
        QCOMPARE(released[u"type"_s].toString(), u"booking"_s);
        QCOMPARE(released[u"reason"_s].toString(), u"no_show"_s);

        // 09:46 Moscow: the checked-in booking has ended and the runner stores it expired.
        const QJsonObject expired = awaitEvent(client, kept, u"expired"_s, afterSnapshot);
        QCOMPARE(expired[u"booking"_s][u"status"_s].toString(), u"expired"_s);
        // One pass runs both jobs, in either order; each change is a message of its own.
        QVERIFY(released[u"seq"_s].toInt() > 1 && expired[u"seq"_s].toInt() > 1);
        QVERIFY(expired[u"seq"_s].toInt() != released[u"seq"_s].toInt());

        // Both changes are stored, not only told.
        const Reply mine = h.get(u"/bookings/%1"_s.arg(missed), member.token);
        QCOMPARE(mine.obj()[u"status"_s].toString(), u"cancelled"_s);
        QCOMPARE(h.sql(u"SELECT status FROM bookings WHERE id = ?"_s, { kept })
                         .first()
                         .value(0)
                         .toString(),
                 u"expired"_s);
    }
};

QTEST_GUILESS_MAIN(TestLiveRunner)
#include "tst_liverunner.moc"
