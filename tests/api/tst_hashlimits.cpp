// Password hashing under load and the per-address limits of registration and login (issue 13,
// finding 2): a hash beyond the hashing pool's capacity is refused at once with 503 and
// Retry-After, and the N+1-th registration or successful login of a client address within the
// window is 429 with Retry-After.
#include "apiharness.h"
#include "serverconfig.h"

#include <QJsonDocument>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"password123"_s;

QJsonObject credentials(const QString &email, const QString &password = kPassword)
{
    return { { u"email"_s, email }, { u"password"_s, password } };
}

QJsonObject newUser(const QString &email)
{
    return { { u"email"_s, email },
             { u"full_name"_s, u"Rate Limited"_s },
             { u"password"_s, kPassword } };
}

QByteArray loginRequest(const QString &email)
{
    const QByteArray body = QJsonDocument(credentials(email)).toJson(QJsonDocument::Compact);
    return "POST /auth/login HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
           "Content-Type: application/json\r\nContent-Length: "
            + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

// Sends every request on its own connection at once, then reads every answer.
QList<Reply> concurrently(quint16 port, const QList<QByteArray> &requests)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        sockets.push_back(std::make_unique<QTcpSocket>());
        sockets.back()->connectToHost(u"127.0.0.1"_s, port);
    }
    for (auto &socket : sockets) {
        if (!socket->waitForConnected(5000))
            qFatal("cannot connect to the test server");
    }
    for (qsizetype i = 0; i < requests.size(); ++i) {
        sockets[size_t(i)]->write(requests[i]);
        sockets[size_t(i)]->flush(); // now, not when this socket is next waited on
    }
    QList<Reply> replies;
    for (auto &socket : sockets) {
        // Connection: close: the answer is complete when the server closes.
        while (socket->state() == QAbstractSocket::ConnectedState
               && socket->waitForReadyRead(10000))
            ;
        replies.append(ApiHarness::parseResponse(socket->readAll()));
    }
    return replies;
}

} // namespace

class TestHashLimits final : public QObject
{
    Q_OBJECT

private slots:
    void successfulLoginsPerAddress();
    void registrationsPerAddress();
    void hashingBeyondCapacityIsRefusedAtOnce();
};

void TestHashLimits::successfulLoginsPerAddress()
{
    ApiHarness api([](ServerConfig &config) {
        config.loginLimit = 3;
        config.loginWindowSecs = 600;
    });
    api.createUser(u"alice@example.com"_s);
    api.createUser(u"bob@example.com"_s);

    const Reply first = api.post(u"/auth/login"_s, credentials(u"alice@example.com"_s));
    QCOMPARE(first.status, 200);
    // A failed login is not a successful one: it gives its count back.
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"alice@example.com"_s, u"wrong"_s)).status,
             401);
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"bob@example.com"_s)).status, 200);
    api.clock().advanceSecs(100);
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"alice@example.com"_s)).status, 200);

    // The 4th success within the window, whichever account: refused before any hashing.
    const Reply limited = api.post(u"/auth/login"_s, credentials(u"bob@example.com"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"TOO_MANY_REQUESTS"_s);
    QCOMPARE(limited.headers.value("retry-after").toInt(), 600 - 100);
    QCOMPARE(limited.obj()
                     .value(u"error"_s)
                     .toObject()
                     .value(u"details"_s)
                     .toObject()
                     .value(u"retry_after"_s)
                     .toInt(),
             600 - 100);

    // Refreshing a session is not a login: it stays open to a client at its limit.
    const QJsonObject refresh{ { u"refresh_token"_s,
                                 first.obj().value(u"refresh_token"_s).toString() } };
    QCOMPARE(api.post(u"/auth/refresh"_s, refresh).status, 200);

    api.clock().advanceSecs(600 - 100 - 1);
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"bob@example.com"_s)).status, 429);
    api.clock().advanceSecs(1);
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"bob@example.com"_s)).status, 200);
}

void TestHashLimits::registrationsPerAddress()
{
    ApiHarness api([](ServerConfig &config) {
        config.registerLimit = 2;
        config.registerWindowSecs = 3600;
    });
    QCOMPARE(api.post(u"/users"_s, newUser(u"one@example.com"_s)).status, 201);
    // A registration that fails (the email is taken) does not use up the limit.
    QCOMPARE(api.post(u"/users"_s, newUser(u"one@example.com"_s)).status, 409);
    QCOMPARE(api.post(u"/users"_s, newUser(u"two@example.com"_s)).status, 201);

    const Reply limited = api.post(u"/users"_s, newUser(u"three@example.com"_s));
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"TOO_MANY_REQUESTS"_s);
    QCOMPARE(limited.headers.value("retry-after").toInt(), 3600);
    QVERIFY(api.sql(u"SELECT id FROM users WHERE email_normalized = ?"_s,
                    { u"three@example.com"_s })
                    .isEmpty());
    // Logging in is another limit: the client can still use the accounts it made.
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"two@example.com"_s)).status, 200);

    api.clock().advanceSecs(3600);
    QCOMPARE(api.post(u"/users"_s, newUser(u"three@example.com"_s)).status, 201);
}

void TestHashLimits::hashingBeyondCapacityIsRefusedAtOnce()
{
    // Real Argon2id cost (tens of milliseconds a hash), one hashing thread and no waiting room:
    // while one login hashes, another one is refused instead of holding its request thread.
    ApiHarness api([](ServerConfig &config) {
        config.threads = 4;
        config.fastPasswordHashing = false;
        config.hashThreads = 1;
        config.hashQueue = 0;
    });
    api.createUser(u"alice@example.com"_s);

    int ok = 0;
    int refused = 0;
    for (int round = 0; round < 5 && (ok == 0 || refused == 0); ++round) {
        const QList<QByteArray> requests(8, loginRequest(u"alice@example.com"_s));
        for (const Reply &r : concurrently(api.port(), requests)) {
            if (r.status == 200) {
                ++ok;
                continue;
            }
            QCOMPARE(r.status, 503);
            QCOMPARE(r.errorCode(), u"UNAVAILABLE"_s);
            QCOMPARE(r.headers.value("retry-after"), QByteArray("1"));
            ++refused;
        }
    }
    QVERIFY2(ok > 0, "no login was admitted");
    QVERIFY2(refused > 0, "no login beyond the capacity was refused");
    // Nothing stays admitted once the flood is over: the next login hashes and succeeds.
    QCOMPARE(api.post(u"/auth/login"_s, credentials(u"alice@example.com"_s)).status, 200);
}

QTEST_GUILESS_MAIN(TestHashLimits)
#include "tst_hashlimits.moc"
