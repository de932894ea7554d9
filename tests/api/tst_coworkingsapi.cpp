// /coworkings over real HTTP: the catalogue, owners' commands and their validation, managers,
// the timeline and deletion, with tenants kept apart.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>
#include <tuple>

using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

QJsonObject validBody()
{
    return { { u"name"_s, u"Loft"_s },
             { u"description"_s, u"Quiet open space"_s },
             { u"address"_s, u"Tverskaya 1, Moscow"_s },
             { u"opens_at"_s, u"08:00"_s },
             { u"closes_at"_s, u"20:00"_s },
             { u"timezone"_s, u"Europe/Moscow"_s } };
}

const QStringList kCoworkingKeys = sorted(
        { u"id"_s, u"name"_s, u"description"_s, u"address"_s, u"opens_at"_s, u"closes_at"_s,
          u"timezone"_s, u"images"_s, u"floor_plan_url"_s, u"owner_id"_s, u"booking_policy"_s });
const QStringList kListItemKeys = sorted({ u"id"_s, u"name"_s, u"address"_s, u"opens_at"_s,
                                           u"closes_at"_s, u"timezone"_s, u"images"_s });
const QStringList kPolicyKeys =
        sorted({ u"min_duration_minutes"_s, u"max_duration_minutes"_s, u"slot_minutes"_s,
                 u"max_days_in_advance"_s, u"max_active_bookings_per_user"_s, u"checkin_required"_s,
                 u"auto_release_minutes"_s });

} // namespace

class TestCoworkingsApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<SiteFixture> m_site;
    QString m_ownerId, m_owner2Id, m_userId, m_adminId, m_managerId;
    QString m_owner, m_owner2, m_user, m_admin, m_manager; // tokens

    ApiHarness &api() { return *m_api; }

    SiteFixture &site() { return *m_site; }

    // The valid body of these tests, with `overrides`.
    QString createCoworking(const QString &token, const QJsonObject &overrides = {})
    {
        return site().coworking(token, merged(validBody(), overrides));
    }

    QStringList createSpots(const QString &coworkingId, const QJsonArray &spots)
    {
        return site().spots(m_owner, coworkingId, spots);
    }

    Reply book(const QString &spotId, const QString &from, const QString &until,
               const QString &token)
    {
        return api().post(u"/bookings"_s, bookingBody(spotId, from, until), token);
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(api());
        const auto signUp = [this](const QString &email, QString &id, QString &token,
                                   bool business = false, bool admin = false) {
            const Person person = site().personNamed(email, business, admin);
            id = person.id;
            token = person.token;
        };
        signUp(u"owner@example.com"_s, m_ownerId, m_owner, true);
        signUp(u"owner2@example.com"_s, m_owner2Id, m_owner2, true);
        signUp(u"user@example.com"_s, m_userId, m_user);
        signUp(u"admin@example.com"_s, m_adminId, m_admin, false, true);
        signUp(u"manager@example.com"_s, m_managerId, m_manager);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_api.reset();
    }

    void init() { api().clock().set(ApiHarness::startTime()); }

    void createReturnsTheCoworking()
    {
        const QJsonObject body = merged(
                validBody(),
                { { u"booking_policy"_s,
                    QJsonObject{ { u"slot_minutes"_s, 30 }, { u"checkin_required"_s, true } } } },
                {});
        const Reply r = api().post(u"/coworkings"_s, body, m_owner);
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.obj();
        QCOMPARE(sortedKeys(c), kCoworkingKeys);
        const QString id = c.value("id"_L1).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(id, id.toLower());
        QCOMPARE(r.headers.value("location"), QByteArray("/coworkings/") + id.toUtf8());
        QCOMPARE(c.value("name"_L1).toString(), u"Loft"_s);
        QCOMPARE(c.value("description"_L1).toString(), u"Quiet open space"_s);
        QCOMPARE(c.value("address"_L1).toString(), u"Tverskaya 1, Moscow"_s);
        QCOMPARE(c.value("opens_at"_L1).toString(), u"08:00"_s);
        QCOMPARE(c.value("closes_at"_L1).toString(), u"20:00"_s);
        QCOMPARE(c.value("timezone"_L1).toString(), u"Europe/Moscow"_s);
        QCOMPARE(c.value("images"_L1).toArray(), QJsonArray());
        QVERIFY(c.value("floor_plan_url"_L1).isNull());
        QCOMPARE(c.value("owner_id"_L1).toString(), m_ownerId);
        const QJsonObject policy = c.value("booking_policy"_L1).toObject();
        QCOMPARE(sortedKeys(policy), kPolicyKeys);
        QCOMPARE(policy.value("min_duration_minutes"_L1).toInt(), 15);
        QCOMPARE(policy.value("max_duration_minutes"_L1).toInt(), 720);
        QCOMPARE(policy.value("slot_minutes"_L1).toInt(), 30);
        QCOMPARE(policy.value("max_days_in_advance"_L1).toInt(), 30);
        QCOMPARE(policy.value("max_active_bookings_per_user"_L1).toInt(), 3);
        QCOMPARE(policy.value("checkin_required"_L1).toBool(), true);
        QCOMPARE(policy.value("auto_release_minutes"_L1).toInt(), 15);

        // The stored resource reads back the same, to anyone.
        const Reply get = api().get(u"/coworkings/"_s + id);
        QCOMPARE(get.status, 200);
        QCOMPARE(get.obj(), c);
    }

    void createKeepsSecondsAndDefaults()
    {
        const Reply r = api().post(u"/coworkings"_s,
                                   QJsonObject{ { u"name"_s, u"  Minimal  "_s },
                                                { u"opens_at"_s, u"08:30:15"_s },
                                                { u"closes_at"_s, u"18:00:00"_s } },
                                   m_owner);
        QCOMPARE(r.status, 201);
        const QJsonObject c = r.obj();
        QCOMPARE(c.value("name"_L1).toString(), u"Minimal"_s);
        QCOMPARE(c.value("description"_L1).toString(), QString());
        QCOMPARE(c.value("address"_L1).toString(), QString());
        QCOMPARE(c.value("opens_at"_L1).toString(), u"08:30:15"_s);
        QCOMPARE(c.value("closes_at"_L1).toString(), u"18:00"_s);
        // No zone and no offset: UTC.
        QCOMPARE(c.value("timezone"_L1).toString(), u"UTC"_s);
        QCOMPARE(c.value("booking_policy"_L1).toObject().value("slot_minutes"_L1).toInt(), 15);
    }

    void createLegacyOffsetMeansFixedZone_data()
    {
        QTest::addColumn<QString>("opensAt");
        QTest::addColumn<QString>("closesAt");
        QTest::addColumn<QString>("zone");
        QTest::newRow("+03:00") << u"08:00:00+03:00"_s << u"20:00:00+03:00"_s << u"UTC+03:00"_s;
        QTest::newRow("-05:30") << u"08:00-05:30"_s << u"20:00-05:30"_s << u"UTC-05:30"_s;
        QTest::newRow("only opens_at") << u"08:00:00+03:00"_s << u"20:00"_s << u"UTC+03:00"_s;
        QTest::newRow("Z") << u"08:00Z"_s << u"20:00Z"_s << u"UTC"_s;
    }

    void createLegacyOffsetMeansFixedZone()
    {
        QFETCH(QString, opensAt);
        QFETCH(QString, closesAt);
        QFETCH(QString, zone);
        const Reply r = api().post(
                u"/coworkings"_s,
                merged(validBody(), { { u"opens_at"_s, opensAt }, { u"closes_at"_s, closesAt } },
                       { u"timezone"_s }),
                m_owner);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.obj().value("timezone"_L1).toString(), zone);
        QCOMPARE(r.obj().value("opens_at"_L1).toString(), u"08:00"_s);
        QCOMPARE(r.obj().value("closes_at"_L1).toString(), u"20:00"_s);
    }

    void createNeedsBusinessOrAdmin()
    {
        Reply r = api().post(u"/coworkings"_s, validBody(), m_user);
        QCOMPARE(r.status, 403);
        QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
        r = api().post(u"/coworkings"_s, validBody(), m_manager);
        QCOMPARE(r.status, 403);
        r = api().post(u"/coworkings"_s, validBody());
        QCOMPARE(r.status, 401);
        r = api().post(u"/coworkings"_s, validBody(), m_admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.obj().value("owner_id"_L1).toString(), m_adminId);
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        QTest::addColumn<QStringList>("removed");
        QTest::addColumn<QString>("field");

        const auto policy = [](const QString &key, const QJsonValue &value) {
            return QJsonObject{ { u"booking_policy"_s, QJsonObject{ { key, value } } } };
        };
        const QString longName(201, u'n');
        QTest::newRow("name missing") << QJsonObject() << QStringList{ u"name"_s } << u"name"_s;
        QTest::newRow("name null")
                << QJsonObject{ { u"name"_s, QJsonValue::Null } } << QStringList() << u"name"_s;
        QTest::newRow("name empty")
                << QJsonObject{ { u"name"_s, u""_s } } << QStringList() << u"name"_s;
        QTest::newRow("name blank")
                << QJsonObject{ { u"name"_s, u"   "_s } } << QStringList() << u"name"_s;
        QTest::newRow("name too long")
                << QJsonObject{ { u"name"_s, longName } } << QStringList() << u"name"_s;
        QTest::newRow("name number")
                << QJsonObject{ { u"name"_s, 5 } } << QStringList() << u"name"_s;
        QTest::newRow("description too long")
                << QJsonObject{ { u"description"_s, QString(5001, u'd') } } << QStringList()
                << u"description"_s;
        QTest::newRow("address too long") << QJsonObject{ { u"address"_s, QString(501, u'a') } }
                                          << QStringList() << u"address"_s;
        QTest::newRow("opens_at missing")
                << QJsonObject() << QStringList{ u"opens_at"_s } << u"opens_at"_s;
        QTest::newRow("closes_at missing")
                << QJsonObject() << QStringList{ u"closes_at"_s } << u"closes_at"_s;
        QTest::newRow("opens_at 25:00")
                << QJsonObject{ { u"opens_at"_s, u"25:00"_s } } << QStringList() << u"opens_at"_s;
        QTest::newRow("opens_at 9am")
                << QJsonObject{ { u"opens_at"_s, u"9am"_s } } << QStringList() << u"opens_at"_s;
        QTest::newRow("closes_at number")
                << QJsonObject{ { u"closes_at"_s, 18 } } << QStringList() << u"closes_at"_s;
        QTest::newRow("timezone unknown") << QJsonObject{ { u"timezone"_s, u"Mars/Olympus"_s } }
                                          << QStringList() << u"timezone"_s;
        QTest::newRow("timezone abbreviation")
                << QJsonObject{ { u"timezone"_s, u"MSK"_s } } << QStringList() << u"timezone"_s;
        QTest::newRow("timezone number")
                << QJsonObject{ { u"timezone"_s, 3 } } << QStringList() << u"timezone"_s;
        QTest::newRow("offset with timezone") << QJsonObject{ { u"opens_at"_s, u"08:00+03:00"_s } }
                                              << QStringList() << u"opens_at"_s;
        QTest::newRow("offsets differ") << QJsonObject{ { u"opens_at"_s, u"08:00+03:00"_s },
                                                        { u"closes_at"_s, u"20:00+04:00"_s } }
                                        << QStringList{ u"timezone"_s } << u"closes_at"_s;
        QTest::newRow("booking_policy not object") << QJsonObject{ { u"booking_policy"_s, 5 } }
                                                   << QStringList() << u"booking_policy"_s;

        const QList<std::tuple<const char *, QString, QJsonValue>> policyRows{
            { "min_duration 4", u"min_duration_minutes"_s, 4 },
            { "min_duration 1441", u"min_duration_minutes"_s, 1441 },
            { "min_duration fraction", u"min_duration_minutes"_s, 15.5 },
            { "min_duration string", u"min_duration_minutes"_s, u"15"_s },
            { "max_duration 1441", u"max_duration_minutes"_s, 1441 },
            { "max_duration below default min", u"max_duration_minutes"_s, 10 },
            { "slot 4", u"slot_minutes"_s, 4 },
            { "slot 241", u"slot_minutes"_s, 241 },
            { "slot 7 does not divide a day", u"slot_minutes"_s, 7 },
            { "slot 35 does not divide a day", u"slot_minutes"_s, 35 },
            { "max_days_in_advance 0", u"max_days_in_advance"_s, 0 },
            { "max_days_in_advance 366", u"max_days_in_advance"_s, 366 },
            { "max_active 0", u"max_active_bookings_per_user"_s, 0 },
            { "max_active 101", u"max_active_bookings_per_user"_s, 101 },
            { "auto_release 0", u"auto_release_minutes"_s, 0 },
            { "auto_release 241", u"auto_release_minutes"_s, 241 },
            { "checkin_required string", u"checkin_required"_s, u"yes"_s },
        };
        for (const auto &[name, key, value] : policyRows)
            QTest::newRow(name) << policy(key, value) << QStringList()
                                << u"booking_policy."_s + key;
        QTest::newRow("max below min") << QJsonObject{
            { u"booking_policy"_s,
              QJsonObject{ { u"min_duration_minutes"_s, 60 }, { u"max_duration_minutes"_s, 30 } } }
        } << QStringList() << u"booking_policy.max_duration_minutes"_s;
    }

    void createValidation()
    {
        QFETCH(QJsonObject, overrides);
        QFETCH(QStringList, removed);
        QFETCH(QString, field);
        const Reply r =
                api().post(u"/coworkings"_s, merged(validBody(), overrides, removed), m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.errorFields(), QStringList{ field });
    }

    void createReportsEveryInvalidField()
    {
        const Reply r =
                api().post(u"/coworkings"_s,
                           QJsonObject{ { u"name"_s, u""_s },
                                        { u"opens_at"_s, u"x"_s },
                                        { u"closes_at"_s, u"20:00"_s },
                                        { u"booking_policy"_s,
                                          QJsonObject{ { u"slot_minutes"_s, 7 },
                                                       { u"max_days_in_advance"_s, 0 } } } },
                           m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(sorted(r.errorFields()),
                 sorted({ u"name"_s, u"opens_at"_s, u"booking_policy.slot_minutes"_s,
                          u"booking_policy.max_days_in_advance"_s }));
    }

    void getUnknownIs404()
    {
        Reply r = api().get(u"/coworkings/00000000-0000-4000-8000-000000000000"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"COWORKING_NOT_FOUND"_s);
        r = api().get(u"/coworkings/not-a-uuid"_s);
        QCOMPARE(r.status, 404);
    }

    void listFiltersAndPages()
    {
        const QString a = createCoworking(
                m_owner2, { { u"name"_s, u"Zebra Hub"_s }, { u"address"_s, u"1 Gull St"_s } });
        const QString b = createCoworking(
                m_owner2, { { u"name"_s, u"zebra Corner"_s }, { u"address"_s, u"2 Heron St"_s } });
        const QString c = createCoworking(
                m_owner2, { { u"name"_s, u"Yak Place"_s }, { u"address"_s, u"3 Zebra Rd"_s } });
        const QString d = createCoworking(m_owner2, { { u"name"_s, u"100%_ Space"_s } });

        Reply r = api().get(u"/coworkings?query=ZEBRA"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        const QJsonArray items = r.arr();
        QCOMPARE(items.size(), 3);
        QCOMPARE(sortedKeys(items.at(0).toObject()), kListItemKeys);
        QStringList ids;
        for (const QJsonValue v : items)
            ids.append(v.toObject().value("id"_L1).toString());
        QCOMPARE(sorted(ids), sorted({ a, b, c }));
        const QJsonObject first = items.at(0).toObject();
        QCOMPARE(first.value("opens_at"_L1).toString(), u"08:00"_s);
        QCOMPARE(first.value("timezone"_L1).toString(), u"Europe/Moscow"_s);
        QCOMPARE(first.value("images"_L1).toArray(), QJsonArray());

        r = api().get(u"/coworkings?query=zebra&count=2&page=1"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        QCOMPARE(r.arr().size(), 1);

        // LIKE wildcards in the query are taken literally.
        r = api().get(u"/coworkings?query=%25_"_s);
        QCOMPARE(r.arr().size(), 1);
        QCOMPARE(r.arr().at(0).toObject().value("id"_L1).toString(), d);

        r = api().get(u"/coworkings?count=0"_s);
        QCOMPARE(r.status, 422);
        r = api().get(u"/coworkings?count=101"_s);
        QCOMPARE(r.status, 422);
    }

    void patchByOwnerMergesPolicy()
    {
        const QString id =
                createCoworking(m_owner,
                                { { u"booking_policy"_s,
                                    QJsonObject{ { u"max_active_bookings_per_user"_s, 5 } } } });
        const Reply r = api().patch(
                u"/coworkings/"_s + id,
                QJsonObject{ { u"name"_s, u"Loft 2"_s },
                             { u"timezone"_s, u"Asia/Tokyo"_s },
                             { u"closes_at"_s, u"22:30"_s },
                             { u"booking_policy"_s, QJsonObject{ { u"slot_minutes"_s, 30 } } } },
                m_owner);
        QCOMPARE(r.status, 200);
        const QJsonObject c = r.obj();
        QCOMPARE(sortedKeys(c), kCoworkingKeys);
        QCOMPARE(c.value("name"_L1).toString(), u"Loft 2"_s);
        QCOMPARE(c.value("timezone"_L1).toString(), u"Asia/Tokyo"_s);
        QCOMPARE(c.value("opens_at"_L1).toString(), u"08:00"_s);
        QCOMPARE(c.value("closes_at"_L1).toString(), u"22:30"_s);
        QCOMPARE(c.value("description"_L1).toString(), u"Quiet open space"_s);
        const QJsonObject policy = c.value("booking_policy"_L1).toObject();
        QCOMPARE(policy.value("slot_minutes"_L1).toInt(), 30);
        QCOMPARE(policy.value("max_active_bookings_per_user"_L1).toInt(), 5);
        QCOMPARE(policy.value("min_duration_minutes"_L1).toInt(), 15);
        QCOMPARE(api().get(u"/coworkings/"_s + id).obj(), c);

        // The legacy offset form on PATCH moves the coworking to a fixed zone.
        const Reply legacy =
                api().patch(u"/coworkings/"_s + id,
                            QJsonObject{ { u"opens_at"_s, u"07:00:00+02:00"_s } }, m_owner);
        QCOMPARE(legacy.status, 200);
        QCOMPARE(legacy.obj().value("timezone"_L1).toString(), u"UTC+02:00"_s);
        QCOMPARE(legacy.obj().value("opens_at"_L1).toString(), u"07:00"_s);

        // An admin may edit any coworking; the owner stays the owner.
        const Reply byAdmin = api().patch(u"/coworkings/"_s + id,
                                          QJsonObject{ { u"address"_s, u"Elsewhere"_s } }, m_admin);
        QCOMPARE(byAdmin.status, 200);
        QCOMPARE(byAdmin.obj().value("address"_L1).toString(), u"Elsewhere"_s);
        QCOMPARE(byAdmin.obj().value("owner_id"_L1).toString(), m_ownerId);
    }

    void patchValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("name empty") << QJsonObject{ { u"name"_s, u""_s } } << u"name"_s;
        QTest::newRow("timezone unknown")
                << QJsonObject{ { u"timezone"_s, u"Nowhere/City"_s } } << u"timezone"_s;
        QTest::newRow("opens_at invalid")
                << QJsonObject{ { u"opens_at"_s, u"24:61"_s } } << u"opens_at"_s;
        // The stored maximum (720) is below the new minimum.
        QTest::newRow("min above stored max") << QJsonObject{
            { u"booking_policy"_s, QJsonObject{ { u"min_duration_minutes"_s, 800 } } }
        } << u"booking_policy.max_duration_minutes"_s;
        QTest::newRow("slot 100 does not divide a day")
                << QJsonObject{ { u"booking_policy"_s, QJsonObject{ { u"slot_minutes"_s, 100 } } } }
                << u"booking_policy.slot_minutes"_s;
    }

    void patchValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QString id = createCoworking(m_owner);
        const Reply r = api().patch(u"/coworkings/"_s + id, body, m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.errorFields(), QStringList{ field });
        // Nothing changed.
        QCOMPARE(api().get(u"/coworkings/"_s + id).obj().value("name"_L1).toString(), u"Loft"_s);
    }

    void otherTenantsMayNotChangeOrDelete()
    {
        const QString id = createCoworking(m_owner);
        site().addManager(m_owner, id, m_managerId);
        const QString other = createCoworking(m_owner2);
        // owner2's own manager: staff elsewhere, nothing here.
        const QString otherManagerId = api().createUser(u"manager2@example.com"_s);
        const QString otherManager = api().token(u"manager2@example.com"_s);
        QCOMPARE(api().put(u"/coworkings/%1/managers/%2"_s.arg(other, otherManagerId), QJsonValue(),
                           m_owner2)
                         .status,
                 204);

        for (const QString &token : { m_owner2, m_user, m_manager, otherManager }) {
            Reply r = api().patch(u"/coworkings/"_s + id, QJsonObject{ { u"name"_s, u"Mine"_s } },
                                  token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
            r = api().del(u"/coworkings/"_s + id, token);
            QCOMPARE(r.status, 403);
            r = api().get(u"/coworkings/%1/managers"_s.arg(id), token);
            QCOMPARE(r.status, 403);
            r = api().put(u"/coworkings/%1/managers/%2"_s.arg(id, m_userId), QJsonValue(), token);
            QCOMPARE(r.status, 403);
            r = api().del(u"/coworkings/%1/managers/%2"_s.arg(id, m_managerId), token);
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(
                api().patch(u"/coworkings/"_s + id, QJsonObject{ { u"name"_s, u"Mine"_s } }).status,
                401);
        const Reply unchanged = api().get(u"/coworkings/"_s + id);
        QCOMPARE(unchanged.obj().value("name"_L1).toString(), u"Loft"_s);
        QCOMPARE(api().get(u"/coworkings/%1/managers"_s.arg(id), m_owner).arr().size(), 1);

        const Reply unknown = api().patch(u"/coworkings/00000000-0000-4000-8000-000000000000"_s,
                                          QJsonObject{ { u"name"_s, u"X"_s } }, m_owner);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"COWORKING_NOT_FOUND"_s);
    }

    void myCoworkingsAreWhatICanRun()
    {
        const Person owner = site().person(true);
        const Person manager = site().person();
        const QString zeta = createCoworking(owner.token, { { u"name"_s, u"Zeta Hub"_s } });
        const QString alpha = createCoworking(owner.token, { { u"name"_s, u"Alpha Hub"_s } });
        QCOMPARE(api().put(u"/coworkings/%1/managers/%2"_s.arg(zeta, manager.id), QJsonValue(),
                           owner.token)
                         .status,
                 204);

        // The owner's, by name, each as GET /coworkings/{id} answers it plus the role.
        Reply r = api().get(u"/users/me/coworkings"_s, owner.token);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("2"));
        QCOMPARE(r.arr().size(), 2);
        QCOMPARE(r.arr().at(0)[u"id"_s].toString(), alpha);
        QCOMPARE(r.arr().at(1)[u"id"_s].toString(), zeta);
        QJsonObject item = r.arr().at(1).toObject();
        QCOMPARE(item.take(u"role"_s).toString(), u"owner"_s);
        QCOMPARE(item, api().get(u"/coworkings/"_s + zeta).obj());

        // The manager's: only the one they were added to.
        r = api().get(u"/users/me/coworkings"_s, manager.token);
        QCOMPARE(r.arr().size(), 1);
        QCOMPARE(r.arr().at(0)[u"id"_s].toString(), zeta);
        QCOMPARE(r.arr().at(0)[u"role"_s].toString(), u"manager"_s);

        // Removed as manager, or the coworking gone: no longer listed.
        QCOMPARE(api().del(u"/coworkings/%1/managers/%2"_s.arg(zeta, manager.id), owner.token)
                         .status,
                 204);
        QCOMPARE(api().get(u"/users/me/coworkings"_s, manager.token).arr(), QJsonArray());
        QCOMPARE(api().del(u"/coworkings/"_s + alpha, owner.token).status, 204);
        r = api().get(u"/users/me/coworkings"_s, owner.token);
        QCOMPARE(r.arr().size(), 1);
        QCOMPARE(r.arr().at(0)[u"id"_s].toString(), zeta);
        QCOMPARE(api().get(u"/users/me/coworkings"_s).status, 401);
    }

    void managers()
    {
        const QString id = createCoworking(m_owner);
        const QString path = u"/coworkings/%1/managers"_s.arg(id);
        Reply r = api().get(path, m_owner);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr(), QJsonArray());
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));

        QCOMPARE(api().put(path + u'/' + m_managerId, QJsonValue(), m_owner).status, 204);
        // Idempotent.
        QCOMPARE(api().put(path + u'/' + m_managerId, QJsonValue(), m_owner).status, 204);

        r = api().get(path, m_owner);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("1"));
        QCOMPARE(r.arr().size(), 1);
        const QJsonObject user = r.arr().at(0).toObject();
        QCOMPARE(sortedKeys(user),
                 sorted({ u"id"_s, u"email"_s, u"full_name"_s, u"is_business"_s, u"is_admin"_s,
                          u"is_banned"_s, u"avatar_url"_s, u"created_at"_s }));
        QCOMPARE(user.value("id"_L1).toString(), m_managerId);
        QCOMPARE(user.value("email"_L1).toString(), u"manager@example.com"_s);
        QVERIFY(!user.contains("password_hash"_L1));

        // An admin sees and edits the managers too.
        QCOMPARE(api().get(path, m_admin).arr().size(), 1);
        QCOMPARE(api().put(path + u'/' + m_userId, QJsonValue(), m_admin).status, 204);
        QCOMPARE(api().get(path, m_owner).arr().size(), 2);

        // Unknown users.
        r = api().put(path + u"/00000000-0000-4000-8000-000000000000"_s, QJsonValue(), m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"USER_NOT_FOUND"_s);
        r = api().del(path + u"/00000000-0000-4000-8000-000000000000"_s, m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"USER_NOT_FOUND"_s);

        QCOMPARE(api().del(path + u'/' + m_userId, m_owner).status, 204);
        QCOMPARE(api().del(path + u'/' + m_userId, m_owner).status, 204); // idempotent
        r = api().get(path, m_owner);
        QCOMPARE(r.arr().size(), 1);
        QCOMPARE(r.arr().at(0).toObject().value("id"_L1).toString(), m_managerId);

        // Unknown coworking.
        r = api().get(u"/coworkings/00000000-0000-4000-8000-000000000000/managers"_s, m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"COWORKING_NOT_FOUND"_s);
    }

    void timelineListsEverySpot()
    {
        const QString id = createCoworking(m_owner);
        QCOMPARE(api().put(u"/coworkings/%1/managers/%2"_s.arg(id, m_managerId), QJsonValue(),
                           m_owner)
                         .status,
                 204);
        // Ordered by position, then name: A(1), C(1), B(2).
        const QStringList spots = createSpots(
                id,
                QJsonArray{ QJsonObject{ { u"name"_s, u"B"_s }, { u"position"_s, 2 } },
                            QJsonObject{ { u"name"_s, u"C"_s }, { u"position"_s, 1 } },
                            QJsonObject{ { u"name"_s, u"A"_s }, { u"position"_s, 1 } } });
        QCOMPARE(spots.size(), 3);
        const QString b = spots.at(0), c = spots.at(1), a = spots.at(2);
        const auto [bookerId, bookerEmail, booker] = site().person();

        // 10:00–11:00 and 12:00–13:00 Moscow on spot C, one by the user, one by the owner.
        Reply booking = book(c, u"2030-01-07T07:00:00Z"_s, u"2030-01-07T08:00:00Z"_s, booker);
        QCOMPARE(booking.status, 201);
        const QString firstBooking = booking.obj().value("id"_L1).toString();
        booking = book(c, u"2030-01-07T12:00:00+03:00"_s, u"2030-01-07T13:00:00+03:00"_s, m_owner);
        QCOMPARE(booking.status, 201);
        const QString secondBooking = booking.obj().value("id"_L1).toString();
        // A cancelled booking is not busy time.
        booking = book(a, u"2030-01-07T07:00:00Z"_s, u"2030-01-07T08:00:00Z"_s, m_owner);
        QCOMPARE(booking.status, 201);
        QCOMPARE(api().del(u"/bookings/"_s + booking.obj().value("id"_L1).toString(), m_owner)
                         .status,
                 204);

        const QString path = u"/coworkings/%1/timeline?time_from=2030-01-07T00:00:00Z"
                             "&time_until=2030-01-08T00:00:00Z"_s.arg(id);
        Reply r = api().get(path);
        QCOMPARE(r.status, 200);
        QJsonArray items = r.arr();
        QCOMPARE(items.size(), 3);
        QCOMPARE(items.at(0).toObject().value("spot_id"_L1).toString(), a);
        QCOMPARE(items.at(1).toObject().value("spot_id"_L1).toString(), c);
        QCOMPARE(items.at(2).toObject().value("spot_id"_L1).toString(), b);
        QCOMPARE(sortedKeys(items.at(0).toObject()), sorted({ u"spot_id"_s, u"busy"_s }));
        QCOMPARE(items.at(0).toObject().value("busy"_L1).toArray(), QJsonArray());
        QCOMPARE(items.at(2).toObject().value("busy"_L1).toArray(), QJsonArray());
        const QJsonArray busy = items.at(1).toObject().value("busy"_L1).toArray();
        QCOMPARE(busy.size(), 2);
        QCOMPARE(busy.at(0).toObject(),
                 (QJsonObject{ { u"time_from"_s, u"2030-01-07T07:00:00Z"_s },
                               { u"time_until"_s, u"2030-01-07T08:00:00Z"_s } }));
        QCOMPARE(busy.at(1).toObject(),
                 (QJsonObject{ { u"time_from"_s, u"2030-01-07T09:00:00Z"_s },
                               { u"time_until"_s, u"2030-01-07T10:00:00Z"_s } }));

        // Non-staff (another user, another tenant) see the same anonymous view.
        QCOMPARE(api().get(path, m_user).arr(), items);
        QCOMPARE(api().get(path, booker).arr(), items);
        QCOMPARE(api().get(path, m_owner2).arr(), items);

        // Staff see who holds each interval.
        for (const QString &token : { m_owner, m_manager, m_admin }) {
            r = api().get(path, token);
            QCOMPARE(r.status, 200);
            const QJsonArray staffBusy = r.arr().at(1).toObject().value("busy"_L1).toArray();
            QCOMPARE(staffBusy.size(), 2);
            QCOMPARE(staffBusy.at(0).toObject(),
                     (QJsonObject{ { u"time_from"_s, u"2030-01-07T07:00:00Z"_s },
                                   { u"time_until"_s, u"2030-01-07T08:00:00Z"_s },
                                   { u"booking_id"_s, firstBooking },
                                   { u"user_id"_s, bookerId } }));
            QCOMPARE(staffBusy.at(1).toObject().value("booking_id"_L1).toString(), secondBooking);
            QCOMPARE(staffBusy.at(1).toObject().value("user_id"_L1).toString(), m_ownerId);
        }

        // A window that touches a booking only at its end does not include it (half-open).
        r = api().get(u"/coworkings/%1/timeline?time_from=2030-01-07T08:00:00Z"
                      "&time_until=2030-01-07T09:00:00Z"_s.arg(id));
        QCOMPARE(r.status, 200);
        for (const QJsonValue v : r.arr())
            QCOMPARE(v.toObject().value("busy"_L1).toArray(), QJsonArray());

        // Offsets other than Z are read as such ("+" escaped in the query).
        r = api().get(u"/coworkings/%1/timeline?time_from=2030-01-07T10:30:00%2B03:00"
                      "&time_until=2030-01-07T11:30:00%2B03:00"_s.arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr().at(1).toObject().value("busy"_L1).toArray().size(), 1);

        // An invalid token on this optional-auth route is still a 401.
        QCOMPARE(api().get(path, u"garbage"_s).status, 401);
    }

    void timelineValidation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("none") << QString() << u"time_from"_s;
        QTest::newRow("no time_until") << u"time_from=2030-01-07T00:00:00Z"_s << u"time_until"_s;
        QTest::newRow("no time_from") << u"time_until=2030-01-07T00:00:00Z"_s << u"time_from"_s;
        QTest::newRow("naive") << u"time_from=2030-01-07T00:00:00&time_until=2030-01-08T00:00:00Z"_s
                               << u"time_from"_s;
        QTest::newRow("garbage") << u"time_from=yesterday&time_until=2030-01-08T00:00:00Z"_s
                                 << u"time_from"_s;
        QTest::newRow("equal")
                << u"time_from=2030-01-07T00:00:00Z&time_until=2030-01-07T00:00:00Z"_s
                << u"time_until"_s;
        QTest::newRow("reversed")
                << u"time_from=2030-01-08T00:00:00Z&time_until=2030-01-07T00:00:00Z"_s
                << u"time_until"_s;
        QTest::newRow("over 7 days")
                << u"time_from=2030-01-07T00:00:00Z&time_until=2030-01-14T00:00:01Z"_s
                << u"time_until"_s;
    }

    void timelineValidation()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const QString id = createCoworking(m_owner);
        const Reply r = api().get(u"/coworkings/%1/timeline?%2"_s.arg(id, query));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.errorFields().value(0), field);
    }

    void timelineOfSevenDaysAndUnknownCoworking()
    {
        const QString id = createCoworking(m_owner);
        Reply r = api().get(u"/coworkings/%1/timeline?time_from=2030-01-07T00:00:00Z"
                            "&time_until=2030-01-14T00:00:00Z"_s.arg(id));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr(), QJsonArray()); // no spots yet
        r = api().get(u"/coworkings/00000000-0000-4000-8000-000000000000/timeline?"
                      "time_from=2030-01-07T00:00:00Z&time_until=2030-01-08T00:00:00Z"_s);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"COWORKING_NOT_FOUND"_s);
    }

    void deleteWithoutBookings()
    {
        const QString id = createCoworking(m_owner);
        createSpots(id, QJsonArray{ QJsonObject{ { u"name"_s, u"S"_s } } });
        QCOMPARE(api().del(u"/coworkings/"_s + id, m_owner).status, 204);
        QCOMPARE(api().get(u"/coworkings/"_s + id).status, 404);
        QCOMPARE(api().del(u"/coworkings/"_s + id, m_owner).status, 404);

        // An admin may delete anyone's coworking.
        const QString other = createCoworking(m_owner2);
        QCOMPARE(api().del(u"/coworkings/"_s + other, m_admin).status, 204);
        QCOMPARE(api().get(u"/coworkings/"_s + other).status, 404);
    }

    void deleteWithBookingsNeedsForce()
    {
        const QString id = createCoworking(m_owner);
        const QStringList spots = createSpots(id,
                                              QJsonArray{ QJsonObject{ { u"name"_s, u"S1"_s } },
                                                          QJsonObject{ { u"name"_s, u"S2"_s } } });
        const QString booker = site().person().token;
        QCOMPARE(book(spots.at(0), u"2030-01-07T07:00:00Z"_s, u"2030-01-07T08:00:00Z"_s, booker)
                         .status,
                 201);
        QCOMPARE(book(spots.at(1), u"2030-01-08T07:00:00Z"_s, u"2030-01-08T08:00:00Z"_s, booker)
                         .status,
                 201);

        Reply r = api().del(u"/coworkings/"_s + id, m_owner);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"HAS_ACTIVE_BOOKINGS"_s);
        QCOMPARE(r.obj().value("error"_L1)
                         .toObject()
                         .value("details"_L1)
                         .toObject()
                         .value("count"_L1)
                         .toInt(),
                 2);
        QCOMPARE(api().get(u"/coworkings/"_s + id).status, 200);
        r = api().del(u"/coworkings/%1?force=false"_s.arg(id), m_owner);
        QCOMPARE(r.status, 409);
        r = api().del(u"/coworkings/%1?force=maybe"_s.arg(id), m_owner);
        QCOMPARE(r.status, 422);
        // Another tenant cannot force it either.
        QCOMPARE(api().del(u"/coworkings/%1?force=true"_s.arg(id), m_owner2).status, 403);

        QCOMPARE(api().del(u"/coworkings/%1?force=true"_s.arg(id), m_owner).status, 204);
        QCOMPARE(api().get(u"/coworkings/"_s + id).status, 404);
        QCOMPARE(api().get(u"/spots/"_s + spots.at(0)).status, 404);
        // The user's upcoming bookings there are gone: no active booking points at nothing.
        const Reply mine = api().get(u"/users/me/bookings?status=active"_s, booker);
        QCOMPARE(mine.status, 200);
        for (const QJsonValue v : mine.arr())
            QVERIFY(v.toObject().value("coworking_id"_L1).toString() != id);
    }

    void pastBookingsDoNotBlockDeletion()
    {
        const QString id = createCoworking(m_owner);
        const QStringList spots =
                createSpots(id, QJsonArray{ QJsonObject{ { u"name"_s, u"S"_s } } });
        const QString booker = site().person().token;
        QCOMPARE(book(spots.at(0), u"2030-01-07T07:00:00Z"_s, u"2030-01-07T08:00:00Z"_s, booker)
                         .status,
                 201);
        api().clock().set(QDateTime(QDate(2030, 1, 7), QTime(8, 0), QTimeZone::utc()));
        // Access tokens are short-lived: log in again at the new time.
        const QString owner = api().token(u"owner@example.com"_s);
        QCOMPARE(api().del(u"/coworkings/"_s + id, owner).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestCoworkingsApi)
#include "tst_coworkingsapi.moc"
