#include "clienttest.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace coworking;
using namespace coworking::client;
using namespace coworking::test;

namespace {

// A TCP relay in front of the server that can go silent: while frozen it swallows every byte
// both ways, as a server whose machine vanished without closing its sockets.
class FreezableRelay : public QObject
{
public:
    explicit FreezableRelay(quint16 upstreamPort) : m_upstreamPort(upstreamPort)
    {
        m_server.listen(QHostAddress::LocalHost);
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *down = m_server.nextPendingConnection()) {
                auto *up = new QTcpSocket(down);
                up->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                const auto pipe = [this](QTcpSocket *from, QTcpSocket *to) {
                    connect(from, &QTcpSocket::readyRead, this, [this, from, to] {
                        const QByteArray bytes = from->readAll();
                        if (!m_frozen)
                            to->write(bytes);
                    });
                };
                pipe(down, up);
                pipe(up, down);
                connect(down, &QTcpSocket::disconnected, down, &QObject::deleteLater);
                connect(up, &QTcpSocket::disconnected, down, &QTcpSocket::disconnectFromHost);
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    // Only the connections open now stay silent; new ones relay again once thawed.
    void setFrozen(bool frozen) { m_frozen = frozen; }

private:
    quint16 m_upstreamPort;
    QTcpServer m_server;
    bool m_frozen = false;
};

} // namespace

// The live stream through LiveFeed: snapshot then numbered changes, a missed seq recovered by a
// fresh snapshot, and a server restart survived.
class TestLiveFeed : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void snapshotThenChanges();
    void missedSeqBringsFreshSnapshot();
    void serverRestartReconnectsWithFreshSnapshot();
    void silentServerDetectedByPings();
    void unknownCoworkingClosesForGood();
    void cleanupTestCase() { QCOMPARE(g_synchronousCallbacks, 0); }

private:
    // Books `spot` for the hour from `hour` (UTC) on the harness's first day, over plain HTTP.
    QString book(const QString &spotId, int hour);
    QStringList bookingIdsOf(const QJsonObject &snapshot) const;

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    std::unique_ptr<CoworkingClient> m_client;
    Person m_owner;
    QString m_coworking;
    QStringList m_spots;
};

void TestLiveFeed::init()
{
    m_h = std::make_unique<ApiHarness>();
    m_site = std::make_unique<SiteFixture>(*m_h);
    m_owner = m_site->person(true);
    m_coworking = m_site->coworking(m_owner);
    m_spots = m_site->spots(m_owner, m_coworking, 3);
    m_client = std::make_unique<CoworkingClient>(serverUrl(*m_h));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        m_client->auth().login(m_owner.email, u"password123"_s, false, ctx, done);
    }));
}

void TestLiveFeed::cleanup()
{
    m_client.reset();
    m_site.reset();
    m_h.reset();
}

QString TestLiveFeed::book(const QString &spotId, int hour)
{
    return m_site->book(m_owner, spotId,
                        utcText(7, qPrintable(u"%1:00"_s.arg(hour, 2, 10, QChar(u'0')))),
                        utcText(7, qPrintable(u"%1:00"_s.arg(hour + 1, 2, 10, QChar(u'0')))));
}

QStringList TestLiveFeed::bookingIdsOf(const QJsonObject &snapshot) const
{
    return valuesOf(snapshot.value(u"bookings"_s).toArray());
}

void TestLiveFeed::snapshotThenChanges()
{
    const QString before = book(m_spots[0], 7);
    QObject owner;
    LiveFeed *feed = m_client->openLive(m_coworking, &owner);
    QSignalSpy snapshots(feed, &LiveFeed::snapshot);
    QSignalSpy changes(feed, &LiveFeed::change);
    QSignalSpy states(feed, &LiveFeed::stateChanged);
    std::optional<LiveSnapshot> typedSnapshot;
    std::optional<LiveBookingChange> typedChange;
    connect(feed, &LiveFeed::snapshotReceived, this,
            [&](const LiveSnapshot &s) { typedSnapshot = s; });
    connect(feed, &LiveFeed::bookingChanged, this,
            [&](const LiveBookingChange &c) { typedChange = c; });
    QCOMPARE(feed->state(), LiveFeed::State::Connecting);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 10000);
    QCOMPARE(feed->state(), LiveFeed::State::Live);
    QCOMPARE(states.count(), 1);
    const QJsonObject snapshot = snapshots.at(0).at(0).toJsonObject();
    QCOMPARE(snapshot.value(u"coworking_id"_s).toString(), m_coworking);
    QCOMPARE(snapshot.value(u"spots"_s).toArray().size(), 3);
    QCOMPARE(bookingIdsOf(snapshot), QStringList{ before });
    // The same, typed by core's live codec.
    QVERIFY(typedSnapshot.has_value());
    QCOMPARE(typedSnapshot->coworkingId, m_coworking);
    QCOMPARE(typedSnapshot->spots.size(), 3);
    QCOMPARE(typedSnapshot->bookings.size(), 1);
    QCOMPARE(typedSnapshot->bookings.at(0).id, before);

    const QString id = book(m_spots[1], 8);
    // With PostgreSQL the news of the booking made before the feed opened may still arrive
    // after the snapshot (NOTIFY is asynchronous): changes are matched by booking.
    const auto changeOf = [&](const QString &bookingId) -> std::optional<QJsonObject> {
        for (const auto &args : changes) {
            const QJsonObject c = args.at(0).toJsonObject();
            if (c.value(u"booking"_s).toObject().value(u"id"_s).toString() == bookingId)
                return c;
        }
        return std::nullopt;
    };
    QTRY_VERIFY_WITH_TIMEOUT(changeOf(id).has_value(), 10000);
    // Numbered one by one after the snapshot.
    qint64 expected = snapshot.value(u"seq"_s).toInteger();
    for (const auto &args : changes)
        QCOMPARE(args.at(0).toJsonObject().value(u"seq"_s).toInteger(), ++expected);
    QCOMPARE(feed->lastSeq(), expected);
    QCOMPARE(changeOf(id)->value(u"event"_s).toString(), u"created"_s);
    QVERIFY(typedChange.has_value());
    QCOMPARE(typedChange->event, u"created"_s);
    QCOMPARE(typedChange->booking.id, id);
    QCOMPARE(typedChange->booking.spotId, m_spots[1]);

    feed->close();
    QCOMPARE(feed->state(), LiveFeed::State::Closed);
}

void TestLiveFeed::missedSeqBringsFreshSnapshot()
{
    QObject owner;
    LiveFeed *feed = m_client->openLive(m_coworking, &owner);
    QSignalSpy snapshots(feed, &LiveFeed::snapshot);
    QSignalSpy changes(feed, &LiveFeed::change);
    QSignalSpy gaps(feed, &LiveFeed::gapDetected);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 10000);

    feed->dropNextChangeForTest();
    const QString lost = book(m_spots[0], 9);
    const QString next = book(m_spots[1], 10);
    // The second change shows the gap; the feed resyncs instead of passing it on.
    QTRY_COMPARE_WITH_TIMEOUT(gaps.count(), 1, 10000);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 10000);
    QCOMPARE(changes.count(), 0);
    const qint64 expected = gaps.at(0).at(0).toLongLong();
    QCOMPARE(gaps.at(0).at(1).toLongLong(), expected + 1);
    // The fresh snapshot holds what the lost change said, and what came after it.
    const QStringList ids = bookingIdsOf(snapshots.at(1).at(0).toJsonObject());
    QVERIFY2(ids.contains(lost) && ids.contains(next), qPrintable(ids.join(u',')));
    QCOMPARE(feed->state(), LiveFeed::State::Live);

    // And it goes on in order from there.
    book(m_spots[2], 11);
    QTRY_COMPARE_WITH_TIMEOUT(changes.count(), 1, 10000);
}

void TestLiveFeed::serverRestartReconnectsWithFreshSnapshot()
{
    QObject owner;
    LiveFeed *feed = m_client->openLive(m_coworking, &owner);
    feed->setBackoff(std::chrono::milliseconds(100), std::chrono::milliseconds(400));
    QSignalSpy snapshots(feed, &LiveFeed::snapshot);
    QSignalSpy states(feed, &LiveFeed::stateChanged);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 10000);

    m_h->stopServer();
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), LiveFeed::State::Reconnecting, 10000);
    // Attempts keep failing while it is down, backing off.
    QTRY_VERIFY_WITH_TIMEOUT(feed->reconnectAttempts() >= 2, 10000);
    QCOMPARE(snapshots.count(), 1);

    m_h->startServer();
    QSignalSpy changes(feed, &LiveFeed::change);
    const QString afterRestart = book(m_spots[0], 10);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 15000);
    QCOMPARE(feed->state(), LiveFeed::State::Live);
    // The booking made around the reconnect reaches the feed either in the fresh snapshot or as
    // a change after it, never lost between the two.
    const auto seen = [&] {
        if (bookingIdsOf(snapshots.last().at(0).toJsonObject()).contains(afterRestart))
            return true;
        for (const auto &args : changes) {
            const QJsonObject change = args.at(0).toJsonObject();
            if (change.value(u"booking"_s).toObject().value(u"id"_s).toString() == afterRestart)
                return true;
        }
        return false;
    };
    QTRY_VERIFY_WITH_TIMEOUT(seen(), 10000);
    QCOMPARE(feed->reconnectAttempts(), 0);
    QVERIFY(states.count() >= 3); // Live → Reconnecting → Live
}

void TestLiveFeed::silentServerDetectedByPings()
{
    FreezableRelay relay(m_h->port());
    CoworkingClient viaRelay(QUrl(u"http://127.0.0.1:%1"_s.arg(relay.port())));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        viaRelay.auth().login(m_owner.email, u"password123"_s, false, ctx, done);
    }));
    QObject owner;
    LiveFeed *feed = viaRelay.openLive(m_coworking, &owner);
    // Two unanswered pings in a row mean a dead server: at 500 ms apart, a sanitizer build's
    // stall does not pass for one.
    feed->setPingInterval(std::chrono::milliseconds(500));
    feed->setBackoff(std::chrono::milliseconds(100), std::chrono::milliseconds(200));
    QSignalSpy snapshots(feed, &LiveFeed::snapshot);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 1, 10000);
    QTest::qWait(1500); // pings answered: still live
    QCOMPARE(feed->state(), LiveFeed::State::Live);

    relay.setFrozen(true);
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), LiveFeed::State::Reconnecting, 10000);
    QVERIFY(feed->lastError().contains(u"ping"_s));
    relay.setFrozen(false);
    QTRY_COMPARE_WITH_TIMEOUT(snapshots.count(), 2, 10000);
    QCOMPARE(feed->state(), LiveFeed::State::Live);
}

void TestLiveFeed::unknownCoworkingClosesForGood()
{
    QObject owner;
    LiveFeed *feed = m_client->openLive(kUnknownId, &owner);
    QSignalSpy snapshots(feed, &LiveFeed::snapshot);
    QTRY_COMPARE_WITH_TIMEOUT(feed->state(), LiveFeed::State::Closed, 10000);
    QCOMPARE(feed->lastError(), u"COWORKING_NOT_FOUND"_s);
    QCOMPARE(snapshots.count(), 0);
}

QTEST_GUILESS_MAIN(TestLiveFeed)
#include "tst_livefeed.moc"
