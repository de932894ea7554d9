// /users over real HTTP (openapi.json, Users): registration, profile, the admin's list, visibility,
// and bans.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QTest>

#include <memory>

using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject registration(const QString &email, const QString &name = u"Jane Doe"_s,
                         const QString &password = u"password123"_s)
{
    return { { u"email"_s, email }, { u"full_name"_s, name }, { u"password"_s, password } };
}

QStringList emailsOf(const Reply &r)
{
    QStringList emails;
    for (const QJsonValue u : r.arr())
        emails << u[u"email"_s].toString();
    emails.sort(Qt::CaseInsensitive);
    return emails;
}

} // namespace

class TestUsersApi final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    void registerCreates();
    void registerBusiness();
    void registerInvalid_data();
    void registerInvalid();
    void registerReportsEveryField();
    void registerEmailTaken_data();
    void registerEmailTaken();
    void registerBadBody();
    void guestRegisteredByStaff();
    void guestRules();

    void meNeedsAToken();
    void me();
    void updateMe();
    void updateMeEmail();
    void updateMeInvalid();
    void updateMeIgnoresRoles();
    void changePassword();

    void listAsAdmin();
    void listFilters();
    void listForbiddenForPlainUsers();
    void businessLooksUpByExactEmailOnly();

    void getById();
    void updateById();

    void banRules();
    void banCancelsFutureBookingsAndLocksOut();

private:
    QString registerUser(const QString &email, bool business = false)
    {
        return m_api->createUser(email, business);
    }

    std::unique_ptr<ApiHarness> m_api;
    QString m_adminId;
    QString m_admin; // token
};

void TestUsersApi::initTestCase()
{
    m_api = std::make_unique<ApiHarness>();
    m_adminId = m_api->createUser(u"root@example.com"_s, false, true);
    m_admin = m_api->token(u"root@example.com"_s);
}

// ---- registration ---------------------------------------------------------------------------

void TestUsersApi::registerCreates()
{
    const Reply r =
            m_api->post(u"/users"_s, registration(u"new.user@example.com"_s, u"  New User  "_s));
    QCOMPARE(r.status, 201);
    const QJsonObject o = r.obj();
    const QString id = o.value(u"id"_s).toString();
    QCOMPARE(id.size(), 36);
    QCOMPARE(r.headers.value("location"), QByteArray("/users/" + id.toLatin1()));
    QCOMPARE(o.value(u"email"_s).toString(), u"new.user@example.com"_s);
    QCOMPARE(o.value(u"full_name"_s).toString(), u"New User"_s);
    QCOMPARE(o.value(u"is_business"_s).toBool(true), false);
    QCOMPARE(o.value(u"is_admin"_s).toBool(true), false);
    QCOMPARE(o.value(u"is_banned"_s).toBool(true), false);
    QVERIFY(o.contains(u"avatar_url"_s));
    QVERIFY(o.value(u"avatar_url"_s).isNull());
    QCOMPARE(o.value(u"created_at"_s).toString(), u"2030-01-07T06:00:00Z"_s);
    // Never the hash, under any name.
    QCOMPARE(o.keys().size(), 8);
    QVERIFY(!r.body.contains("argon2"));
    QVERIFY(!r.body.contains("password"));

    // Stored as an Argon2id hash, not as the password.
    const auto rows = m_api->sql(u"SELECT password_hash FROM users WHERE id = ?"_s, { id });
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().value(0).toString().startsWith(u"$argon2id$"_s));
}

void TestUsersApi::registerBusiness()
{
    QJsonObject body = registration(u"biz.new@example.com"_s);
    body.insert(u"is_business"_s, true);
    body.insert(u"avatar_url"_s, u"https://cdn.example.com/a.png"_s);
    const Reply r = m_api->post(u"/users"_s, body);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.obj().value(u"is_business"_s).toBool(), true);
    QCOMPARE(r.obj().value(u"avatar_url"_s).toString(), u"https://cdn.example.com/a.png"_s);
    // Nobody makes himself an admin by registering.
    body = registration(u"sneaky@example.com"_s);
    body.insert(u"is_admin"_s, true);
    const Reply sneaky = m_api->post(u"/users"_s, body);
    QCOMPARE(sneaky.status, 201);
    QCOMPARE(sneaky.obj().value(u"is_admin"_s).toBool(true), false);
}

void TestUsersApi::registerInvalid_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("field");

    const QJsonObject ok = registration(u"valid@example.com"_s);
    auto with = [&ok](const QString &key, const QJsonValue &value) {
        QJsonObject o = ok;
        if (value.isUndefined())
            o.remove(key);
        else
            o.insert(key, value);
        return o;
    };
    QTest::newRow("email missing") << with(u"email"_s, QJsonValue::Undefined) << u"email"_s;
    QTest::newRow("email null") << with(u"email"_s, QJsonValue::Null) << u"email"_s;
    QTest::newRow("email not a string") << with(u"email"_s, 42) << u"email"_s;
    QTest::newRow("email without @") << with(u"email"_s, u"example.com"_s) << u"email"_s;
    QTest::newRow("email without domain dot") << with(u"email"_s, u"a@localhost"_s) << u"email"_s;
    QTest::newRow("email with space") << with(u"email"_s, u"a b@example.com"_s) << u"email"_s;
    QTest::newRow("email two @") << with(u"email"_s, u"a@b@example.com"_s) << u"email"_s;
    QTest::newRow("email empty") << with(u"email"_s, u""_s) << u"email"_s;
    QTest::newRow("email too long")
            << with(u"email"_s, QString(QString(250, u'a') + u"@example.com"_s)) << u"email"_s;
    QTest::newRow("name missing") << with(u"full_name"_s, QJsonValue::Undefined) << u"full_name"_s;
    QTest::newRow("name empty") << with(u"full_name"_s, u""_s) << u"full_name"_s;
    QTest::newRow("name blank") << with(u"full_name"_s, u"   "_s) << u"full_name"_s;
    QTest::newRow("name too long") << with(u"full_name"_s, QString(201, u'n')) << u"full_name"_s;
    QTest::newRow("name not a string") << with(u"full_name"_s, true) << u"full_name"_s;
    QTest::newRow("password missing")
            << with(u"password"_s, QJsonValue::Undefined) << u"password"_s;
    QTest::newRow("password short") << with(u"password"_s, u"1234567"_s) << u"password"_s;
    QTest::newRow("password too long") << with(u"password"_s, QString(129, u'p')) << u"password"_s;
    QTest::newRow("password not a string") << with(u"password"_s, 12345678) << u"password"_s;
    QTest::newRow("is_business a string") << with(u"is_business"_s, u"yes"_s) << u"is_business"_s;
    QTest::newRow("is_business a number") << with(u"is_business"_s, 1) << u"is_business"_s;
    QTest::newRow("avatar_url not a string") << with(u"avatar_url"_s, 42) << u"avatar_url"_s;
    QTest::newRow("avatar_url javascript")
            << with(u"avatar_url"_s, u"javascript:alert(1)"_s) << u"avatar_url"_s;
    QTest::newRow("avatar_url too long")
            << with(u"avatar_url"_s, QString(u"https://example.com/"_s + QString(2048, u'a')))
            << u"avatar_url"_s;
}

void TestUsersApi::registerInvalid()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, field);
    const Reply r = m_api->post(u"/users"_s, body);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
    QCOMPARE(sorted(r.errorFields()), QStringList{ field });
    QVERIFY(m_api->sql(u"SELECT id FROM users WHERE email_normalized = ?"_s,
                       { u"valid@example.com"_s })
                    .isEmpty());
}

void TestUsersApi::registerReportsEveryField()
{
    const Reply r = m_api->post(u"/users"_s,
                                QJsonObject{ { u"email"_s, u"nope"_s },
                                             { u"full_name"_s, u" "_s },
                                             { u"password"_s, u"short"_s },
                                             { u"is_business"_s, u"no"_s } });
    QCOMPARE(r.status, 422);
    QCOMPARE(sorted(r.errorFields()),
             (QStringList{ u"email"_s, u"full_name"_s, u"is_business"_s, u"password"_s }));
}

void TestUsersApi::registerEmailTaken_data()
{
    QTest::addColumn<QString>("second");
    QTest::newRow("same") << u"taken@example.com"_s;
    QTest::newRow("upper case") << u"TAKEN@EXAMPLE.COM"_s;
    QTest::newRow("mixed case") << u"Taken@Example.Com"_s;
    QTest::newRow("surrounding spaces") << u"  taken@example.com "_s;
}

void TestUsersApi::registerEmailTaken()
{
    QFETCH(QString, second);
    if (m_api->sql(u"SELECT id FROM users WHERE email_normalized = ?"_s, { u"taken@example.com"_s })
                .isEmpty())
        QCOMPARE(m_api->post(u"/users"_s, registration(u"taken@example.com"_s)).status, 201);
    const Reply r = m_api->post(u"/users"_s, registration(second));
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"EMAIL_TAKEN"_s);
}

void TestUsersApi::registerBadBody()
{
    QCOMPARE(
            m_api->raw("POST", u"/users"_s, "{", { { "Content-Type", "application/json" } }).status,
            400);
    QCOMPARE(m_api->raw("POST", u"/users"_s, "[]", { { "Content-Type", "application/json" } })
                     .status,
             400);
    QCOMPARE(
            m_api->raw("POST", u"/users"_s, "email=a", { { "Content-Type", "text/plain" } }).status,
            400);
}

// ---- guests of the front desk ---------------------------------------------------------------

void TestUsersApi::guestRegisteredByStaff()
{
    SiteFixture site(*m_api);
    const Person owner = site.person(true);
    const Person manager = site.person();
    const QString cw = site.coworking(owner);
    const QString spot = site.spots(owner, cw, 1).first();
    site.addManager(owner.token, cw, manager.id);

    // The manager registers a walk-in and books for them at once.
    const Reply r = m_api->post(u"/coworkings/%1/guests"_s.arg(cw),
                                QJsonObject{ { u"email"_s, u"  Walk.In@Example.com "_s },
                                             { u"full_name"_s, u" Walk In "_s } },
                                manager.token);
    QCOMPARE(r.status, 201);
    const QString id = r.obj().value(u"id"_s).toString();
    QCOMPARE(r.headers.value("location"), QByteArray("/users/" + id.toLatin1()));
    QCOMPARE(r.obj().value(u"full_name"_s).toString(), u"Walk In"_s);
    QCOMPARE(r.obj().value(u"email"_s).toString().toLower(), u"walk.in@example.com"_s);
    QCOMPARE(r.obj().value(u"is_business"_s).toBool(true), false);
    QCOMPARE(r.obj().value(u"is_admin"_s).toBool(true), false);
    QVERIFY(!r.body.contains("password"));
    const auto rows = m_api->sql(u"SELECT password_hash FROM users WHERE id = ?"_s, { id });
    QCOMPARE(rows.size(), 1);
    QVERIFY(rows.first().value(0).toString().startsWith(u"$argon2id$"_s));
    QJsonObject booking = bookingBody(spot, mskText(7, "10:00"), mskText(7, "11:00"));
    booking.insert(u"user_id"_s, id);
    const Reply booked = m_api->post(u"/bookings"_s, booking, manager.token);
    QCOMPARE(booked.status, 201);
    QCOMPARE(booked.obj().value(u"user_id"_s).toString(), id);

    // The owner and an admin may too; the same email again is taken.
    QCOMPARE(m_api->post(u"/coworkings/%1/guests"_s.arg(cw),
                         QJsonObject{ { u"email"_s, u"second.guest@example.com"_s },
                                      { u"full_name"_s, u"Second Guest"_s } },
                         owner.token)
                     .status,
             201);
    QCOMPARE(m_api->post(u"/coworkings/%1/guests"_s.arg(cw),
                         QJsonObject{ { u"email"_s, u"third.guest@example.com"_s },
                                      { u"full_name"_s, u"Third Guest"_s } },
                         m_admin)
                     .status,
             201);
    const Reply taken = m_api->post(
            u"/coworkings/%1/guests"_s.arg(cw),
            QJsonObject{ { u"email"_s, u"WALK.IN@example.com"_s }, { u"full_name"_s, u"Again"_s } },
            manager.token);
    QCOMPARE(taken.status, 409);
    QCOMPARE(taken.errorCode(), u"EMAIL_TAKEN"_s);
    // Nobody knows the guest's password: a guessed one does not sign in.
    QCOMPARE(m_api->post(u"/auth/login"_s,
                         QJsonObject{ { u"email"_s, u"walk.in@example.com"_s },
                                      { u"password"_s, u"password123"_s } })
                     .status,
             401);
}

void TestUsersApi::guestRules()
{
    SiteFixture site(*m_api);
    const Person owner = site.personNamed(u"guest.rules.owner@example.com"_s, true);
    const Person member = site.personNamed(u"guest.rules.member@example.com"_s);
    const Person otherOwner = site.personNamed(u"guest.rules.other@example.com"_s, true);
    const QString cw = site.coworking(owner);
    const QJsonObject guest{ { u"email"_s, u"nobody.guest@example.com"_s },
                             { u"full_name"_s, u"Nobody"_s } };
    const QString path = u"/coworkings/%1/guests"_s.arg(cw);

    QCOMPARE(m_api->post(path, guest).status, 401);
    QCOMPARE(m_api->post(path, guest, member.token).errorCode(), u"FORBIDDEN"_s);
    QCOMPARE(m_api->post(path, guest, otherOwner.token).errorCode(), u"FORBIDDEN"_s);
    const Reply unknown =
            m_api->post(u"/coworkings/%1/guests"_s.arg(kUnknownId), guest, owner.token);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.errorCode(), u"COWORKING_NOT_FOUND"_s);
    const Reply invalid = m_api->post(
            path, QJsonObject{ { u"email"_s, u"not an email"_s }, { u"full_name"_s, u"  "_s } },
            owner.token);
    QCOMPARE(invalid.status, 422);
    QCOMPARE(invalid.errorFields(), (QStringList{ u"email"_s, u"full_name"_s }));
    // The refused calls created nobody.
    QCOMPARE(
            m_api->sql(u"SELECT id FROM users WHERE email = ?"_s, { u"nobody.guest@example.com"_s })
                    .size(),
            0);
}

// ---- me -------------------------------------------------------------------------------------

void TestUsersApi::meNeedsAToken()
{
    const Reply r = m_api->get(u"/users/me"_s);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer"));
}

void TestUsersApi::me()
{
    const QString id = registerUser(u"me@example.com"_s);
    const Reply r = m_api->get(u"/users/me"_s, m_api->token(u"me@example.com"_s));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"id"_s).toString(), id);
    QCOMPARE(r.obj().value(u"email"_s).toString(), u"me@example.com"_s);
}

void TestUsersApi::updateMe()
{
    registerUser(u"patch.me@example.com"_s);
    const QString token = m_api->token(u"patch.me@example.com"_s);
    Reply r = m_api->patch(u"/users/me"_s,
                           QJsonObject{ { u"full_name"_s, u" Renamed "_s },
                                        { u"avatar_url"_s, u"/storage/abc.png"_s } },
                           token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"full_name"_s).toString(), u"Renamed"_s);
    QCOMPARE(r.obj().value(u"avatar_url"_s).toString(), u"/storage/abc.png"_s);
    QCOMPARE(m_api->get(u"/users/me"_s, token).obj().value(u"full_name"_s).toString(),
             u"Renamed"_s);

    // null removes the avatar; fields not sent stay.
    r = m_api->patch(u"/users/me"_s, QJsonObject{ { u"avatar_url"_s, QJsonValue::Null } }, token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.obj().value(u"avatar_url"_s).isNull());
    QCOMPARE(r.obj().value(u"full_name"_s).toString(), u"Renamed"_s);

    // An empty patch changes nothing.
    QCOMPARE(m_api->patch(u"/users/me"_s, QJsonObject{}, token).status, 200);
}

void TestUsersApi::updateMeEmail()
{
    registerUser(u"first.mail@example.com"_s);
    registerUser(u"other.mail@example.com"_s);
    const QString token = m_api->token(u"first.mail@example.com"_s);
    const auto withPassword = [](const QString &email, const QString &current) {
        return QJsonObject{ { u"email"_s, email }, { u"current_password"_s, current } };
    };

    // A stolen access token alone cannot move the account to another address: the current
    // password is required, and must be right.
    Reply r = m_api->patch(u"/users/me"_s, QJsonObject{ { u"email"_s, u"thief@example.com"_s } },
                           token);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorFields(), QStringList{ u"current_password"_s });
    r = m_api->patch(u"/users/me"_s, withPassword(u"thief@example.com"_s, u"guessed-wrong"_s),
                     token);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.errorFields(), QStringList{ u"current_password"_s });
    QCOMPARE(m_api->get(u"/users/me"_s, token).obj().value(u"email"_s).toString(),
             u"first.mail@example.com"_s);

    r = m_api->patch(u"/users/me"_s, withPassword(u"OTHER.mail@example.com"_s, u"password123"_s),
                     token);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.errorCode(), u"EMAIL_TAKEN"_s);

    // One's own address in another case is not "taken", nor a new address: no password needed.
    r = m_api->patch(u"/users/me"_s, QJsonObject{ { u"email"_s, u"First.Mail@example.com"_s } },
                     token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"email"_s).toString(), u"First.Mail@example.com"_s);

    r = m_api->patch(u"/users/me"_s, withPassword(u"second.mail@example.com"_s, u"password123"_s),
                     token);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_api->post(u"/auth/login"_s,
                         QJsonObject{ { u"email"_s, u"second.mail@example.com"_s },
                                      { u"password"_s, u"password123"_s } })
                     .status,
             200);
    // The old address is free again.
    QCOMPARE(m_api->post(u"/users"_s, registration(u"first.mail@example.com"_s)).status, 201);

    // An administrator changing someone else's address needs no password of theirs.
    const QString id = m_api->get(u"/users/me"_s, token).obj().value(u"id"_s).toString();
    r = m_api->patch(u"/users/"_s + id, QJsonObject{ { u"email"_s, u"third.mail@example.com"_s } },
                     m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"email"_s).toString(), u"third.mail@example.com"_s);
}

void TestUsersApi::updateMeInvalid()
{
    registerUser(u"invalid.patch@example.com"_s);
    const QString token = m_api->token(u"invalid.patch@example.com"_s);
    const Reply r = m_api->patch(u"/users/me"_s,
                                 QJsonObject{ { u"email"_s, u"broken"_s },
                                              { u"full_name"_s, u""_s },
                                              { u"avatar_url"_s, 5 } },
                                 token);
    QCOMPARE(r.status, 422);
    QCOMPARE(sorted(r.errorFields()), (QStringList{ u"avatar_url"_s, u"email"_s, u"full_name"_s }));
    QCOMPARE(
            m_api->patch(u"/users/me"_s, QJsonObject{ { u"full_name"_s, QJsonValue::Null } }, token)
                    .status,
            422);
}

void TestUsersApi::updateMeIgnoresRoles()
{
    registerUser(u"wannabe@example.com"_s);
    const QString token = m_api->token(u"wannabe@example.com"_s);
    const Reply r =
            m_api->patch(u"/users/me"_s,
                         QJsonObject{ { u"is_admin"_s, true }, { u"is_business"_s, true } }, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"is_admin"_s).toBool(true), false);
    QCOMPARE(r.obj().value(u"is_business"_s).toBool(true), false);
}

void TestUsersApi::changePassword()
{
    registerUser(u"changer@example.com"_s);
    const QString token = m_api->token(u"changer@example.com"_s);
    const QString oldRefresh = m_api->post(u"/auth/login"_s,
                                           QJsonObject{ { u"email"_s, u"changer@example.com"_s },
                                                        { u"password"_s, u"password123"_s } })
                                       .obj()
                                       .value(u"refresh_token"_s)
                                       .toString();

    // Refused with the field at fault: no current password, a wrong one, a new one too short.
    const struct
    {
        QJsonObject body;
        QString field;
    } refusals[] = {
        { QJsonObject{ { u"password"_s, u"new-password-1"_s } }, u"current_password"_s },
        { QJsonObject{ { u"password"_s, u"new-password-1"_s },
                       { u"current_password"_s, u"not-my-password"_s } },
          u"current_password"_s },
        { QJsonObject{ { u"password"_s, u"short"_s }, { u"current_password"_s, u"password123"_s } },
          u"password"_s },
    };
    for (const auto &refusal : refusals) {
        const Reply refused = m_api->patch(u"/users/me"_s, refusal.body, token);
        QCOMPARE(refused.status, 422);
        QCOMPARE(refused.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(sorted(refused.errorFields()), QStringList{ refusal.field });
    }

    Reply r = m_api->patch(u"/users/me"_s,
                           QJsonObject{ { u"password"_s, u"new-password-1"_s },
                                        { u"current_password"_s, u"password123"_s } },
                           token);
    QCOMPARE(r.status, 200);

    auto login = [this](const QString &password) {
        return m_api->post(u"/auth/login"_s,
                           QJsonObject{ { u"email"_s, u"changer@example.com"_s },
                                        { u"password"_s, password } });
    };
    QCOMPARE(login(u"password123"_s).status, 401);
    QCOMPARE(login(u"new-password-1"_s).status, 200);
    // Sessions opened with the old password are over.
    QCOMPARE(m_api->post(u"/auth/refresh"_s, QJsonObject{ { u"refresh_token"_s, oldRefresh } })
                     .status,
             401);
}

// ---- list -----------------------------------------------------------------------------------

void TestUsersApi::listAsAdmin()
{
    for (int i = 0; i < 3; ++i) {
        m_api->clock().advanceSecs(1);
        registerUser(u"listed%1@example.com"_s.arg(i));
    }
    // Oldest first.
    const Reply listed = m_api->get(u"/users?query=listed"_s, m_admin);
    QCOMPARE(listed.status, 200);
    QStringList inOrder;
    for (const QJsonValue u : listed.arr())
        inOrder << u[u"email"_s].toString();
    QCOMPARE(inOrder,
             (QStringList{ u"listed0@example.com"_s, u"listed1@example.com"_s,
                           u"listed2@example.com"_s }));
    const qint64 total = m_api->sql(u"SELECT COUNT(*) FROM users"_s).first().value(0).toLongLong();

    const Reply first = m_api->get(u"/users?count=2&page=0"_s, m_admin);
    QCOMPARE(first.status, 200);
    QCOMPARE(first.headers.value("x-total-count").toLongLong(), total);
    QCOMPARE(first.arr().size(), 2);

    // Pages do not overlap and together hold everyone.
    QStringList ids;
    for (int page = 0; page * 2 < total; ++page) {
        const Reply r = m_api->get(u"/users?count=2&page=%1"_s.arg(page), m_admin);
        QCOMPARE(r.status, 200);
        for (const QJsonValue u : r.arr())
            ids << u[u"id"_s].toString();
    }
    QCOMPARE(ids.size(), total);
    ids.removeDuplicates();
    QCOMPARE(ids.size(), total);

    const Reply beyond = m_api->get(u"/users?count=2&page=1000"_s, m_admin);
    QCOMPARE(beyond.status, 200);
    QCOMPARE(beyond.arr().size(), 0);
    QCOMPARE(beyond.headers.value("x-total-count").toLongLong(), total);

    QCOMPARE(m_api->get(u"/users?count=0"_s, m_admin).status, 422);
    QCOMPARE(m_api->get(u"/users?count=101"_s, m_admin).status, 422);
}

void TestUsersApi::listFilters()
{
    registerUser(u"needle.one@example.com"_s);
    registerUser(u"NEEDLE.two@example.com"_s);
    registerUser(u"hay@example.com"_s);
    // A name that matches: the harness names users "Test <email>".
    Reply r = m_api->get(u"/users?query=NeEdLe"_s, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.headers.value("x-total-count"), QByteArray("2"));
    QCOMPARE(emailsOf(r),
             (QStringList{ u"needle.one@example.com"_s, u"NEEDLE.two@example.com"_s }));

    // LIKE wildcards are taken literally.
    r = m_api->get(u"/users?query=%25"_s, m_admin);
    QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));
    r = m_api->get(u"/users?query=needle_one"_s, m_admin);
    QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));

    r = m_api->get(u"/users?email=Needle.Two%40Example.com"_s, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(emailsOf(r), QStringList{ u"NEEDLE.two@example.com"_s });
    // Exact: a part of an address finds nothing.
    r = m_api->get(u"/users?email=needle"_s, m_admin);
    QCOMPARE(r.arr().size(), 0);
}

void TestUsersApi::listForbiddenForPlainUsers()
{
    registerUser(u"plain.lister@example.com"_s);
    const QString token = m_api->token(u"plain.lister@example.com"_s);
    QCOMPARE(m_api->get(u"/users"_s, token).status, 403);
    QCOMPARE(m_api->get(u"/users?email=root%40example.com"_s, token).status, 403);
    QCOMPARE(m_api->get(u"/users"_s).status, 401);
}

void TestUsersApi::businessLooksUpByExactEmailOnly()
{
    registerUser(u"biz.lookup@example.com"_s, true);
    const QString target = registerUser(u"findme@example.com"_s);
    const QString token = m_api->token(u"biz.lookup@example.com"_s);

    QCOMPARE(m_api->get(u"/users"_s, token).status, 403);
    QCOMPARE(m_api->get(u"/users?query=findme"_s, token).status, 403);

    Reply r = m_api->get(u"/users?email=FindMe%40example.com"_s, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.arr().size(), 1);
    QCOMPARE(r.arr().at(0)[u"id"_s].toString(), target);
    QCOMPARE(r.headers.value("x-total-count"), QByteArray("1"));

    // A query beside the email does not widen the lookup.
    r = m_api->get(u"/users?email=findme%40example.com&query=example"_s, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.arr().size(), 1);

    r = m_api->get(u"/users?email=nobody%40example.com"_s, token);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.arr().size(), 0);
    QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));
}

// ---- one user -------------------------------------------------------------------------------

void TestUsersApi::getById()
{
    const QString id = registerUser(u"get.me@example.com"_s);
    registerUser(u"stranger@example.com"_s, true);
    const QString own = m_api->token(u"get.me@example.com"_s);
    const QString stranger = m_api->token(u"stranger@example.com"_s);

    QCOMPARE(m_api->get(u"/users/"_s + id, own).status, 200);
    Reply r = m_api->get(u"/users/"_s + id, m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"email"_s).toString(), u"get.me@example.com"_s);

    r = m_api->get(u"/users/"_s + id, stranger);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"USER_NOT_FOUND"_s);
    r = m_api->get(u"/users/"_s + m_adminId, own);
    QCOMPARE(r.status, 404);

    r = m_api->get(u"/users/00000000-0000-4000-8000-000000000000"_s, m_admin);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"USER_NOT_FOUND"_s);
    QCOMPARE(m_api->get(u"/users/not-a-uuid"_s, m_admin).status, 404);
}

void TestUsersApi::updateById()
{
    const QString id = registerUser(u"patch.byid@example.com"_s);
    const QString otherId = registerUser(u"patch.other@example.com"_s);
    const QString own = m_api->token(u"patch.byid@example.com"_s);

    Reply r =
            m_api->patch(u"/users/"_s + id, QJsonObject{ { u"full_name"_s, u"Self Edit"_s } }, own);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"full_name"_s).toString(), u"Self Edit"_s);

    // Roles are the admin's to give.
    r = m_api->patch(u"/users/"_s + id, QJsonObject{ { u"is_business"_s, true } }, own);
    QCOMPARE(r.status, 403);
    r = m_api->patch(u"/users/"_s + id, QJsonObject{ { u"is_admin"_s, true } }, own);
    QCOMPARE(r.status, 403);
    // Restating the current value is not a change.
    QCOMPARE(m_api->patch(u"/users/"_s + id, QJsonObject{ { u"is_admin"_s, false } }, own).status,
             200);
    QCOMPARE(m_api->patch(u"/users/"_s + id, QJsonObject{ { u"is_business"_s, u"yes"_s } }, m_admin)
                     .status,
             422);

    // Someone else's profile, invisible to this user: 404.
    r = m_api->patch(u"/users/"_s + otherId, QJsonObject{ { u"full_name"_s, u"Hacked"_s } }, own);
    QCOMPARE(r.status, 404);

    r = m_api->patch(u"/users/"_s + id,
                     QJsonObject{ { u"is_business"_s, true }, { u"full_name"_s, u"By Admin"_s } },
                     m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"is_business"_s).toBool(), true);
    QCOMPARE(r.obj().value(u"full_name"_s).toString(), u"By Admin"_s);

    // An admin resets another user's password without knowing the old one.
    r = m_api->patch(u"/users/"_s + otherId, QJsonObject{ { u"password"_s, u"reset-by-admin"_s } },
                     m_admin);
    QCOMPARE(r.status, 200);
    QCOMPARE(m_api->post(u"/auth/login"_s,
                         QJsonObject{ { u"email"_s, u"patch.other@example.com"_s },
                                      { u"password"_s, u"reset-by-admin"_s } })
                     .status,
             200);

    // An admin cannot drop his own admin rights (someone must remain to repair things).
    r = m_api->patch(u"/users/"_s + m_adminId, QJsonObject{ { u"is_admin"_s, false } }, m_admin);
    QCOMPARE(r.status, 422);
    QCOMPARE(sorted(r.errorFields()), QStringList{ u"is_admin"_s });

    r = m_api->patch(u"/users/00000000-0000-4000-8000-000000000000"_s,
                     QJsonObject{ { u"full_name"_s, u"Ghost"_s } }, m_admin);
    QCOMPARE(r.status, 404);
}

// ---- bans -----------------------------------------------------------------------------------

void TestUsersApi::banRules()
{
    const QString id = registerUser(u"ban.rules@example.com"_s);
    registerUser(u"not.admin@example.com"_s, true);
    const QString plain = m_api->token(u"not.admin@example.com"_s);

    Reply r = m_api->post(u"/users/%1/ban"_s.arg(id), QJsonObject{}, plain);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
    QCOMPARE(m_api->post(u"/users/%1/unban"_s.arg(id), QJsonObject{}, plain).status, 403);
    QCOMPARE(m_api->post(u"/users/%1/ban"_s.arg(id), QJsonObject{}).status, 401);

    r = m_api->post(u"/users/00000000-0000-4000-8000-000000000000/ban"_s, QJsonObject{}, m_admin);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.errorCode(), u"USER_NOT_FOUND"_s);

    r = m_api->post(u"/users/%1/ban"_s.arg(m_adminId), QJsonObject{}, m_admin);
    QCOMPARE(r.status, 422);

    // Banning twice is harmless.
    QCOMPARE(m_api->post(u"/users/%1/ban"_s.arg(id), QJsonObject{}, m_admin).status, 204);
    QCOMPARE(m_api->post(u"/users/%1/ban"_s.arg(id), QJsonObject{}, m_admin).status, 204);
    QCOMPARE(m_api->get(u"/users/"_s + id, m_admin).obj().value(u"is_banned"_s).toBool(), true);
    QCOMPARE(m_api->post(u"/users/%1/unban"_s.arg(id), QJsonObject{}, m_admin).status, 204);
    QCOMPARE(m_api->get(u"/users/"_s + id, m_admin).obj().value(u"is_banned"_s).toBool(), false);
}

void TestUsersApi::banCancelsFutureBookingsAndLocksOut()
{
    // A coworking with one spot, built over HTTP by its owner.
    SiteFixture site(*m_api);
    const QString owner = site.personNamed(u"ban.owner@example.com"_s, true).token;
    const QString coworkingId = site.coworking(owner,
                                               QJsonObject{ { u"name"_s, u"Ban Hub"_s },
                                                            { u"description"_s, u"A place"_s },
                                                            { u"address"_s, u"1 Main St"_s } });
    const QString spotId =
            site.spots(owner, coworkingId,
                       QJsonArray{ QJsonObject{ { u"name"_s, u"Desk 1"_s },
                                                { u"description"_s, u"By the window"_s },
                                                { u"position"_s, 1 } } })
                    .at(0);
    QVERIFY(!spotId.isEmpty());

    // The user books tomorrow morning (local time, Moscow).
    const auto [userId, userEmail, user] = site.personNamed(u"ban.me@example.com"_s);
    const QString bookingId =
            site.book(user, bookingBody(spotId, mskText(8, "10:00"), mskText(8, "11:00")));

    // Staff of a coworking where the user has a booking may see the user, not change him.
    QCOMPARE(m_api->get(u"/users/"_s + userId, owner).status, 200);
    QCOMPARE(m_api->patch(u"/users/"_s + userId, QJsonObject{ { u"full_name"_s, u"X"_s } }, owner)
                     .status,
             403);

    QCOMPARE(m_api->post(u"/users/%1/ban"_s.arg(userId), QJsonObject{}, m_admin).status, 204);

    // At once, with an access token that has not expired.
    Reply r = m_api->get(u"/users/me"_s, user);
    QCOMPARE(r.status, 403);
    QCOMPARE(r.errorCode(), u"USER_BANNED"_s);
    QCOMPARE(m_api->get(u"/users/me/bookings"_s, user).status, 403);

    // The future booking is cancelled, and says why.
    const auto rows =
            m_api->sql(u"SELECT status, cancel_reason FROM bookings WHERE id = ?"_s, { bookingId });
    QCOMPARE(rows.size(), 1);
    QCOMPARE(rows.first().value(0).toString(), u"cancelled"_s);
    QCOMPARE(rows.first().value(1).toString(), u"ban"_s);
    r = m_api->get(u"/bookings/"_s + bookingId, owner);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.obj().value(u"status"_s).toString(), u"cancelled"_s);

    // Unbanning restores access; the cancelled booking stays cancelled.
    QCOMPARE(m_api->post(u"/users/%1/unban"_s.arg(userId), QJsonObject{}, m_admin).status, 204);
    QCOMPARE(m_api->get(u"/users/me"_s, user).status, 200);
    QCOMPARE(m_api->post(u"/auth/login"_s,
                         QJsonObject{ { u"email"_s, u"ban.me@example.com"_s },
                                      { u"password"_s, u"password123"_s } })
                     .status,
             200);
    QCOMPARE(m_api->get(u"/bookings/"_s + bookingId, user).obj().value(u"status"_s).toString(),
             u"cancelled"_s);
}

QTEST_GUILESS_MAIN(TestUsersApi)
#include "tst_usersapi.moc"
