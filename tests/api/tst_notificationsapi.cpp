// /notifications over real HTTP: device tokens (register, move between users, delete), the
// caller's notification list, read marks, and the test push counted by a recording gateway.
#include "apiharness.h"
#include "database.h"
#include "sqlnotificationrepository.h"
#include "recordingpushgateway.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>
#include <QUrl>
#include <QUuid>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject device(const QString &token, const QString &type = u"android"_s)
{
    return { { u"token"_s, token }, { u"device_type"_s, type } };
}

QStringList tokensOf(const Reply &reply)
{
    QStringList tokens;
    for (const QJsonValue v : reply.arr())
        tokens.append(v.toObject().value("token"_L1).toString());
    return tokens;
}

QStringList titlesOf(const QJsonArray &items)
{
    QStringList titles;
    for (const QJsonValue v : items)
        titles.append(v.toObject().value("title"_L1).toString());
    return titles;
}

// There is no event producer yet: notifications are stored through the SQL repository.
QString seed(ApiHarness &api, const QString &userId, const QString &title, const QDateTime &at,
             const QDateTime &readAt = {}, NotificationType type = NotificationType::BookingCreated)
{
    Notification n;
    n.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    n.userId = userId;
    n.type = type;
    n.title = title;
    n.body = title + u" body"_s;
    n.data = QJsonObject{ { u"booking_id"_s, kUnknownId } };
    n.createdAt = at;
    n.readAt = readAt;
    SqlNotificationRepository(api.database()).insert(n);
    return n.id;
}

} // namespace

class TestNotificationsApi final : public QObject
{
    Q_OBJECT

private slots:
    void anonymousIs401()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        const QList<Reply> replies{
            api.post(u"/notifications/device-tokens"_s, device(u"t1"_s)),
            api.get(u"/notifications/device-tokens"_s),
            api.del(u"/notifications/device-tokens/t1"_s),
            api.get(u"/notifications"_s),
            api.get(u"/notifications/"_s + kUnknownId),
            api.post(u"/notifications/"_s + kUnknownId + u"/read"_s, QJsonObject{}),
            api.post(u"/notifications/read-all"_s, QJsonObject{}),
            api.post(u"/notifications/test"_s,
                     QJsonObject{ { u"title"_s, u"Hi"_s }, { u"body"_s, u"There"_s } }),
        };
        for (const Reply &r : replies) {
            QCOMPARE(r.status, 401);
            QVERIFY(r.headers.value("www-authenticate").startsWith("Bearer"));
        }
        QVERIFY(push.pushes().isEmpty());
    }

    void registerListAndDeleteDeviceTokens()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const QString a = site.person().token;

        // Push tokens are case-sensitive and may hold ':' (FCM): both survive the round trip.
        const QString token = u"fcm:APA91bH-Xy_Z.k%41"_s;
        const Reply created =
                api.post(u"/notifications/device-tokens"_s, device(token, u"ios"_s), a);
        QCOMPARE(created.status, 201);
        QCOMPARE(created.obj(),
                 (QJsonObject{ { u"token"_s, token },
                               { u"device_type"_s, u"ios"_s },
                               { u"created_at"_s, u"2030-01-07T06:00:00Z"_s } }));
        const QByteArray location = created.headers.value("location");
        QCOMPARE(location,
                 QByteArray("/notifications/device-tokens/") + QUrl::toPercentEncoding(token));

        // Registering it again is an upsert: still one token, its first created_at kept.
        api.clock().advanceSecs(60);
        const Reply again = api.post(u"/notifications/device-tokens"_s, device(token, u"web"_s), a);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.obj().value("created_at"_L1).toString(), u"2030-01-07T06:00:00Z"_s);
        QCOMPARE(again.obj().value("device_type"_L1).toString(), u"web"_s);

        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"second"_s), a).status, 201);
        const Reply list = api.get(u"/notifications/device-tokens"_s, a);
        QCOMPARE(list.status, 200);
        QCOMPARE(list.headers.value("x-total-count"), QByteArray("2"));
        QCOMPARE(tokensOf(list), (QStringList{ token, u"second"_s }));
        const Reply paged = api.get(u"/notifications/device-tokens?count=1&page=1"_s, a);
        QCOMPARE(paged.headers.value("x-total-count"), QByteArray("2"));
        QCOMPARE(tokensOf(paged), QStringList{ u"second"_s });

        // The Location names the token exactly; a token differing in case is another one.
        QCOMPARE(api.del(u"/notifications/device-tokens/"_s + token.toLower(), a).errorCode(),
                 u"DEVICE_TOKEN_NOT_FOUND"_s);
        QCOMPARE(api.del(QString::fromLatin1(location), a).status, 204);
        QCOMPARE(api.del(QString::fromLatin1(location), a).status, 404);
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 QStringList{ u"second"_s });
    }

    void reRegisteringMovesTokenToCaller()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const auto [bId, bEmail, b] = site.person();

        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"shared-phone"_s), a).status,
                 201);
        api.clock().advanceSecs(300); // within the access tokens' lifetime
        const Reply moved =
                api.post(u"/notifications/device-tokens"_s, device(u"shared-phone"_s), b);
        QCOMPARE(moved.status, 201);
        // A new owner: the token counts as registered now.
        QCOMPARE(moved.obj().value("created_at"_L1).toString(), u"2030-01-07T06:05:00Z"_s);

        QVERIFY(tokensOf(api.get(u"/notifications/device-tokens"_s, a)).isEmpty());
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, b)),
                 QStringList{ u"shared-phone"_s });
        const auto rows = api.sql(u"SELECT user_id FROM device_tokens WHERE token = ?"_s,
                                  { u"shared-phone"_s });
        QCOMPARE(rows.size(), 1);
        QCOMPARE(rows.first().value(0).toString(), bId);

        // The former owner can no longer remove it; a push to A reaches nobody.
        const Reply foreign = api.del(u"/notifications/device-tokens/shared-phone"_s, a);
        QCOMPARE(foreign.status, 404);
        QCOMPARE(foreign.errorCode(), u"DEVICE_TOKEN_NOT_FOUND"_s);
        const Reply test =
                api.post(u"/notifications/test"_s,
                         QJsonObject{ { u"title"_s, u"Hi"_s }, { u"body"_s, u"A"_s } }, a);
        QCOMPARE(test.status, 200);
        QCOMPARE(test.obj().value("sent"_L1).toInt(), 0);
        QVERIFY(push.pushes().isEmpty());

        // And back to A.
        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"shared-phone"_s), a).status,
                 201);
        QVERIFY(tokensOf(api.get(u"/notifications/device-tokens"_s, b)).isEmpty());
        QCOMPARE(api.sql(u"SELECT user_id FROM device_tokens"_s).first().value(0).toString(), aId);
        QCOMPARE(api.del(u"/notifications/device-tokens/shared-phone"_s, b).status, 404);
        QCOMPARE(api.del(u"/notifications/device-tokens/shared-phone"_s, a).status, 204);
    }

    void invalidBodiesAre422_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");

        const QString tokens = u"/notifications/device-tokens"_s;
        const QString test = u"/notifications/test"_s;
        QTest::newRow("bad device_type")
                << tokens << device(u"t"_s, u"blackberry"_s) << u"device_type"_s;
        QTest::newRow("device_type not a string")
                << tokens << QJsonObject{ { u"token"_s, u"t"_s }, { u"device_type"_s, 3 } }
                << u"device_type"_s;
        QTest::newRow("missing device_type")
                << tokens << QJsonObject{ { u"token"_s, u"t"_s } } << u"device_type"_s;
        QTest::newRow("empty token") << tokens << device(QString()) << u"token"_s;
        QTest::newRow("missing token")
                << tokens << QJsonObject{ { u"device_type"_s, u"web"_s } } << u"token"_s;
        QTest::newRow("token not a string")
                << tokens << QJsonObject{ { u"token"_s, 42 }, { u"device_type"_s, u"web"_s } }
                << u"token"_s;
        QTest::newRow("token too long") << tokens << device(QString(4097, u'x')) << u"token"_s;
        QTest::newRow("token with a slash") << tokens << device(u"a/b"_s) << u"token"_s;
        QTest::newRow("token with a space") << tokens << device(u"a b"_s) << u"token"_s;

        const QJsonObject ok{ { u"title"_s, u"Hello"_s }, { u"body"_s, u"World"_s } };
        auto with = [&ok](const QString &key, const QJsonValue &value) {
            QJsonObject o = ok;
            o.insert(key, value);
            return o;
        };
        QTest::newRow("data with a number")
                << test << with(u"data"_s, QJsonObject{ { u"a"_s, u"x"_s }, { u"n"_s, 1 } })
                << u"data.n"_s;
        QTest::newRow("data with an object")
                << test << with(u"data"_s, QJsonObject{ { u"o"_s, QJsonObject{} } }) << u"data.o"_s;
        QTest::newRow("data not an object")
                << test << with(u"data"_s, QJsonArray{ u"x"_s }) << u"data"_s;
        QTest::newRow("data too big")
                << test << with(u"data"_s, QJsonObject{ { u"k"_s, QString(5000, u'x') } })
                << u"data"_s;
        QTest::newRow("empty title") << test << with(u"title"_s, QString()) << u"title"_s;
        QTest::newRow("blank title") << test << with(u"title"_s, u"   "_s) << u"title"_s;
        QTest::newRow("title too long")
                << test << with(u"title"_s, QString(201, u't')) << u"title"_s;
        QTest::newRow("title not a string") << test << with(u"title"_s, true) << u"title"_s;
        QTest::newRow("missing body")
                << test << QJsonObject{ { u"title"_s, u"Hello"_s } } << u"body"_s;
        QTest::newRow("body too long") << test << with(u"body"_s, QString(2001, u'b')) << u"body"_s;
    }

    void invalidBodiesAre422()
    {
        QFETCH(QString, path);
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        // One server for all rows: the harness is created on the first row.
        if (!m_api)
            m_api = std::make_unique<ApiHarness>(std::function<void(ServerConfig &)>{}, &m_push);
        if (m_token.isEmpty()) {
            m_api->createUser(u"v@example.com"_s);
            m_token = m_api->token(u"v@example.com"_s);
            QCOMPARE(m_api->post(u"/notifications/device-tokens"_s, device(u"dev"_s), m_token)
                             .status,
                     201);
        }
        const Reply r = m_api->post(path, body, m_token);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QVERIFY2(r.errorFields().contains(field), r.body.constData());
        // Nothing was stored or sent.
        QVERIFY(m_push.pushes().isEmpty());
        QCOMPARE(m_api->sql(u"SELECT COUNT(*) FROM notifications"_s).first().value(0).toInt(), 0);
        QCOMPARE(m_api->sql(u"SELECT COUNT(*) FROM device_tokens"_s).first().value(0).toInt(), 1);
    }

    void invalidQueryIs422()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const QString a = site.person().token;
        QCOMPARE(api.get(u"/notifications?unread_only=maybe"_s, a).status, 422);
        QCOMPARE(api.get(u"/notifications?count=0"_s, a).status, 422);
        QCOMPARE(api.get(u"/notifications?page=-1"_s, a).status, 422);
        // Not a UUID: no such notification can exist.
        QCOMPARE(api.get(u"/notifications/not-a-uuid"_s, a).status, 404);
    }

    void listsOwnNotificationsNewestFirst()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const auto [bId, bEmail, b] = site.person();
        const QDateTime t0 = ApiHarness::startTime();
        seed(api, aId, u"first"_s, t0.addSecs(-300), t0.addSecs(-100));
        seed(api, aId, u"second"_s, t0.addSecs(-200));
        seed(api, aId, u"third"_s, t0.addSecs(-100), {}, NotificationType::BookingReminder);
        seed(api, bId, u"not yours"_s, t0.addSecs(-50));

        const Reply all = api.get(u"/notifications"_s, a);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.obj().value("total"_L1).toInt(), 3);
        QCOMPARE(all.obj().value("unread"_L1).toInt(), 2);
        QCOMPARE(all.headers.value("x-total-count"), QByteArray("3"));
        const QJsonArray items = all.obj().value("items"_L1).toArray();
        QCOMPARE(titlesOf(items), (QStringList{ u"third"_s, u"second"_s, u"first"_s }));
        const QJsonObject third = items.at(0).toObject();
        QCOMPARE(third.value("type"_L1).toString(), u"booking_reminder"_s);
        QCOMPARE(third.value("user_id"_L1).toString(), aId);
        QCOMPARE(third.value("body"_L1).toString(), u"third body"_s);
        QCOMPARE(third.value("data"_L1).toObject(),
                 (QJsonObject{ { u"booking_id"_s, kUnknownId } }));
        QCOMPARE(third.value("created_at"_L1).toString(), u"2030-01-07T05:58:20Z"_s);
        QVERIFY(third.value("read_at"_L1).isNull());
        QCOMPARE(items.at(2).toObject().value("read_at"_L1).toString(), u"2030-01-07T05:58:20Z"_s);

        const Reply unread = api.get(u"/notifications?unread_only=true"_s, a);
        QCOMPARE(unread.obj().value("total"_L1).toInt(), 2);
        QCOMPARE(unread.obj().value("unread"_L1).toInt(), 2);
        QCOMPARE(titlesOf(unread.obj().value("items"_L1).toArray()),
                 (QStringList{ u"third"_s, u"second"_s }));
        QCOMPARE(api.get(u"/notifications?unread_only=false"_s, a).obj().value("total"_L1).toInt(),
                 3);

        const Reply page1 = api.get(u"/notifications?count=2&page=1"_s, a);
        QCOMPARE(page1.obj().value("total"_L1).toInt(), 3);
        QCOMPARE(titlesOf(page1.obj().value("items"_L1).toArray()), QStringList{ u"first"_s });
        const Reply beyond = api.get(u"/notifications?count=2&page=5"_s, a);
        QCOMPARE(beyond.status, 200);
        QVERIFY(beyond.obj().value("items"_L1).toArray().isEmpty());
        QCOMPARE(beyond.obj().value("total"_L1).toInt(), 3);

        const Reply others = api.get(u"/notifications"_s, b);
        QCOMPARE(titlesOf(others.obj().value("items"_L1).toArray()), QStringList{ u"not yours"_s });
        QCOMPARE(others.obj().value("unread"_L1).toInt(), 1);
    }

    void getsOnlyOwnNotification()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const QString b = site.person().token;
        const QString id = seed(api, aId, u"mine"_s, ApiHarness::startTime());

        const Reply own = api.get(u"/notifications/"_s + id, a);
        QCOMPARE(own.status, 200);
        QCOMPARE(own.obj(),
                 (QJsonObject{ { u"id"_s, id },
                               { u"user_id"_s, aId },
                               { u"type"_s, u"booking_created"_s },
                               { u"title"_s, u"mine"_s },
                               { u"body"_s, u"mine body"_s },
                               { u"data"_s, QJsonObject{ { u"booking_id"_s, kUnknownId } } },
                               { u"created_at"_s, u"2030-01-07T06:00:00Z"_s },
                               { u"read_at"_s, QJsonValue::Null } }));
        // Upper-case ids name the same notification.
        QCOMPARE(api.get(u"/notifications/"_s + id.toUpper(), a).status, 200);

        for (const Reply &r : { api.get(u"/notifications/"_s + id, b),
                                api.post(u"/notifications/"_s + id + u"/read"_s, QJsonObject{}, b),
                                api.get(u"/notifications/"_s + kUnknownId, a) }) {
            QCOMPARE(r.status, 404);
            QCOMPARE(r.errorCode(), u"NOTIFICATION_NOT_FOUND"_s);
        }
        // B's attempt to read it changed nothing.
        QVERIFY(api.get(u"/notifications/"_s + id, a).obj().value("read_at"_L1).isNull());
    }

    void markReadKeepsFirstReadTime()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const QDateTime t0 = ApiHarness::startTime();
        const QString id = seed(api, aId, u"one"_s, t0.addSecs(-60));
        seed(api, aId, u"two"_s, t0.addSecs(-30));

        api.clock().advanceSecs(90);
        const Reply read = api.post(u"/notifications/"_s + id + u"/read"_s, QJsonObject{}, a);
        QCOMPARE(read.status, 200);
        QCOMPARE(read.obj().value("id"_L1).toString(), id);
        QCOMPARE(read.obj().value("read_at"_L1).toString(), u"2030-01-07T06:01:30Z"_s);

        api.clock().advanceSecs(600);
        const Reply again = api.post(u"/notifications/"_s + id + u"/read"_s, QJsonObject{}, a);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.obj().value("read_at"_L1).toString(), u"2030-01-07T06:01:30Z"_s);
        QCOMPARE(api.get(u"/notifications"_s, a).obj().value("unread"_L1).toInt(), 1);
    }

    void readAllCountsWhatChanged()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const auto [bId, bEmail, b] = site.person();
        const QDateTime t0 = ApiHarness::startTime();
        const QString early = seed(api, aId, u"read before"_s, t0.addSecs(-90), t0.addSecs(-80));
        seed(api, aId, u"unread 1"_s, t0.addSecs(-60));
        seed(api, aId, u"unread 2"_s, t0.addSecs(-30));
        seed(api, bId, u"b's"_s, t0.addSecs(-30));

        const Reply all = api.post(u"/notifications/read-all"_s, QJsonObject{}, a);
        QCOMPARE(all.status, 200);
        QCOMPARE(all.obj(), (QJsonObject{ { u"updated"_s, 2 } }));
        const Reply list = api.get(u"/notifications"_s, a);
        QCOMPARE(list.obj().value("unread"_L1).toInt(), 0);
        for (const QJsonValue v : list.obj().value("items"_L1).toArray()) {
            const QJsonObject n = v.toObject();
            QCOMPARE(n.value("read_at"_L1).toString(),
                     n.value("id"_L1).toString() == early ? u"2030-01-07T05:58:40Z"_s
                                                          : u"2030-01-07T06:00:00Z"_s);
        }
        QVERIFY(api.get(u"/notifications?unread_only=true"_s, a)
                        .obj()
                        .value("items"_L1)
                        .toArray()
                        .isEmpty());

        QCOMPARE(api.post(u"/notifications/read-all"_s, QJsonObject{}, a).obj(),
                 (QJsonObject{ { u"updated"_s, 0 } }));
        // Another user's notifications are untouched.
        QCOMPARE(api.get(u"/notifications"_s, b).obj().value("unread"_L1).toInt(), 1);
    }

    void testSendStoresOneAndPushesToEachDevice()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const auto [aId, aEmail, a] = site.person();
        const QString b = site.person().token;
        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"a-phone"_s), a).status, 201);
        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"a-browser"_s, u"web"_s), a)
                         .status,
                 201);
        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"b-phone"_s), b).status, 201);

        const QJsonObject data{ { u"screen"_s, u"bookings"_s } };
        const Reply sent = api.post(u"/notifications/test"_s,
                                    QJsonObject{ { u"title"_s, u"Hello"_s },
                                                 { u"body"_s, u"It works"_s },
                                                 { u"data"_s, data } },
                                    a);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.obj().value("sent"_L1).toInt(), 2);
        const QJsonObject n = sent.obj().value("notification"_L1).toObject();
        QCOMPARE(n.value("type"_L1).toString(), u"system"_s);
        QCOMPARE(n.value("user_id"_L1).toString(), aId);
        QCOMPARE(n.value("title"_L1).toString(), u"Hello"_s);
        QCOMPARE(n.value("body"_L1).toString(), u"It works"_s);
        QCOMPARE(n.value("data"_L1).toObject(), data);
        QCOMPARE(n.value("created_at"_L1).toString(), u"2030-01-07T06:00:00Z"_s);
        QVERIFY(n.value("read_at"_L1).isNull());

        // Exactly one push per device of the caller, none to anybody else.
        const auto pushes = push.pushes();
        QCOMPARE(pushes.size(), 2);
        QStringList targets;
        for (const auto &p : pushes) {
            targets.append(p.device.token);
            QCOMPARE(p.device.userId, aId);
            QCOMPARE(p.title, u"Hello"_s);
            QCOMPARE(p.body, u"It works"_s);
            QCOMPARE(p.data.value("screen"_L1).toString(), u"bookings"_s);
            QCOMPARE(p.data.value("notification_id"_L1).toString(), n.value("id"_L1).toString());
            QCOMPARE(p.data.value("type"_L1).toString(), u"system"_s);
        }
        targets.sort();
        QCOMPARE(targets, (QStringList{ u"a-browser"_s, u"a-phone"_s }));

        // One stored notification, in the caller's list and nowhere else.
        const Reply list = api.get(u"/notifications"_s, a);
        QCOMPARE(list.obj().value("total"_L1).toInt(), 1);
        QCOMPARE(list.obj().value("unread"_L1).toInt(), 1);
        QCOMPARE(list.obj().value("items"_L1).toArray().first().toObject(), n);
        QCOMPARE(api.get(u"/notifications"_s, b).obj().value("total"_L1).toInt(), 0);
        QCOMPARE(api.sql(u"SELECT COUNT(*) FROM notifications"_s).first().value(0).toInt(), 1);

        // Without data, data is an empty object.
        push.clear();
        const Reply bare =
                api.post(u"/notifications/test"_s,
                         QJsonObject{ { u"title"_s, u"Hi"_s }, { u"body"_s, u"B"_s } }, b);
        QCOMPARE(bare.status, 200);
        QCOMPARE(bare.obj().value("sent"_L1).toInt(), 1);
        QCOMPARE(bare.obj().value("notification"_L1).toObject().value("data"_L1).toObject(),
                 QJsonObject{});
        QCOMPARE(push.pushes().size(), 1);
        QCOMPARE(push.pushes().first().device.token, u"b-phone"_s);
    }

    void unregisteredTokensAreForgotten()
    {
        RecordingPushGateway push;
        ApiHarness api({}, &push);
        SiteFixture site(api);
        const QString a = site.person().token;
        for (const QString &t : { u"alive"_s, u"gone"_s, u"flaky"_s })
            QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(t), a).status, 201);
        push.setOutcome(u"gone"_s, PushGateway::Outcome::Unregistered);
        push.setOutcome(u"flaky"_s, PushGateway::Outcome::Failed);

        const Reply sent =
                api.post(u"/notifications/test"_s,
                         QJsonObject{ { u"title"_s, u"Hi"_s }, { u"body"_s, u"A"_s } }, a);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.obj().value("sent"_L1).toInt(), 1); // delivered ones only
        QCOMPARE(push.pushes().size(), 3);
        // The push service no longer knows "gone"; a failure is no reason to drop "flaky".
        QCOMPARE(tokensOf(api.get(u"/notifications/device-tokens"_s, a)),
                 (QStringList{ u"alive"_s, u"flaky"_s }));
    }

    void defaultGatewayDelivers()
    {
        // Without an injected gateway the server logs each push and counts it delivered.
        ApiHarness api;
        SiteFixture site(api);
        const QString a = site.person().token;
        QCOMPARE(api.post(u"/notifications/device-tokens"_s, device(u"p"_s), a).status, 201);
        const Reply sent =
                api.post(u"/notifications/test"_s,
                         QJsonObject{ { u"title"_s, u"Hi"_s }, { u"body"_s, u"A"_s } }, a);
        QCOMPARE(sent.status, 200);
        QCOMPARE(sent.obj().value("sent"_L1).toInt(), 1);
    }

    void cleanupTestCase() { m_api.reset(); }

private:
    RecordingPushGateway m_push;
    std::unique_ptr<ApiHarness> m_api; // after m_push: the server goes first
    QString m_token;
};

QTEST_GUILESS_MAIN(TestNotificationsApi)
#include "tst_notificationsapi.moc"
