#include "clienttest.h"
#include "sitefixture.h"

#include "serverconfig.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QTemporaryDir>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>

using namespace coworking;
using namespace coworking::client;
using namespace coworking::test;

// Signing in and out, the one refresh for concurrent calls, typed transport errors, and a
// server that goes away and comes back.
class TestClientSession : public QObject
{
    Q_OBJECT

private slots:
    void signInWithGoodPassword();
    void wrongPasswordIsInvalidCredentials();
    void throttledSignInSaysWhenToRetry();
    void bannedUserIsRefused();
    void expiredTokenRefreshedOnceForConcurrentCalls();
    void refusedRefreshEndsSession();
    void signOutRevokesTheRefreshToken();
    void keptSessionIsRestored();
    void callbackNotCalledAfterContextIsGone();
    void silentServerTimesOut();
    void untrustedCertificateIsTls();
    void stoppedServerIsNetworkErrorThenWorksAgain();
    void cleanupTestCase() { QCOMPARE(g_synchronousCallbacks, 0); }
};

void TestClientSession::signInWithGoodPassword()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    QSignalSpy signedIn(&c.api(), &ApiClient::signedIn);
    const auto r = await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    });
    QVERIFY_OK(r);
    QCOMPARE(r.value().email, u"ann@example.com"_s);
    QVERIFY(c.api().isSignedIn());
    QCOMPARE(c.api().currentUser()->id, r.value().id);
    QCOMPARE(signedIn.count(), 1);
    // The token works for authenticated calls.
    const auto me = await<User>([&](QObject *ctx, auto done) { c.users().me(ctx, done); });
    QVERIFY_OK(me);
    QCOMPARE(me.value().id, r.value().id);
}

void TestClientSession::wrongPasswordIsInvalidCredentials()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    const auto r = await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"wrong-password"_s, false, ctx, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Http);
    QCOMPARE(r.error().status, 401);
    QCOMPARE(r.error().code, u"INVALID_CREDENTIALS"_s);
    QVERIFY(!r.error().message.isEmpty());
    QVERIFY(!c.api().isSignedIn());
}

void TestClientSession::throttledSignInSaysWhenToRetry()
{
    ApiHarness h([](ServerConfig &config) { config.loginAttempts = 3; });
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    std::optional<Result<User>> last;
    for (int i = 0; i < 5; ++i) {
        last = await<User>([&](QObject *ctx, auto done) {
            c.auth().login(u"ann@example.com"_s, u"wrong-password"_s, false, ctx, done);
        });
        if (!last->ok() && last->error().status == 429)
            break;
    }
    QVERIFY(!last->ok());
    QCOMPARE(last->error().kind, ApiError::Kind::Http);
    QCOMPARE(last->error().status, 429);
    QVERIFY(last->error().retryAfterSeconds.has_value());
    QVERIFY(*last->error().retryAfterSeconds > 0);
    // The good password is refused too while the wait lasts.
    const auto good = await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    });
    QVERIFY(!good.ok());
    QCOMPARE(good.error().status, 429);
}

void TestClientSession::bannedUserIsRefused()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person admin = site.person(false, true);
    const QString id = h.createUser(u"ann@example.com"_s);
    QCOMPARE(h.post(u"/users/%1/ban"_s.arg(id), QJsonObject{}, admin.token).status, 204);
    CoworkingClient c(serverUrl(h));
    const auto r = await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().status, 403);
    QCOMPARE(r.error().code, u"USER_BANNED"_s);
    QVERIFY(!c.api().isSignedIn());
}

void TestClientSession::expiredTokenRefreshedOnceForConcurrentCalls()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    }));
    const QString firstToken = c.api().session().accessToken;
    QSignalSpy refreshed(&c.api(), &ApiClient::tokensRefreshed);
    h.clock().advanceSecs(16 * 60); // past the 15-minute access token, within the refresh token

    // Five calls at once, all with the expired token: one refresh, five answers.
    QObject context;
    int answered = 0;
    int succeeded = 0;
    const auto count = [&](bool ok) {
        ++answered;
        succeeded += ok ? 1 : 0;
    };
    for (int i = 0; i < 3; ++i)
        c.users().me(&context, [&](Result<User> r) { count(r.ok()); });
    c.notifications().list(false, {}, &context, [&](Result<NotificationList> r) { count(r.ok()); });
    c.users().myBookings(std::nullopt, {}, &context,
                         [&](Result<Page<BookingDetails>> r) { count(r.ok()); });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 5, 20000);
    QCOMPARE(succeeded, 5);
    QCOMPARE(c.api().refreshCount(), 1);
    QCOMPARE(refreshed.count(), 1);
    QVERIFY(c.api().session().accessToken != firstToken);
    QVERIFY(c.api().isSignedIn());

    // A call started while a refresh is in flight waits for it instead of failing.
    h.clock().advanceSecs(16 * 60);
    answered = succeeded = 0;
    c.users().me(&context, [&](Result<User> r) { count(r.ok()); });
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) { c.api().refreshSession(ctx, done); }));
    c.users().me(&context, [&](Result<User> r) { count(r.ok()); });
    QTRY_COMPARE_WITH_TIMEOUT(answered, 2, 20000);
    QCOMPARE(succeeded, 2);
    QVERIFY(c.api().refreshCount() <= 3);
}

void TestClientSession::refusedRefreshEndsSession()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    }));
    QSignalSpy expired(&c.api(), &ApiClient::sessionExpired);
    QSignalSpy signedOut(&c.api(), &ApiClient::signedOut);
    h.clock().advanceSecs(31LL * 24 * 3600); // both tokens expired
    const auto r = await<User>([&](QObject *ctx, auto done) { c.users().me(ctx, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().status, 401);
    QCOMPARE(expired.count(), 1);
    QCOMPARE(signedOut.count(), 1);
    QCOMPARE(c.api().refreshCount(), 1);
    QVERIFY(!c.api().isSignedIn());
}

void TestClientSession::signOutRevokesTheRefreshToken()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, true, ctx, done);
    }));
    const QString refreshToken = c.api().session().refreshToken;
    QSignalSpy signedOut(&c.api(), &ApiClient::signedOut);
    QVERIFY_OK(await<Done>([&](QObject *ctx, auto done) { c.auth().logout(ctx, done); }));
    QCOMPARE(signedOut.count(), 1);
    QVERIFY(!c.api().isSignedIn());
    QVERIFY(!c.api().currentUser());
    QCOMPARE(h.post(u"/auth/refresh"_s, QJsonObject{ { u"refresh_token"_s, refreshToken } }).status,
             401);
    // Nothing is kept for the next run either.
    const auto kept = await<std::optional<QString>>([&](QObject *ctx, auto done) {
        c.tokens().load(c.api().tokenAccount(), ctx,
                        [done](std::optional<QString> token) { done(token); });
    });
    QVERIFY(kept.ok());
    QVERIFY(!kept.value().has_value());
    // Authenticated calls now fail as the server says, without a refresh.
    const auto me = await<User>([&](QObject *ctx, auto done) { c.users().me(ctx, done); });
    QCOMPARE(me.error().status, 401);
}

void TestClientSession::keptSessionIsRestored()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    auto store = std::make_unique<MemoryTokenStore>();
    MemoryTokenStore *shared = store.get();
    QString userId;
    {
        CoworkingClient first(serverUrl(h), std::move(store));
        const auto r = await<User>([&](QObject *ctx, auto done) {
            first.auth().login(u"ann@example.com"_s, u"password123"_s, true, ctx, done);
        });
        QVERIFY_OK(r);
        userId = r.value().id;
        QVERIFY(!first.tokens().persistent());
        // The next run: a new client over what the store kept (copied out before `first` goes).
        const auto kept = await<std::optional<QString>>([&](QObject *ctx, auto done) {
            shared->load(first.api().tokenAccount(), ctx,
                         [done](std::optional<QString> token) { done(token); });
        });
        QVERIFY(kept.ok() && kept.value().has_value());
        auto next = std::make_unique<MemoryTokenStore>();
        next->save(first.api().tokenAccount(), *kept.value());
        CoworkingClient second(serverUrl(h), std::move(next));
        const auto restored = await<User>(
                [&](QObject *ctx, auto done) { second.auth().restoreSession(ctx, done); });
        QVERIFY_OK(restored);
        QCOMPARE(restored.value().id, userId);
        QVERIFY(second.api().isSignedIn());
    }
    // Nothing kept: a typed 401, no request.
    CoworkingClient fresh(serverUrl(h));
    const auto none =
            await<User>([&](QObject *ctx, auto done) { fresh.auth().restoreSession(ctx, done); });
    QVERIFY(!none.ok());
    QCOMPARE(none.error().status, 401);
}

void TestClientSession::callbackNotCalledAfterContextIsGone()
{
    ApiHarness h;
    CoworkingClient c(serverUrl(h));
    bool called = false;
    {
        QObject context;
        c.system().health(&context, [&called](Result<ServerHealth>) { called = true; });
    }
    // A later call is answered, the abandoned one never.
    QVERIFY_OK(await<ServerHealth>([&](QObject *ctx, auto done) { c.system().health(ctx, done); }));
    QTest::qWait(100);
    QVERIFY(!called);
}

void TestClientSession::silentServerTimesOut()
{
    QTcpServer silent; // accepts and never answers
    QVERIFY(silent.listen(QHostAddress::LocalHost));
    CoworkingClient c(QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
    c.api().setTimeout(std::chrono::milliseconds(300));
    QElapsedTimer timer;
    timer.start();
    const auto r =
            await<ServerHealth>([&](QObject *ctx, auto done) { c.system().health(ctx, done); });
    QVERIFY(!r.ok());
    QCOMPARE(r.error().kind, ApiError::Kind::Timeout);
    QVERIFY(timer.elapsed() < 5000);
}

void TestClientSession::untrustedCertificateIsTls()
{
    // A TLS server whose self-signed certificate no system CA vouches for.
    QTemporaryDir dir;
    QProcess openssl;
    openssl.start(u"openssl"_s,
                  { u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-days"_s,
                    u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s, u"-keyout"_s,
                    dir.filePath(u"key.pem"_s), u"-out"_s, dir.filePath(u"cert.pem"_s) });
    QVERIFY(openssl.waitForFinished(30000));
    QCOMPARE(openssl.exitCode(), 0);
    QFile certFile(dir.filePath(u"cert.pem"_s));
    QFile keyFile(dir.filePath(u"key.pem"_s));
    QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
    QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
    tls.setLocalCertificate(QSslCertificate(certFile.readAll()));
    tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa));
    QSslServer server;
    server.setSslConfiguration(tls);
    QVERIFY(server.listen(QHostAddress::LocalHost));

    CoworkingClient c(QUrl(u"https://127.0.0.1:%1"_s.arg(server.serverPort())));
    const auto r =
            await<ServerHealth>([&](QObject *ctx, auto done) { c.system().health(ctx, done); });
    QVERIFY(!r.ok());
    QVERIFY2(r.error().kind == ApiError::Kind::Tls, describe(r).constData());
    QVERIFY(!r.error().message.isEmpty());
}

void TestClientSession::stoppedServerIsNetworkErrorThenWorksAgain()
{
    ApiHarness h;
    h.createUser(u"ann@example.com"_s);
    CoworkingClient c(serverUrl(h));
    QVERIFY_OK(await<User>([&](QObject *ctx, auto done) {
        c.auth().login(u"ann@example.com"_s, u"password123"_s, false, ctx, done);
    }));
    QSignalSpy reachability(&c.api(), &ApiClient::reachabilityChanged);

    h.stopServer();
    const auto down = await<User>([&](QObject *ctx, auto done) { c.users().me(ctx, done); });
    QVERIFY(!down.ok());
    QVERIFY2(down.error().kind == ApiError::Kind::Network, describe(down).constData());
    QCOMPARE(reachability.count(), 1);
    QCOMPARE(reachability.at(0).at(0).toBool(), false);
    QVERIFY(c.api().isSignedIn()); // a network failure is no reason to sign out

    h.startServer();
    const auto up = await<User>([&](QObject *ctx, auto done) { c.users().me(ctx, done); });
    QVERIFY_OK(up);
    QCOMPARE(reachability.count(), 2);
    QCOMPARE(reachability.at(1).at(0).toBool(), true);
}

QTEST_GUILESS_MAIN(TestClientSession)
#include "tst_clientsession.moc"
