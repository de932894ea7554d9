// The client's address behind a reverse proxy and the login throttle across instances (issue 13,
// finding 4). Every request of these tests comes from 127.0.0.1: configured as a trusted proxy
// it is the project's nginx site, whose X-Forwarded-For / X-Real-IP name the real clients;
// otherwise it is an ordinary client whose headers say nothing. The failures of the per-address
// count (4 x 5 = 20) live in the database, so two server instances on it count them together.
#include "apiharness.h"
#include "coworkingserver.h"
#include "serverconfig.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QTest>

#include <algorithm>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kPerAddress = 20; // 4 x the default 5 failed logins per account

QByteArray credentials(const QString &email, const QString &password)
{
    return QJsonDocument(QJsonObject{ { u"email"_s, email }, { u"password"_s, password } })
            .toJson(QJsonDocument::Compact);
}

Reply login(ApiHarness &api, const QString &email, const QString &password,
            const Headers &from = {}, quint16 port = 0)
{
    return api.raw("POST", u"/auth/login"_s, credentials(email, password), from, port);
}

// Alice signs in with her right password: 200, or 429 while her client's address is locked.
int aliceSignsIn(ApiHarness &api, const Headers &from, quint16 port = 0)
{
    return login(api, u"alice@example.com"_s, u"password123"_s, from, port).status;
}

Headers forwardedFor(const QByteArray &chain)
{
    return { { "X-Forwarded-For", chain } };
}

// Access log lines of the server's threads, caught while a test runs.
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;

void catchLog(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (context.category && QByteArrayView(context.category) == "coworking.http") {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    g_previous(type, context, message);
}

qsizetype logged(const QString &needle)
{
    const QMutexLocker lock(&g_logMutex);
    return std::count_if(g_log.cbegin(), g_log.cend(),
                         [&needle](const QString &line) { return line.contains(needle); });
}

} // namespace

class TestClientAddress : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        g_log.clear();
        g_previous = qInstallMessageHandler(catchLog);
    }
    void cleanup() { qInstallMessageHandler(g_previous); }

    // Behind the proxy, a guesser locks out its own address, not every user of the site.
    void proxiedClientsAreCountedApart()
    {
        ApiHarness api([](ServerConfig &config) {
            QString error;
            config.trustedProxies = *TrustedProxies::parse(u"127.0.0.1, ::1"_s, &error);
        });
        api.createUser(u"alice@example.com"_s);
        const Headers guesser = forwardedFor("203.0.113.1");
        for (int i = 0; i < kPerAddress; ++i)
            QCOMPARE(login(api, u"spray%1@example.com"_s.arg(i), u"guess"_s, guesser).status, 401);

        QCOMPARE(aliceSignsIn(api, guesser), 429);
        // Another client of the same proxy signs in.
        QCOMPARE(aliceSignsIn(api, forwardedFor("203.0.113.2")), 200);
        // The right-most hop the proxy appended counts; what the client wrote to its left
        // (anything it likes) changes nothing.
        QCOMPARE(aliceSignsIn(api, forwardedFor("198.51.100.7, 203.0.113.1")), 429);
        // Hops that are proxies of ours are skipped (here the proxy itself, chained).
        QCOMPARE(aliceSignsIn(api,
                              { { "X-Forwarded-For", "203.0.113.1" },
                                { "X-Forwarded-For", "127.0.0.1" } }),
                 429);
        // X-Real-IP, when the proxy sends that instead.
        QCOMPARE(aliceSignsIn(api, { { "X-Real-IP", "203.0.113.1" } }), 429);
        QCOMPARE(aliceSignsIn(api, { { "X-Real-IP", "203.0.113.3" } }), 200);
        // The access log names the client, not the proxy. A line is written once its answer
        // left, so the last ones may still be on their way.
        QTRY_COMPARE(logged(u"POST /auth/login"_s), kPerAddress + 6);
        QCOMPARE(logged(u"client=203.0.113.1"_s), kPerAddress + 4);
        QCOMPARE(logged(u"client=203.0.113.2"_s), 1);
        QCOMPARE(logged(u"client=203.0.113.3"_s), 1);
    }

    // Without a trusted proxy the TCP peer is the client, whatever its headers claim.
    void untrustedPeerCannotChooseItsAddress()
    {
        ApiHarness api;
        api.createUser(u"alice@example.com"_s);
        for (int i = 0; i < kPerAddress; ++i) {
            const QByteArray claimed = "203.0.113." + QByteArray::number(i + 1);
            QCOMPARE(login(api, u"spray%1@example.com"_s.arg(i), u"guess"_s, forwardedFor(claimed))
                             .status,
                     401);
        }
        QCOMPARE(aliceSignsIn(api, forwardedFor("203.0.113.99")), 429);
        QCOMPARE(aliceSignsIn(api, { { "X-Real-IP", "203.0.113.99" } }), 429);
        QTRY_COMPARE(logged(u"POST /auth/login"_s), kPerAddress + 2);
        QCOMPARE(logged(u"client=203.0.113."_s), 0);
        QVERIFY(logged(u"client=127.0.0.1"_s) >= kPerAddress + 2);
    }

    // Two instances on one database: failures made through either count for both.
    void instancesShareTheCounts()
    {
        ApiHarness a;
        ManualClock clockB(ApiHarness::startTime());
        const std::unique_ptr<CoworkingServer> b = a.startSecondInstance(clockB);
        a.createUser(u"alice@example.com"_s);
        a.createUser(u"bob@example.com"_s);

        // Per address: half the failures through each instance.
        for (int i = 0; i < kPerAddress; ++i) {
            const quint16 port = i % 2 == 0 ? a.port() : b->port();
            QCOMPARE(login(a, u"spray%1@example.com"_s.arg(i), u"guess"_s, {}, port).status, 401);
        }
        QCOMPARE(aliceSignsIn(a, {}, a.port()), 429);
        const Reply onB = login(a, u"alice@example.com"_s, u"password123"_s, {}, b->port());
        QCOMPARE(onB.status, 429);
        QCOMPARE(onB.headers.value("retry-after").toInt(), 15 * 60);

        // Per account: a window later (the address's failures expired), 3 guesses at Bob
        // through A and 2 through B are his 5.
        a.clock().advanceSecs(16 * 60);
        clockB.advanceSecs(16 * 60);
        for (int i = 0; i < 5; ++i) {
            const quint16 port = i < 3 ? a.port() : b->port();
            QCOMPARE(login(a, u"bob@example.com"_s, u"guess"_s, {}, port).status, 401);
        }
        QCOMPARE(login(a, u"bob@example.com"_s, u"password123"_s, {}, a.port()).status, 429);
        QCOMPARE(login(a, u"bob@example.com"_s, u"password123"_s, {}, b->port()).status, 429);
        // Expired failures are deleted as new ones come: the spray's 40 rows are gone, Bob's
        // 5 guesses are kept once for his account and once for the address.
        QCOMPARE(a.sql(u"SELECT COUNT(*) AS n FROM login_failures"_s).first().value(u"n"_s).toInt(),
                 10);
    }
};

QTEST_GUILESS_MAIN(TestClientAddress)
#include "tst_clientaddress.moc"
