// The FCM push gateway inside the real server, driven over the HTTP API and talking real HTTP to
// a fake FCM (token endpoint and messages:send) on its own thread: what reaches FCM, how each
// FCM answer changes the caller's device tokens and the `sent` count, and how the OAuth2 access
// token is fetched, shared, renewed and replaced after a 401.
#include "apiharness.h"
#include "serverconfig.h"
#include "fakefcmserver.h"
#include "testrsakey.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QString kClientEmail = u"push-sender@coworking-test.iam.gserviceaccount.com"_s;
const QString kProjectId = u"coworking-test"_s;

// Registers a user with these device tokens and returns the user's API access token.
QString userWithDevices(ApiHarness &api, const QString &email, const QStringList &devices)
{
    api.createUser(email);
    const QString token = api.token(email);
    for (const QString &device : devices) {
        const Reply reply = api.post(
                u"/notifications/device-tokens"_s,
                QJsonObject{ { u"token"_s, device }, { u"device_type"_s, u"android"_s } }, token);
        if (reply.status != 201)
            qFatal("registering a device token failed: %d", reply.status);
    }
    return token;
}

QSet<QString> tokensOf(const Reply &reply)
{
    QSet<QString> tokens;
    for (const QJsonValue v : reply.arr())
        tokens.insert(v.toObject().value("token"_L1).toString());
    return tokens;
}

QSet<QString> sentTo(const QList<FakeFcmServer::Send> &sends)
{
    QSet<QString> tokens;
    for (const auto &send : sends)
        tokens.insert(send.message.value("token"_L1).toString());
    return tokens;
}

QStringList authorizationsOf(const QList<FakeFcmServer::Send> &sends)
{
    QStringList headers;
    for (const auto &send : sends)
        headers.append(QString::fromLatin1(send.authorization));
    return headers;
}

} // namespace

class TestFcmPush final : public QObject
{
    Q_OBJECT

private:
    TestRsaKey m_key;
    QTemporaryDir m_dir;

    // A service-account key file as the Firebase console hands it out, its token_uri on the fake.
    QString writeCredentials(const QUrl &tokenUri, const TestRsaKey &key)
    {
        static int files = 0;
        const QString path = m_dir.filePath(u"service-account-%1.json"_s.arg(++files));
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        file.write(
                QJsonDocument(
                        QJsonObject{
                                { u"type"_s, u"service_account"_s },
                                { u"project_id"_s, kProjectId },
                                { u"private_key_id"_s, u"0123456789abcdef"_s },
                                { u"private_key"_s, QString::fromLatin1(key.privateKeyPem()) },
                                { u"client_email"_s, kClientEmail },
                                { u"client_id"_s, u"100000000000000000001"_s },
                                { u"auth_uri"_s, u"https://accounts.google.com/o/oauth2/auth"_s },
                                { u"token_uri"_s, tokenUri.toString() },
                        })
                        .toJson());
        return path;
    }

    // The server configured for FCM, with the credentials pointing at `fake`.
    std::function<void(ServerConfig &)> fcm(const FakeFcmServer &fake, const QUrl &endpoint = {},
                                            const TestRsaKey *key = nullptr)
    {
        const QString credentials = writeCredentials(fake.tokenUrl(), key ? *key : m_key);
        const QUrl base = endpoint.isEmpty() ? fake.url() : endpoint;
        return [credentials, base](ServerConfig &config) {
            config.pushGateway = PushGatewayKind::Fcm;
            config.fcmCredentialsFile = credentials;
            config.fcmEndpoint = base.toString();
        };
    }

    static Reply sendTest(ApiHarness &api, const QString &token,
                          const QJsonObject &data = QJsonObject{ { u"room"_s, u"A1"_s } })
    {
        return api.post(u"/notifications/test"_s,
                        QJsonObject{ { u"title"_s, u"Booking confirmed"_s },
                                     { u"body"_s, u"Desk 4, Monday 09:00"_s },
                                     { u"data"_s, data } },
                        token);
    }

private slots:
    void eachFcmAnswerHasItsOutcome()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        ApiHarness api(fcm(fake));
        const QHash<QString, FakeFcmServer::Answer> answers{
            { u"tok-delivered"_s, FakeFcmServer::Answer::Delivered },
            { u"tok-unregistered"_s, FakeFcmServer::Answer::Unregistered },
            { u"tok-invalid"_s, FakeFcmServer::Answer::InvalidToken },
            { u"tok-bad-payload"_s, FakeFcmServer::Answer::InvalidPayload },
            { u"tok-500"_s, FakeFcmServer::Answer::ServerError },
            { u"tok-429"_s, FakeFcmServer::Answer::Throttled },
        };
        for (auto it = answers.begin(); it != answers.end(); ++it)
            fake.setAnswer(it.key(), it.value());
        const QString a = userWithDevices(api, u"a@example.com"_s, answers.keys());
        const QString b = userWithDevices(api, u"b@example.com"_s, { u"tok-of-b"_s });

        const Reply reply = sendTest(api, a);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.obj().value("sent"_L1).toInt(), 1);
        const QString notificationId =
                reply.obj().value("notification"_L1).toObject().value("id"_L1).toString();
        QVERIFY(!notificationId.isEmpty());

        // One message per device of the caller, nobody else's, each as FCM HTTP v1 wants it.
        const auto sends = fake.sends();
        QCOMPARE(sends.size(), answers.size());
        QCOMPARE(sentTo(sends), QSet<QString>(answers.keyBegin(), answers.keyEnd()));
        for (const auto &send : sends) {
            QCOMPARE(send.projectId, kProjectId);
            QCOMPARE(send.authorization, QByteArray("Bearer ya29.fake-1"));
            QVERIFY(send.contentType.startsWith("application/json"));
            QCOMPARE(QStringList(send.message.keys()),
                     (QStringList{ u"data"_s, u"notification"_s, u"token"_s }));
            QCOMPARE(send.message.value("notification"_L1).toObject(),
                     (QJsonObject{ { u"title"_s, u"Booking confirmed"_s },
                                   { u"body"_s, u"Desk 4, Monday 09:00"_s } }));
            QCOMPARE(send.message.value("data"_L1).toObject(),
                     (QJsonObject{ { u"room"_s, u"A1"_s },
                                   { u"notification_id"_s, notificationId },
                                   { u"type"_s, u"system"_s } }));
        }

        // Tokens FCM declared dead are gone; those that failed for other reasons stay.
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 (QSet<QString>{ u"tok-delivered"_s, u"tok-bad-payload"_s, u"tok-500"_s,
                                 u"tok-429"_s }));
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, b)),
                 QSet<QString>{ u"tok-of-b"_s });

        // The assertion that bought the access token: the fake verified its signature.
        const auto assertions = fake.assertions();
        QCOMPARE(assertions.size(), 1);
        const qint64 now = api.clock().now().toSecsSinceEpoch();
        QCOMPARE(assertions[0],
                 (QJsonObject{
                         { u"iss"_s, kClientEmail },
                         { u"scope"_s, u"https://www.googleapis.com/auth/firebase.messaging"_s },
                         { u"aud"_s, fake.tokenUrl().toString() },
                         { u"iat"_s, double(now) },
                         { u"exp"_s, double(now + 3600) } }));
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u"; ")));

        // The next push goes to the survivors only.
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 1);
        QCOMPARE(sentTo(fake.sends().mid(sends.size())),
                 (QSet<QString>{ u"tok-delivered"_s, u"tok-bad-payload"_s, u"tok-500"_s,
                                 u"tok-429"_s }));
    }

    void accessTokenIsReusedUntilAMinuteBeforeItExpires()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        ApiHarness api(fcm(fake));
        const QString a = userWithDevices(api, u"a@example.com"_s, { u"phone"_s, u"tablet"_s });

        for (int i = 0; i < 3; ++i)
            QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 2);
        QCOMPARE(fake.issuedTokens(), QStringList{ u"ya29.fake-1"_s });

        // The fake says expires_in 3599: renewal is due 60 s before, at 3539 s. (The API's own
        // access token lives 15 minutes: the user logs in again.)
        api.clock().advanceSecs(3538);
        QCOMPARE(sendTest(api, api.token(u"a@example.com"_s)).obj().value("sent"_L1).toInt(), 2);
        QCOMPARE(fake.issuedTokens().size(), 1);
        api.clock().advanceSecs(1);
        QCOMPARE(sendTest(api, api.token(u"a@example.com"_s)).obj().value("sent"_L1).toInt(), 2);
        QCOMPARE(fake.issuedTokens(), (QStringList{ u"ya29.fake-1"_s, u"ya29.fake-2"_s }));
        QCOMPARE(fake.assertions().last().value("iat"_L1).toInteger(),
                 api.clock().now().toSecsSinceEpoch());

        const QStringList auths = authorizationsOf(fake.sends());
        QCOMPARE(auths.size(), 5 * 2);
        QCOMPARE(auths.count(u"Bearer ya29.fake-1"_s), 4 * 2);
        QCOMPARE(auths.mid(8), (QStringList{ u"Bearer ya29.fake-2"_s, u"Bearer ya29.fake-2"_s }));
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u"; ")));
    }

    void a401RenewsTheAccessTokenAndRetriesOnce()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        ApiHarness api(fcm(fake));
        const QString a = userWithDevices(api, u"a@example.com"_s, { u"phone"_s });
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 1);

        // Revoked early: the 401 costs one new token and one more try, and the push arrives.
        fake.revokeOnNextSends(1);
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 1);
        QCOMPARE(fake.issuedTokens().size(), 2);
        auto sends = fake.sends();
        QCOMPARE(sends.size(), 3);
        QCOMPARE(sends[1].status, 401);
        QCOMPARE(sends[1].authorization, QByteArray("Bearer ya29.fake-1"));
        QCOMPARE(sends[2].status, 200);
        QCOMPARE(sends[2].authorization, QByteArray("Bearer ya29.fake-2"));

        // The new token is kept for the next pushes.
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 1);
        QCOMPARE(fake.issuedTokens().size(), 2);
        QCOMPARE(fake.sends().last().authorization, QByteArray("Bearer ya29.fake-2"));

        // A second 401 in a row is a failure, not a loop; the device token stays.
        fake.revokeOnNextSends(2);
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 0);
        QCOMPARE(fake.issuedTokens().size(), 3);
        sends = fake.sends();
        QCOMPARE(sends.size(), 6);
        QCOMPARE(sends[4].status, 401);
        QCOMPARE(sends[5].status, 401);
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 QSet<QString>{ u"phone"_s });
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u"; ")));
    }

    void concurrentPushesShareOneAccessToken()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        ApiHarness api(fcm(fake));
        constexpr int kUsers = 6;
        QStringList tokens;
        for (int i = 0; i < kUsers; ++i)
            tokens.append(
                    userWithDevices(api, u"u%1@example.com"_s.arg(i), { u"phone-%1"_s.arg(i) }));
        // Both server workers ask for the first access token at the same time.
        std::vector<int> sent(kUsers, -1);
        std::vector<std::thread> clients;
        for (int i = 0; i < kUsers; ++i)
            clients.emplace_back(
                    [&, i] { sent[i] = sendTest(api, tokens[i]).obj().value("sent"_L1).toInt(); });
        for (auto &client : clients)
            client.join();
        QCOMPARE(sent, std::vector<int>(kUsers, 1));
        QCOMPARE(fake.issuedTokens().size(), 1);
        QCOMPARE(fake.sends().size(), kUsers);
        QVERIFY2(fake.problems().isEmpty(), qPrintable(fake.problems().join(u"; ")));
    }

    void tokenEndpointRefusalFailsThePushButKeepsTheDevices()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        TestRsaKey otherKey; // the credentials hold a key Google does not know
        ApiHarness api(fcm(fake, {}, &otherKey));
        const QString a = userWithDevices(api, u"a@example.com"_s, { u"phone"_s, u"tablet"_s });

        const Reply reply = sendTest(api, a);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.obj().value("sent"_L1).toInt(), 0);
        QVERIFY(fake.sends().isEmpty());
        // One refusal serves both devices, and the next pushes for 30 s: they fail at once
        // rather than each waiting for the token endpoint.
        QCOMPARE(fake.problems(), QStringList{ u"token request: Invalid JWT Signature."_s });
        api.clock().advanceSecs(29);
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 0);
        QCOMPARE(fake.problems().size(), 1);
        api.clock().advanceSecs(1);
        QCOMPARE(sendTest(api, a).obj().value("sent"_L1).toInt(), 0);
        QCOMPARE(fake.problems().size(), 2);
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 (QSet<QString>{ u"phone"_s, u"tablet"_s }));
    }

    void unreachableFcmFailsThePushButKeepsTheDevice()
    {
        FakeFcmServer fake(m_key, kClientEmail);
        // A port that was free a moment ago: connections are refused.
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost, 0));
        const QUrl nowhere(u"http://127.0.0.1:%1"_s.arg(closed.serverPort()));
        closed.close();
        ApiHarness api(fcm(fake, nowhere));
        const QString a = userWithDevices(api, u"a@example.com"_s, { u"phone"_s });

        const Reply reply = sendTest(api, a);
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.obj().value("sent"_L1).toInt(), 0);
        QCOMPARE(fake.issuedTokens().size(), 1); // the token endpoint was reachable
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 QSet<QString>{ u"phone"_s });
    }
};

QTEST_GUILESS_MAIN(TestFcmPush)
#include "tst_fcmpush.moc"
