// POST /auth/login, /auth/refresh, /auth/logout over real HTTP (openapi.json, Auth).
#include "apiharness.h"

#include <QTest>

#include <memory>

using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"password123"_s;

QJsonObject credentials(const QString &email, const QString &password = kPassword)
{
    return { { u"email"_s, email }, { u"password"_s, password } };
}

QJsonObject refreshBody(const QString &token)
{
    return { { u"refresh_token"_s, token } };
}

QString at(const QDateTime &t)
{
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
}

} // namespace

class TestAuthApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void loginJson();
    void loginIsCaseInsensitiveOnEmail();
    void loginForm();
    void loginFormBadPassword();
    void loginOtherContentType();
    void loginMissingFields();
    void loginNotJson();
    void wrongPasswordAndUnknownEmailLookAlike();
    void throttlePerAccount();
    void throttlePerAddress();
    void accessTokenExpires();
    void tamperedAccessToken();
    void refreshRotates();
    void reusedRefreshTokenRevokesTheChain();
    void refreshAfterExpiry();
    void refreshGarbage();
    void logoutRevokesTheChain();
    void logoutIsIdempotent();
    void bannedUserCannotLogIn();

private:
    Reply login(const QString &email, const QString &password = kPassword)
    {
        return m_api->post(u"/auth/login"_s, credentials(email, password));
    }

    std::unique_ptr<ApiHarness> m_api;
    QString m_adminToken;
};

void TestAuthApi::initTestCase()
{
    m_api = std::make_unique<ApiHarness>();
    m_api->createUser(u"admin@example.com"_s, false, true);
    m_api->createUser(u"alice@example.com"_s);
    m_api->createUser(u"bob@example.com"_s);
}

void TestAuthApi::cleanup()
{
    // Every test starts with a fresh throttle window (failures of one test never reach the
    // next); tokens are fetched again by each test.
    m_api->clock().advanceSecs(16 * 60);
}

void TestAuthApi::loginJson()
{
    const Reply r = login(u"alice@example.com"_s);
    QCOMPARE(r.status, 200);
    const QJsonObject o = r.obj();
    QCOMPARE(o.value(u"token_type"_s).toString(), u"bearer"_s);
    QVERIFY(!o.value(u"access_token"_s).toString().isEmpty());
    QVERIFY(!o.value(u"refresh_token"_s).toString().isEmpty());
    const QDateTime now = m_api->clock().now();
    QCOMPARE(o.value(u"expires_at"_s).toString(), at(now.addSecs(15 * 60)));
    QCOMPARE(o.value(u"refresh_expires_at"_s).toString(), at(now.addDays(30)));
    QCOMPARE(r.headers.value("cache-control"), QByteArray("no-store"));

    const Reply me = m_api->get(u"/users/me"_s, o.value(u"access_token"_s).toString());
    QCOMPARE(me.status, 200);
    QCOMPARE(me.obj().value(u"email"_s).toString(), u"alice@example.com"_s);
}

void TestAuthApi::loginIsCaseInsensitiveOnEmail()
{
    QCOMPARE(login(u"  ALICE@Example.com "_s).status, 200);
}

void TestAuthApi::loginForm()
{
    // Swagger UI's Authorize: an OAuth2 password grant, form-encoded; '+' is a space.
    m_api->createUser(u"form+user@example.com"_s, false, false, u"pass word 123"_s);
    const Reply r = m_api->raw("POST", u"/auth/login"_s,
                               "grant_type=password&username=form%2Buser%40example.com&password="
                               "pass+word%20123&scope=",
                               { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"token_type"_s).toString(), u"bearer"_s);
    QCOMPARE(m_api->get(u"/users/me"_s, r.obj().value(u"access_token"_s).toString()).status, 200);
}

void TestAuthApi::loginFormBadPassword()
{
    const Reply wrong =
            m_api->raw("POST", u"/auth/login"_s, "username=alice%40example.com&password=nope",
                       { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(wrong.status, 401);
    QCOMPARE(wrong.errorCode(), u"INVALID_CREDENTIALS"_s);

    const Reply missing = m_api->raw("POST", u"/auth/login"_s, "username=alice%40example.com",
                                     { { "Content-Type", "application/x-www-form-urlencoded" } });
    QCOMPARE(missing.status, 422);
    QCOMPARE(missing.errorCode(), u"VALIDATION_ERROR"_s);
}

void TestAuthApi::loginOtherContentType()
{
    const Reply r =
            m_api->raw("POST", u"/auth/login"_s, "email=alice@example.com password=password123",
                       { { "Content-Type", "text/plain" } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
}

void TestAuthApi::loginMissingFields()
{
    const Reply r = m_api->post(u"/auth/login"_s, QJsonObject{ { u"email"_s, 42 } });
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
    QStringList fields;
    for (const QJsonValue f : r.obj()[u"error"_s][u"details"_s][u"fields"_s].toArray())
        fields << f[u"field"_s].toString();
    fields.sort();
    QCOMPARE(fields, (QStringList{ u"email"_s, u"password"_s }));
}

void TestAuthApi::loginNotJson()
{
    const Reply r = m_api->raw("POST", u"/auth/login"_s,
                               "{\"email\": ", { { "Content-Type", "application/json" } });
    QCOMPARE(r.status, 400);
    QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
}

void TestAuthApi::wrongPasswordAndUnknownEmailLookAlike()
{
    const Reply wrongPassword = login(u"alice@example.com"_s, u"wrong-password"_s);
    const Reply unknownEmail = login(u"nobody@example.com"_s, u"wrong-password"_s);
    QCOMPARE(wrongPassword.status, 401);
    QCOMPARE(unknownEmail.status, 401);
    QCOMPARE(wrongPassword.errorCode(), u"INVALID_CREDENTIALS"_s);
    QCOMPARE(wrongPassword.body, unknownEmail.body);
    QCOMPARE(wrongPassword.headers.value("www-authenticate"), QByteArray("Bearer"));
    QCOMPARE(unknownEmail.headers.value("www-authenticate"), QByteArray("Bearer"));
}

void TestAuthApi::throttlePerAccount()
{
    for (int i = 0; i < 5; ++i)
        QCOMPARE(login(u"bob@example.com"_s, u"guess-%1"_s.arg(i)).status, 401);
    m_api->clock().advanceSecs(60);

    // Refused before the password is even looked at: the right one is refused too.
    const Reply limited = login(u"bob@example.com"_s);
    QCOMPARE(limited.status, 429);
    QCOMPARE(limited.errorCode(), u"TOO_MANY_REQUESTS"_s);
    const int retryAfter = limited.headers.value("retry-after").toInt();
    QCOMPARE(retryAfter, 15 * 60 - 60);
    // The same account from its other spelling, and other accounts are unaffected.
    QCOMPARE(login(u"BOB@example.com"_s).status, 429);
    QCOMPARE(login(u"alice@example.com"_s).status, 200);

    m_api->clock().advanceSecs(retryAfter);
    QCOMPARE(login(u"bob@example.com"_s).status, 200);
}

void TestAuthApi::throttlePerAddress()
{
    // One client spraying guesses over many accounts (all requests come from 127.0.0.1).
    for (int i = 0; i < 20; ++i)
        QCOMPARE(login(u"spray%1@example.com"_s.arg(i), u"guess"_s).status, 401);
    const Reply limited = login(u"alice@example.com"_s);
    QCOMPARE(limited.status, 429);
    QVERIFY(limited.headers.value("retry-after").toInt() > 0);
    QVERIFY(limited.headers.value("retry-after").toInt() <= 15 * 60);
}

void TestAuthApi::accessTokenExpires()
{
    const QString token = m_api->token(u"alice@example.com"_s);
    m_api->clock().advanceSecs(15 * 60 - 1);
    QCOMPARE(m_api->get(u"/users/me"_s, token).status, 200);
    m_api->clock().advanceSecs(1);
    const Reply expired = m_api->get(u"/users/me"_s, token);
    QCOMPARE(expired.status, 401);
    QCOMPARE(expired.headers.value("www-authenticate"), QByteArray("Bearer"));
}

void TestAuthApi::tamperedAccessToken()
{
    const QString token = m_api->token(u"alice@example.com"_s);
    QString tampered = token;
    const qsizetype i = tampered.indexOf(u'.') + 3;
    tampered[i] = tampered.at(i) == u'A' ? u'B' : u'A';
    QCOMPARE(m_api->get(u"/users/me"_s, tampered).status, 401);
    QCOMPARE(m_api->get(u"/users/me"_s, u"garbage"_s).status, 401);
}

void TestAuthApi::refreshRotates()
{
    const Reply first = login(u"alice@example.com"_s);
    QCOMPARE(first.status, 200);
    const QString r1 = first.obj().value(u"refresh_token"_s).toString();

    m_api->clock().advanceSecs(60);
    const Reply second = m_api->post(u"/auth/refresh"_s, refreshBody(r1));
    QCOMPARE(second.status, 200);
    const QJsonObject o = second.obj();
    const QString r2 = o.value(u"refresh_token"_s).toString();
    QVERIFY(!r2.isEmpty());
    QVERIFY(r2 != r1);
    QCOMPARE(o.value(u"token_type"_s).toString(), u"bearer"_s);
    QCOMPARE(o.value(u"expires_at"_s).toString(), at(m_api->clock().now().addSecs(15 * 60)));
    QCOMPARE(m_api->get(u"/users/me"_s, o.value(u"access_token"_s).toString()).status, 200);

    // The chain goes on as long as each token is used once.
    const Reply third = m_api->post(u"/auth/refresh"_s, refreshBody(r2));
    QCOMPARE(third.status, 200);
    QCOMPARE(m_api->post(u"/auth/refresh"_s,
                         refreshBody(third.obj().value(u"refresh_token"_s).toString()))
                     .status,
             200);
}

void TestAuthApi::reusedRefreshTokenRevokesTheChain()
{
    const QString r1 = login(u"alice@example.com"_s).obj().value(u"refresh_token"_s).toString();
    const QString r2 = m_api->post(u"/auth/refresh"_s, refreshBody(r1))
                               .obj()
                               .value(u"refresh_token"_s)
                               .toString();
    QVERIFY(!r2.isEmpty());

    // r1 again: a replay. Refused, and the newer r2 dies with it.
    const Reply replay = m_api->post(u"/auth/refresh"_s, refreshBody(r1));
    QCOMPARE(replay.status, 401);
    QCOMPARE(replay.errorCode(), u"INVALID_REFRESH_TOKEN"_s);
    const Reply newer = m_api->post(u"/auth/refresh"_s, refreshBody(r2));
    QCOMPARE(newer.status, 401);
    QCOMPARE(newer.errorCode(), u"INVALID_REFRESH_TOKEN"_s);

    // Other sessions of the same user are other chains: untouched.
    QCOMPARE(login(u"alice@example.com"_s).status, 200);
}

void TestAuthApi::refreshAfterExpiry()
{
    const QString r1 = login(u"alice@example.com"_s).obj().value(u"refresh_token"_s).toString();
    m_api->clock().advanceSecs(30 * 24 * 3600);
    const Reply r = m_api->post(u"/auth/refresh"_s, refreshBody(r1));
    QCOMPARE(r.status, 401);
    QCOMPARE(r.errorCode(), u"INVALID_REFRESH_TOKEN"_s);
}

void TestAuthApi::refreshGarbage()
{
    const Reply unknown = m_api->post(u"/auth/refresh"_s, refreshBody(u"not-a-token"_s));
    QCOMPARE(unknown.status, 401);
    QCOMPARE(unknown.errorCode(), u"INVALID_REFRESH_TOKEN"_s);
    // An access token is not a refresh token.
    const Reply access =
            m_api->post(u"/auth/refresh"_s, refreshBody(m_api->token(u"alice@example.com"_s)));
    QCOMPARE(access.status, 401);
    const Reply missing = m_api->post(u"/auth/refresh"_s, QJsonObject{});
    QCOMPARE(missing.status, 422);
    const Reply wrongType =
            m_api->post(u"/auth/refresh"_s, QJsonObject{ { u"refresh_token"_s, 1 } });
    QCOMPARE(wrongType.status, 422);
}

void TestAuthApi::logoutRevokesTheChain()
{
    const QString r1 = login(u"alice@example.com"_s).obj().value(u"refresh_token"_s).toString();
    const QString r2 = m_api->post(u"/auth/refresh"_s, refreshBody(r1))
                               .obj()
                               .value(u"refresh_token"_s)
                               .toString();
    const Reply out = m_api->post(u"/auth/logout"_s, refreshBody(r2));
    QCOMPARE(out.status, 204);
    QVERIFY(out.body.isEmpty());
    QCOMPARE(m_api->post(u"/auth/refresh"_s, refreshBody(r2)).status, 401);
}

void TestAuthApi::logoutIsIdempotent()
{
    const QString r1 = login(u"alice@example.com"_s).obj().value(u"refresh_token"_s).toString();
    QCOMPARE(m_api->post(u"/auth/logout"_s, refreshBody(r1)).status, 204);
    QCOMPARE(m_api->post(u"/auth/logout"_s, refreshBody(r1)).status, 204);
    QCOMPARE(m_api->post(u"/auth/logout"_s, refreshBody(u"never-issued"_s)).status, 204);
    QCOMPARE(m_api->post(u"/auth/logout"_s, QJsonObject{}).status, 422);
}

void TestAuthApi::bannedUserCannotLogIn()
{
    const QString id = m_api->createUser(u"carol@example.com"_s);
    const QString refresh =
            login(u"carol@example.com"_s).obj().value(u"refresh_token"_s).toString();
    const QString admin = m_api->token(u"admin@example.com"_s);
    QCOMPARE(m_api->post(u"/users/%1/ban"_s.arg(id), QJsonObject{}, admin).status, 204);

    const Reply banned = login(u"carol@example.com"_s);
    QCOMPARE(banned.status, 403);
    QCOMPARE(banned.errorCode(), u"USER_BANNED"_s);
    // A wrong password says nothing about the ban.
    QCOMPARE(login(u"carol@example.com"_s, u"wrong-password"_s).errorCode(),
             u"INVALID_CREDENTIALS"_s);
    // The ban ended every session.
    QCOMPARE(m_api->post(u"/auth/refresh"_s, refreshBody(refresh)).status, 401);

    QCOMPARE(m_api->post(u"/users/%1/unban"_s.arg(id), QJsonObject{}, admin).status, 204);
    QCOMPARE(login(u"carol@example.com"_s).status, 200);
}

QTEST_GUILESS_MAIN(TestAuthApi)
#include "tst_authapi.moc"
