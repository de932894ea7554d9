// Live availability (GET /coworkings/{id}/live, a WebSocket) over real sockets: the snapshot,
// one numbered message per change, the refusals (close code 1008), the HTTP guard leaving an
// upgraded connection alone, a client too slow to read being dropped, the per-process cap, the
// periodic refresh, and sockets closed when their rights go (manager removed, user banned,
// coworking deleted, token expired).
#include "apiharness.h"
#include "serverconfig.h"
#include "livetestclient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUuid>

#include <arpa/inet.h>
#include <cerrno>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

struct Person
{
    QString id;
    QString email;
    QString token;
};

// A time of the Moscow coworking (UTC+3) on a day of January 2030; the clock starts on the
// 7th at 09:00 there.
QString msk(int day, const char *time)
{
    return u"2030-01-%1T%2:00+03:00"_s.arg(day, 2, 10, QLatin1Char('0')).arg(QLatin1String(time));
}

QStringList idsOf(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue v : array)
        out.append(v[u"id"_s].toString());
    return out;
}

qint64 metric(ApiHarness &api, const QByteArray &name)
{
    const QByteArray body = api.get(u"/metrics"_s).body;
    const qsizetype at = body.indexOf(QByteArray('\n' + name + ' '));
    return at < 0 ? -1 : body.mid(at + name.size() + 2).split('\n').first().toLongLong();
}

// A subscriber that completes the handshake and then never reads: a plain blocking socket
// with a small receive buffer, which the test's event loop never touches.
int openStalledSubscriber(quint16 port, const QString &coworkingId, const QString &token)
{
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    const int small = 4096;
    ::setsockopt(fd, SOL_SOCKET, SO_RCVBUF, &small, sizeof small);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_port = htons(port);
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    if (::connect(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0) {
        ::close(fd);
        return -1;
    }
    const QByteArray request = "GET /coworkings/" + coworkingId.toLatin1()
            + "/live?access_token=" + token.toLatin1()
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
              "Connection: Upgrade\r\n"
              "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
              "Sec-WebSocket-Version: 13\r\n\r\n";
    if (::send(fd, request.constData(), size_t(request.size()), 0) != request.size()) {
        ::close(fd);
        return -1;
    }
    // The server answers from its own threads: a blocking read of the 101 is fine here.
    QByteArray head;
    char c = 0;
    while (!head.endsWith("\r\n\r\n") && ::recv(fd, &c, 1, 0) == 1)
        head.append(c);
    if (!head.startsWith("HTTP/1.1 101")) {
        ::close(fd);
        return -1;
    }
    return fd;
}

} // namespace

class TestLiveApi : public QObject
{
    Q_OBJECT

private:
    Person newUser(bool business = false, bool admin = false)
    {
        const QString email = u"live%1@example.com"_s.arg(++m_users);
        const QString id = m_h->createUser(email, business, admin);
        return { id, email, m_h->token(email) };
    }
    QString createCoworking(ApiHarness &api, const Person &owner)
    {
        const Reply r = api.post(u"/coworkings"_s,
                                 QJsonObject{ { u"name"_s, u"Live %1"_s.arg(++m_coworkings) },
                                              { u"description"_s, u"d"_s },
                                              { u"address"_s, u"Street 1"_s },
                                              { u"opens_at"_s, u"08:00"_s },
                                              { u"closes_at"_s, u"20:00"_s },
                                              { u"timezone"_s, u"Europe/Moscow"_s } },
                                 owner.token);
        if (r.status != 201)
            qFatal("creating a coworking failed: %d %s", r.status, r.body.constData());
        return r.obj().value(u"id"_s).toString();
    }
    QStringList createSpots(ApiHarness &api, const Person &owner, const QString &coworkingId)
    {
        const Reply r =
                api.post(u"/coworkings/%1/spots"_s.arg(coworkingId),
                         QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"position"_s, 1 } },
                                     QJsonObject{ { u"name"_s, u"B"_s }, { u"position"_s, 2 } },
                                     QJsonObject{ { u"name"_s, u"C"_s },
                                                  { u"position"_s, 3 },
                                                  { u"status"_s, u"inactive"_s } } },
                         owner.token);
        if (r.status != 201)
            qFatal("creating spots failed: %d %s", r.status, r.body.constData());
        return idsOf(r.arr());
    }
    // A manager of the coworking, connected and past its snapshot (which names who booked).
    Person connectedManager(LiveTestClient &client)
    {
        const Person manager = newUser();
        const Reply added = m_h->put(u"/coworkings/%1/managers/%2"_s.arg(m_coworking, manager.id),
                                     QJsonValue(), m_owner.token);
        if (added.status != 204)
            qFatal("adding a manager failed: %d %s", added.status, added.body.constData());
        client.open(m_h->port(), m_coworking, manager.token);
        if (!client.waitForMessages(1)
            || client.messages().first()[u"bookings"_s][0][u"user_id"_s].toString() != m_user.id)
            qFatal("the manager got no snapshot with user ids");
        return manager;
    }
    void removeManager(const Person &manager)
    {
        QCOMPARE(m_h->del(u"/coworkings/%1/managers/%2"_s.arg(m_coworking, manager.id),
                          m_owner.token)
                         .status,
                 204);
    }
    static bool anyUserIds(const LiveTestClient &client, qsizetype from)
    {
        for (qsizetype i = from; i < client.messages().size(); ++i) {
            if (client.messages().at(i)[u"booking"_s].toObject().contains(u"user_id"_s))
                return true;
        }
        return false;
    }

    // A subscriber past its snapshot.
    static bool subscribed(LiveTestClient &client, quint16 port, const QString &coworkingId,
                           const QString &token)
    {
        client.open(port, coworkingId, token);
        return client.waitForMessages(1);
    }
    // Whether the server closed the socket as a refusal with `reason`; says what came instead.
    static bool refusedWith(LiveTestClient &client, const QString &reason)
    {
        if (!client.waitForClose()) {
            qWarning("still open");
            return false;
        }
        if (client.closeCode() == 1008 && client.closeReason() == reason)
            return true;
        qWarning("closed with %d %s", client.closeCode(), qPrintable(client.closeReason()));
        return false;
    }

    QString book(const Person &who, const QString &spotId, int day, const char *from,
                 const char *until)
    {
        const Reply r = m_h->post(u"/bookings"_s,
                                  QJsonObject{ { u"spot_id"_s, spotId },
                                               { u"time_from"_s, msk(day, from) },
                                               { u"time_until"_s, msk(day, until) } },
                                  who.token);
        if (r.status != 201)
            qFatal("booking failed: %d %s", r.status, r.body.constData());
        return r.obj().value(u"id"_s).toString();
    }

    std::unique_ptr<ApiHarness> m_h;
    int m_users = 0;
    int m_coworkings = 0;
    Person m_owner, m_user, m_admin;
    QString m_coworking;
    QStringList m_spots;
    QString m_todayBooking;

private slots:
    void initTestCase()
    {
        m_h = std::make_unique<ApiHarness>([](ServerConfig &config) {
            config.accessTtlMinutes = 60 * 24 * 60;
            config.limits.idleTimeoutSecs = 1; // far below the test's wait on an idle socket
            config.live.pingIntervalSecs = 2;
            config.live.recheckIntervalSecs = 1;
            config.live.allowedOrigins = { u"https://app.example.com"_s };
            config.live.maxPendingBytes = 16 * 1024;
            config.live.socketSendBufferBytes = 8 * 1024;
        });
        m_owner = newUser(true);
        m_user = newUser();
        m_admin = newUser(false, true);
        m_coworking = createCoworking(*m_h, m_owner);
        m_spots = createSpots(*m_h, m_owner, m_coworking);
        QCOMPARE(m_spots.size(), 3);
        m_todayBooking = book(m_user, m_spots.at(0), 7, "10:00", "11:00");
        book(m_user, m_spots.at(0), 9, "10:00", "11:00"); // beyond the 24 h window
    }

    void snapshotComesFirst()
    {
        LiveTestClient plain;
        plain.open(m_h->port(), m_coworking, m_user.token, true);
        QVERIFY(plain.waitForMessages(1));
        const QJsonObject snapshot = plain.messages().first();
        QCOMPARE(snapshot[u"type"_s].toString(), u"snapshot"_s);
        QCOMPARE(snapshot[u"seq"_s].toInt(), 1);
        QCOMPARE(snapshot[u"coworking_id"_s].toString(), m_coworking);
        QCOMPARE(snapshot[u"at"_s].toString(), u"2030-01-07T06:00:00Z"_s);
        QCOMPARE(snapshot[u"window"_s][u"until"_s].toString(), u"2030-01-08T06:00:00Z"_s);
        const QJsonArray spots = snapshot[u"spots"_s].toArray();
        QCOMPARE(idsOf(spots), m_spots);
        QCOMPARE(spots.at(0)[u"status"_s].toString(), u"active"_s);
        QCOMPARE(spots.at(2)[u"status"_s].toString(), u"inactive"_s);
        QCOMPARE(spots.at(1)[u"name"_s].toString(), u"B"_s);
        const QJsonArray bookings = snapshot[u"bookings"_s].toArray();
        QCOMPARE(idsOf(bookings), QStringList{ m_todayBooking });
        const QJsonObject booking = bookings.first().toObject();
        QCOMPARE(booking[u"spot_id"_s].toString(), m_spots.at(0));
        QCOMPARE(booking[u"time_from"_s].toString(), u"2030-01-07T07:00:00Z"_s);
        QCOMPARE(booking[u"time_until"_s].toString(), u"2030-01-07T08:00:00Z"_s);
        QVERIFY(booking[u"checked_in_at"_s].isNull());
        QVERIFY2(!booking.contains(u"user_id"_s), "only staff see who booked");

        // Staff (the owner, token in the query as browsers send it) and admins see user ids.
        for (const Person &staff : { m_owner, m_admin }) {
            LiveTestClient client;
            client.open(m_h->port(), m_coworking, staff.token);
            QVERIFY(client.waitForMessages(1));
            QCOMPARE(client.messages().first()[u"bookings"_s][0][u"user_id"_s].toString(),
                     m_user.id);
        }
    }

    void changesFollowWithRisingSeq()
    {
        LiveTestClient plain;
        LiveTestClient staff;
        plain.open(m_h->port(), m_coworking, m_user.token);
        staff.open(m_h->port(), m_coworking, m_owner.token);
        QVERIFY(plain.waitForMessages(1));
        QVERIFY(staff.waitForMessages(1));

        const QString id = book(m_user, m_spots.at(1), 7, "12:00", "13:00");
        QVERIFY(plain.waitForMessages(2));
        QVERIFY(staff.waitForMessages(2));
        QJsonObject message = plain.last();
        QCOMPARE(message[u"type"_s].toString(), u"booking"_s);
        QCOMPARE(message[u"seq"_s].toInt(), 2);
        QCOMPARE(message[u"event"_s].toString(), u"created"_s);
        QCOMPARE(message[u"coworking_id"_s].toString(), m_coworking);
        QCOMPARE(message[u"booking"_s][u"id"_s].toString(), id);
        QCOMPARE(message[u"booking"_s][u"spot_id"_s].toString(), m_spots.at(1));
        QCOMPARE(message[u"booking"_s][u"time_from"_s].toString(), u"2030-01-07T09:00:00Z"_s);
        QCOMPARE(message[u"booking"_s][u"status"_s].toString(), u"active"_s);
        QVERIFY(!message[u"booking"_s].toObject().contains(u"user_id"_s));
        QCOMPARE(staff.last()[u"booking"_s][u"user_id"_s].toString(), m_user.id);

        QCOMPARE(m_h->del(u"/bookings/%1"_s.arg(id), m_user.token).status, 204);
        QVERIFY(plain.waitForMessages(3));
        message = plain.last();
        QCOMPARE(message[u"seq"_s].toInt(), 3);
        QCOMPARE(message[u"event"_s].toString(), u"cancelled"_s);
        QCOMPARE(message[u"reason"_s].toString(), u"user"_s);
        QCOMPARE(message[u"booking"_s][u"id"_s].toString(), id);

        const Reply patched =
                m_h->patch(u"/spots/%1"_s.arg(m_spots.at(2)),
                           QJsonObject{ { u"status"_s, u"active"_s } }, m_owner.token);
        QCOMPARE(patched.status, 200);
        QVERIFY(plain.waitForMessages(4));
        message = plain.last();
        QCOMPARE(message[u"type"_s].toString(), u"spot"_s);
        QCOMPARE(message[u"seq"_s].toInt(), 4);
        QCOMPARE(message[u"spot"_s][u"id"_s].toString(), m_spots.at(2));
        QCOMPARE(message[u"spot"_s][u"status"_s].toString(), u"active"_s);

        // Another coworking's changes are not sent here.
        const QString other = createCoworking(*m_h, m_owner);
        const QStringList otherSpots = createSpots(*m_h, m_owner, other);
        book(m_user, otherSpots.at(0), 7, "12:00", "13:00");
        const QString mine = book(m_user, m_spots.at(1), 7, "14:00", "15:00");
        QVERIFY(plain.waitForMessages(5));
        QCOMPARE(plain.last()[u"booking"_s][u"id"_s].toString(), mine);
        QCOMPARE(plain.last()[u"seq"_s].toInt(), 5);
        QVERIFY(metric(*m_h, "coworking_live_connections") >= 2);
        QVERIFY(metric(*m_h, "coworking_live_messages_sent_total") >= 10);
    }

    // A booking moved to another spot: one "rescheduled" message names the new spot in the
    // booking and the old one in `previous`, so a map repaints both.
    void moveToAnotherSpotNamesBoth()
    {
        LiveTestClient staff;
        staff.open(m_h->port(), m_coworking, m_owner.token);
        QVERIFY(staff.waitForMessages(1));
        const Person mover = newUser(); // m_user holds as many bookings as the policy allows
        const QString id = book(mover, m_spots.at(0), 7, "16:00", "17:00");
        QVERIFY(staff.waitForMessages(2));
        const Reply moved = m_h->patch(u"/bookings/"_s + id,
                                       QJsonObject{ { u"spot_id"_s, m_spots.at(1) },
                                                    { u"time_from"_s, msk(7, "16:30") },
                                                    { u"time_until"_s, msk(7, "17:30") } },
                                       m_owner.token);
        QCOMPARE(moved.status, 200);
        QVERIFY(staff.waitForMessages(3));
        const QJsonObject message = staff.last();
        QCOMPARE(message[u"event"_s].toString(), u"rescheduled"_s);
        QCOMPARE(message[u"booking"_s][u"id"_s].toString(), id);
        QCOMPARE(message[u"booking"_s][u"spot_id"_s].toString(), m_spots.at(1));
        QCOMPARE(message[u"booking"_s][u"time_from"_s].toString(), u"2030-01-07T13:30:00Z"_s);
        QCOMPARE(message[u"previous"_s][u"spot_id"_s].toString(), m_spots.at(0));
        QCOMPARE(message[u"previous"_s][u"time_from"_s].toString(), u"2030-01-07T13:00:00Z"_s);
        QCOMPARE(m_h->del(u"/bookings/"_s + id, mover.token).status, 204);
    }

    void refusalsClose1008_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("unknownCoworking");
        QTest::addColumn<QString>("reason");
        QTest::newRow("no token") << QString() << QString() << false << u"UNAUTHORIZED"_s;
        QTest::newRow("bad token") << u"not.a.jwt"_s << QString() << false << u"INVALID_TOKEN"_s;
        QTest::newRow("origin not allowed")
                << u"user"_s << u"https://evil.example.com"_s << false << u"origin not allowed"_s;
        QTest::newRow("unknown coworking")
                << u"user"_s << QString() << true << u"COWORKING_NOT_FOUND"_s;
    }
    void refusalsClose1008()
    {
        QFETCH(QString, token);
        QFETCH(QString, origin);
        QFETCH(bool, unknownCoworking);
        QFETCH(QString, reason);
        LiveTestClient client(origin);
        client.open(m_h->port(),
                    unknownCoworking ? QUuid::createUuid().toString(QUuid::WithoutBraces)
                                     : m_coworking,
                    token == u"user" ? m_user.token : token);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 1008);
        QCOMPARE(client.closeReason(), reason);
        QVERIFY(client.messages().isEmpty());
    }

    void bannedUserIsRefused()
    {
        const Person banned = newUser();
        QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(banned.id), QJsonObject{}, m_admin.token).status,
                 204);
        LiveTestClient client;
        client.open(m_h->port(), m_coworking, banned.token);
        QVERIFY(client.waitForClose());
        QCOMPARE(client.closeCode(), 1008);
        QCOMPARE(client.closeReason(), u"USER_BANNED"_s);
    }

    void allowedOriginAndPlainHttp()
    {
        LiveTestClient browser(u"https://app.example.com"_s);
        browser.open(m_h->port(), m_coworking, m_user.token);
        QVERIFY(browser.waitForMessages(1));
        QCOMPARE(browser.messages().first()[u"type"_s].toString(), u"snapshot"_s);

        // Without the upgrade: told to upgrade; anonymous: 401 like every User route.
        const Reply plain = m_h->get(u"/coworkings/%1/live"_s.arg(m_coworking), m_user.token);
        QCOMPARE(plain.status, 426);
        QCOMPARE(plain.errorCode(), u"UPGRADE_REQUIRED"_s);
        QCOMPARE(m_h->get(u"/coworkings/%1/live"_s.arg(m_coworking)).status, 401);
        // An upgrade elsewhere is not accepted.
        QWebSocket elsewhere;
        QSignalSpy errors(&elsewhere, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error));
        elsewhere.open(QUrl(u"ws://127.0.0.1:%1/coworkings"_s.arg(m_h->port())));
        QVERIFY(errors.wait(5000));
        QVERIFY(elsewhere.state() != QAbstractSocket::ConnectedState);
    }

    void idleConnectionOutlivesHttpIdleTimeout()
    {
        LiveTestClient client;
        client.open(m_h->port(), m_coworking, m_user.token);
        QVERIFY(client.waitForMessages(1));
        // The HTTP idle timeout is 1 s and pings come every 2 s (answered by QWebSocket):
        // nothing may close this socket meanwhile.
        QVERIFY2(!client.waitForClose(5000), qPrintable(client.closeReason()));
        const QString id = book(newUser(), m_spots.at(1), 7, "16:00", "17:00");
        QVERIFY(client.waitForMessages(2));
        QCOMPARE(client.last()[u"booking"_s][u"id"_s].toString(), id);
    }

    void slowClientIsDropped()
    {
        const qint64 droppedBefore = metric(*m_h, "coworking_live_clients_too_slow_total");
        const int fd = openStalledSubscriber(m_h->port(), m_coworking, m_user.token);
        QVERIFY(fd >= 0);
        LiveTestClient healthy;
        healthy.open(m_h->port(), m_coworking, m_user.token);
        QVERIFY(healthy.waitForMessages(1));

        // Changes until the stalled one is dropped: its kernel buffers fill, then the server's
        // 16 KiB allowance.
        const Person booker = newUser();
        int rounds = 0;
        while (metric(*m_h, "coworking_live_clients_too_slow_total") == droppedBefore
               && rounds < 600) {
            const QString id = book(booker, m_spots.at(1), 7, "18:00", "19:00");
            QCOMPARE(m_h->del(u"/bookings/%1"_s.arg(id), booker.token).status, 204);
            ++rounds;
        }
        qInfo("dropped after %d create/cancel rounds", rounds);
        QCOMPARE(metric(*m_h, "coworking_live_clients_too_slow_total"), droppedBefore + 1);
        ::close(fd);

        // The server is fine and the healthy subscriber got every change.
        QCOMPARE(m_h->get(u"/healthcheck"_s).status, 200);
        QVERIFY(healthy.waitForMessages(1 + 2 * rounds, 5000));
        QCOMPARE(healthy.last()[u"seq"_s].toInt(), 1 + 2 * rounds);
        QVERIFY(!healthy.isClosed());
    }

    void unansweredPingsClose()
    {
        ApiHarness api([](ServerConfig &config) { config.live.pingIntervalSecs = 1; });
        api.createUser(u"mute@example.com"_s, true);
        const Person owner{ {}, u"mute@example.com"_s, api.token(u"mute@example.com"_s) };
        const QString coworking = createCoworking(api, owner);
        const int fd = openStalledSubscriber(api.port(), coworking, owner.token);
        QVERIFY(fd >= 0);
        QCOMPARE(metric(api, "coworking_live_connections"), 1);
        // It reads (the snapshot, the pings) but never answers a ping: the server cuts it after
        // two unanswered ones. Blocking reads are fine: the server runs in its own threads.
        timeval timeout{ 10, 0 };
        ::setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, sizeof timeout);
        QElapsedTimer timer;
        timer.start();
        char buffer[4096];
        ssize_t got = 0;
        while ((got = ::recv(fd, buffer, sizeof buffer, 0)) > 0) { }
        const int error = got < 0 ? errno : 0;
        ::close(fd);
        QVERIFY2(error != EAGAIN && error != EWOULDBLOCK, "still open after 10 s");
        QVERIFY2(timer.elapsed() >= 1500, "closed before two pings went unanswered");
        QTRY_COMPARE_WITH_TIMEOUT(metric(api, "coworking_live_connections"), 0, 5000);
    }

    void capRefreshAndReconnect()
    {
        ApiHarness api([](ServerConfig &config) {
            config.live.maxConnections = 1;
            config.live.snapshotRefreshSecs = 1;
        });
        api.createUser(u"solo@example.com"_s, true);
        const Person owner{ {}, u"solo@example.com"_s, api.token(u"solo@example.com"_s) };
        const QString coworking = createCoworking(api, owner);
        createSpots(api, owner, coworking);

        LiveTestClient first;
        first.open(api.port(), coworking, owner.token);
        QVERIFY(first.waitForMessages(1));
        LiveTestClient second;
        second.open(api.port(), coworking, owner.token);
        QVERIFY(second.waitForClose());
        QCOMPARE(second.closeCode(), 1008);
        QCOMPARE(second.closeReason(), u"too many live connections"_s);

        // The window rolls: a fresh snapshot, next seq, without any change.
        QVERIFY(first.waitForMessages(2, 5000));
        QCOMPARE(first.last()[u"type"_s].toString(), u"snapshot"_s);
        QCOMPARE(first.last()[u"seq"_s].toInt(), 2);

        // Reconnecting starts again with a snapshot; the freed slot is usable.
        first.socket().close();
        QVERIFY(first.waitForClose());
        QTRY_COMPARE_WITH_TIMEOUT(metric(api, "coworking_live_connections"), 0, 5000);
        LiveTestClient again;
        again.open(api.port(), coworking, owner.token);
        QVERIFY(again.waitForMessages(1));
        QCOMPARE(again.messages().first()[u"type"_s].toString(), u"snapshot"_s);
        QCOMPARE(again.messages().first()[u"seq"_s].toInt(), 1);
    }

    // REST answers 403 at once; a change right after must not carry user ids to the socket.
    void removedManagerGetsNoUserIds()
    {
        LiveTestClient client;
        removeManager(connectedManager(client));
        const Person booker = newUser();
        const QString id = book(booker, m_spots.at(1), 7, "19:00", "20:00");
        const bool refused = refusedWith(client, u"FORBIDDEN"_s);
        QVERIFY2(!anyUserIds(client, 1), "a user id reached a former manager");
        QVERIFY(refused);
        QCOMPARE(m_h->del(u"/bookings/"_s + id, booker.token).status, 204);
    }

    // Without any change, the periodic re-check (1 s here) closes it.
    void removedManagerIsClosedWithoutChanges()
    {
        LiveTestClient client;
        LiveTestClient member;
        QVERIFY(subscribed(member, m_h->port(), m_coworking, m_user.token));
        removeManager(connectedManager(client));
        QVERIFY(refusedWith(client, u"FORBIDDEN"_s));
        QCOMPARE(client.messages().size(), 1);
        QVERIFY2(!member.isClosed(), "a subscriber who kept its rights was closed");
    }

    void bannedSubscriberIsClosed()
    {
        const Person member = newUser();
        LiveTestClient client;
        QVERIFY(subscribed(client, m_h->port(), m_coworking, member.token));
        QCOMPARE(m_h->post(u"/users/%1/ban"_s.arg(member.id), QJsonObject{}, m_admin.token).status,
                 204);
        QVERIFY(refusedWith(client, u"USER_BANNED"_s));
    }

    void deletedCoworkingClosesItsSockets()
    {
        const QString doomed = createCoworking(*m_h, m_owner);
        LiveTestClient member;
        LiveTestClient owner;
        QVERIFY(subscribed(member, m_h->port(), doomed, m_user.token));
        QVERIFY(subscribed(owner, m_h->port(), doomed, m_owner.token));
        QCOMPARE(m_h->del(u"/coworkings/"_s + doomed, m_owner.token).status, 204);
        QVERIFY(refusedWith(member, u"COWORKING_NOT_FOUND"_s));
        QVERIFY(refusedWith(owner, u"COWORKING_NOT_FOUND"_s));
    }

    // The server's clock decides (a test clock here): once the token has expired, the socket
    // is closed within a second or so, without any change to send.
    void expiredTokenCloses()
    {
        ApiHarness api([](ServerConfig &config) { config.accessTtlMinutes = 1; });
        api.createUser(u"brief@example.com"_s, true);
        const Person owner{ {}, u"brief@example.com"_s, api.token(u"brief@example.com"_s) };
        LiveTestClient client;
        QVERIFY(subscribed(client, api.port(), createCoworking(api, owner), owner.token));
        api.clock().advanceSecs(59);
        QVERIFY2(!client.waitForClose(1500), qPrintable(client.closeReason()));
        api.clock().advanceSecs(1);
        QVERIFY(refusedWith(client, u"INVALID_TOKEN"_s));
    }
};

QTEST_GUILESS_MAIN(TestLiveApi)
#include "tst_liveapi.moc"
