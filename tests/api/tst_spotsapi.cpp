// Spots over real HTTP: bulk creation (all or nothing), the floor's availability, edits,
// deletion and the booking in progress, with tenants kept apart.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kSpotKeys = sorted({ u"id"_s, u"coworking_id"_s, u"name"_s, u"description"_s,
                                       u"position"_s, u"status"_s, u"map"_s });
const QStringList kAvailabilityKeys =
        sorted(kSpotKeys + QStringList{ u"is_available"_s, u"spot_status"_s });

} // namespace

class TestSpotsApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<SiteFixture> m_site;
    QString m_ownerId, m_managerId;
    QString m_owner, m_owner2, m_user, m_admin, m_manager, m_otherManager; // tokens
    QString m_coworking; // owner's, with m_manager as manager
    QString m_otherCoworking; // owner2's, with m_otherManager as manager

    ApiHarness &api() { return *m_api; }

    SiteFixture &site() { return *m_site; }

    QString createSpot(const QString &name = u"Desk"_s)
    {
        return site()
                .spots(m_owner, m_coworking, QJsonArray{ QJsonObject{ { u"name"_s, name } } })
                .at(0);
    }

    Reply book(const QString &spotId, const QDateTime &from, const QDateTime &until,
               const QString &token)
    {
        return api().post(u"/bookings"_s, bookingBody(spotId, from, until), token);
    }

    int spotCount(const QString &coworkingId)
    {
        return api().get(u"/coworkings/%1/spots"_s.arg(coworkingId)).arr().size();
    }

    QJsonObject availabilityOf(const QJsonArray &items, const QString &spotId)
    {
        for (const QJsonValue v : items) {
            if (v.toObject().value("id"_L1).toString() == spotId)
                return v.toObject();
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(api());
        const Person owner = site().personNamed(u"owner@example.com"_s, true);
        m_ownerId = owner.id;
        m_owner = owner.token;
        m_owner2 = site().personNamed(u"owner2@example.com"_s, true).token;
        m_user = site().personNamed(u"user@example.com"_s).token;
        m_admin = site().personNamed(u"admin@example.com"_s, false, true).token;
        const Person manager = site().personNamed(u"manager@example.com"_s);
        const Person otherManager = site().personNamed(u"manager2@example.com"_s);
        m_managerId = manager.id;
        m_manager = manager.token;
        m_otherManager = otherManager.token;
        m_coworking = site().coworking(m_owner);
        m_otherCoworking = site().coworking(m_owner2);
        site().addManager(m_owner, m_coworking, m_managerId);
        site().addManager(m_owner2, m_otherCoworking, otherManager.id);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_api.reset();
    }

    void init() { api().clock().set(ApiHarness::startTime()); }

    void createManyReturnsTheSpots()
    {
        const QString coworking = site().coworking(m_owner);
        const QJsonArray body{
            QJsonObject{ { u"name"_s, u"Window desk"_s },
                         { u"description"_s, u"By the window"_s },
                         { u"position"_s, 7 },
                         { u"status"_s, u"inactive"_s },
                         { u"map"_s,
                           QJsonObject{ { u"x"_s, 10 },
                                        { u"y"_s, 20.5 },
                                        { u"width"_s, 40 },
                                        { u"height"_s, 30 },
                                        { u"rotation"_s, -90 } } } },
            QJsonObject{ { u"name"_s, u"  Corner  "_s },
                         { u"map"_s,
                           QJsonObject{ { u"x"_s, 0 },
                                        { u"y"_s, 0 },
                                        { u"width"_s, 1 },
                                        { u"height"_s, 1 } } } },
            QJsonObject{ { u"name"_s, u"Тихая «комната» — 2"_s }, { u"map"_s, QJsonValue::Null } },
        };
        const Reply r = api().post(u"/coworkings/%1/spots"_s.arg(coworking), body, m_owner);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.headers.value("location"),
                 QByteArray("/coworkings/") + coworking.toUtf8() + "/spots");
        const QJsonArray spots = r.arr();
        QCOMPARE(spots.size(), 3);
        for (const QJsonValue v : spots) {
            const QJsonObject s = v.toObject();
            QCOMPARE(sortedKeys(s), kSpotKeys);
            QCOMPARE(s.value("id"_L1).toString().size(), 36);
            QCOMPARE(s.value("coworking_id"_L1).toString(), coworking);
        }
        const QJsonObject first = spots.at(0).toObject();
        QCOMPARE(first.value("name"_L1).toString(), u"Window desk"_s);
        QCOMPARE(first.value("description"_L1).toString(), u"By the window"_s);
        QCOMPARE(first.value("position"_L1).toInt(), 7);
        QCOMPARE(first.value("status"_L1).toString(), u"inactive"_s);
        QCOMPARE(first.value("map"_L1).toObject(),
                 (QJsonObject{ { u"x"_s, 10 },
                               { u"y"_s, 20.5 },
                               { u"width"_s, 40 },
                               { u"height"_s, 30 },
                               { u"rotation"_s, -90 } }));
        const QJsonObject second = spots.at(1).toObject();
        QCOMPARE(second.value("name"_L1).toString(), u"Corner"_s);
        QCOMPARE(second.value("description"_L1).toString(), QString());
        QCOMPARE(second.value("position"_L1).toInt(), 1); // its index
        QCOMPARE(second.value("status"_L1).toString(), u"active"_s);
        QCOMPARE(second.value("map"_L1).toObject().value("rotation"_L1).toDouble(), 0.0);
        const QJsonObject third = spots.at(2).toObject();
        QCOMPARE(third.value("position"_L1).toInt(), 2);
        QVERIFY(third.value("map"_L1).isNull());

        // Read back from the database, one by one and as the floor: the same spots (on the
        // floor, `status` tells bookability instead, and is left out here).
        const QJsonArray floor = api().get(u"/coworkings/%1/spots"_s.arg(coworking)).arr();
        QCOMPARE(floor.size(), 3);
        for (const QJsonValue v : spots) {
            const QJsonObject created = v.toObject();
            const QString id = created.value("id"_L1).toString();
            QCOMPARE(api().get(u"/spots/"_s + id).obj(), created);
            const QJsonObject listed = availabilityOf(floor, id);
            for (const QString &key : kSpotKeys) {
                if (key != u"status")
                    QCOMPARE(listed.value(key), created.value(key));
            }
        }

        // Each reads back the same.
        for (const QJsonValue v : spots) {
            const Reply get = api().get(u"/spots/"_s + v.toObject().value("id"_L1).toString());
            QCOMPARE(get.status, 200);
            QCOMPARE(get.obj(), v.toObject());
        }
    }

    void createManyByAdmin()
    {
        const Reply r =
                api().post(u"/coworkings/%1/spots"_s.arg(m_otherCoworking),
                           QJsonArray{ QJsonObject{ { u"name"_s, u"By admin"_s } } }, m_admin);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.arr().size(), 1);
    }

    void createManyPermissions()
    {
        const QJsonArray body{ QJsonObject{ { u"name"_s, u"Intruder"_s } } };
        const QString path = u"/coworkings/%1/spots"_s.arg(m_coworking);
        const int before = spotCount(m_coworking);
        for (const QString &token : { m_owner2, m_user, m_manager, m_otherManager }) {
            const Reply r = api().post(path, body, token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
        }
        QCOMPARE(api().post(path, body).status, 401);
        QCOMPARE(spotCount(m_coworking), before);

        const Reply unknown = api().post(u"/coworkings/%1/spots"_s.arg(kUnknownId), body, m_owner);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"COWORKING_NOT_FOUND"_s);
    }

    void createManyValidation_data()
    {
        QTest::addColumn<QJsonArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QJsonObject ok{ { u"name"_s, u"Fine"_s } };
        const auto withMap = [](const QJsonObject &map) {
            return QJsonObject{ { u"name"_s, u"Mapped"_s }, { u"map"_s, map } };
        };
        const QJsonObject map{
            { u"x"_s, 1 }, { u"y"_s, 1 }, { u"width"_s, 10 }, { u"height"_s, 10 }
        };
        const auto mapWith = [&map](const QString &key, const QJsonValue &value) {
            QJsonObject m = map;
            if (value.isUndefined())
                m.remove(key);
            else
                m.insert(key, value);
            return m;
        };

        QJsonArray tooMany;
        for (int i = 0; i < 501; ++i)
            tooMany.append(QJsonObject{ { u"name"_s, u"S%1"_s.arg(i) } });

        QTest::newRow("empty list") << QJsonArray() << QStringList{ u"body"_s };
        QTest::newRow("501 items") << tooMany << QStringList{ u"body"_s };
        QTest::newRow("name missing") << QJsonArray{ ok, QJsonObject{ { u"position"_s, 1 } } }
                                      << QStringList{ u"[1].name"_s };
        QTest::newRow("name empty") << QJsonArray{ QJsonObject{ { u"name"_s, u""_s } } }
                                    << QStringList{ u"[0].name"_s };
        QTest::newRow("name blank") << QJsonArray{ QJsonObject{ { u"name"_s, u"  "_s } } }
                                    << QStringList{ u"[0].name"_s };
        QTest::newRow("name too long")
                << QJsonArray{ ok, ok, ok, QJsonObject{ { u"name"_s, QString(101, u'x') } } }
                << QStringList{ u"[3].name"_s };
        QTest::newRow("name number")
                << QJsonArray{ QJsonObject{ { u"name"_s, 1 } } } << QStringList{ u"[0].name"_s };
        QTest::newRow("description number")
                << QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"description"_s, 1 } } }
                << QStringList{ u"[0].description"_s };
        QTest::newRow("position negative")
                << QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"position"_s, -1 } } }
                << QStringList{ u"[0].position"_s };
        QTest::newRow("position fraction")
                << QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"position"_s, 1.5 } } }
                << QStringList{ u"[0].position"_s };
        QTest::newRow("status unknown")
                << QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"status"_s, u"broken"_s } } }
                << QStringList{ u"[0].status"_s };
        QTest::newRow("item not object") << QJsonArray{ ok, ok, 5 } << QStringList{ u"[2]"_s };
        QTest::newRow("map not object")
                << QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s }, { u"map"_s, u"here"_s } } }
                << QStringList{ u"[0].map"_s };
        QTest::newRow("map x missing")
                << QJsonArray{ withMap(mapWith(u"x"_s, QJsonValue::Undefined)) }
                << QStringList{ u"[0].map.x"_s };
        QTest::newRow("map x negative")
                << QJsonArray{ withMap(mapWith(u"x"_s, -1)) } << QStringList{ u"[0].map.x"_s };
        QTest::newRow("map y string")
                << QJsonArray{ withMap(mapWith(u"y"_s, u"1"_s)) } << QStringList{ u"[0].map.y"_s };
        QTest::newRow("map width 0") << QJsonArray{ ok, withMap(mapWith(u"width"_s, 0)) }
                                     << QStringList{ u"[1].map.width"_s };
        QTest::newRow("map height negative") << QJsonArray{ withMap(mapWith(u"height"_s, -5)) }
                                             << QStringList{ u"[0].map.height"_s };
        QTest::newRow("map rotation 361") << QJsonArray{ withMap(mapWith(u"rotation"_s, 361)) }
                                          << QStringList{ u"[0].map.rotation"_s };
        QTest::newRow("map rotation -361") << QJsonArray{ withMap(mapWith(u"rotation"_s, -361)) }
                                           << QStringList{ u"[0].map.rotation"_s };
        QTest::newRow("several items")
                << QJsonArray{ QJsonObject{ { u"name"_s, u""_s } }, ok,
                               QJsonObject{ { u"name"_s, u"B"_s }, { u"status"_s, u"on"_s } } }
                << QStringList{ u"[0].name"_s, u"[2].status"_s };
    }

    void createManyValidation()
    {
        QFETCH(QJsonArray, body);
        QFETCH(QStringList, fields);
        const int before = spotCount(m_coworking);
        const Reply r = api().post(u"/coworkings/%1/spots"_s.arg(m_coworking), body, m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(sorted(r.errorFields()), sorted(fields));
        // All or nothing: the valid items of the batch were not created either.
        QCOMPARE(spotCount(m_coworking), before);
    }

    void createManyNeedsAnArray()
    {
        Reply r = api().post(u"/coworkings/%1/spots"_s.arg(m_coworking),
                             QJsonObject{ { u"name"_s, u"One"_s } }, m_owner);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"BAD_REQUEST"_s);
        r = api().raw("POST", u"/coworkings/%1/spots"_s.arg(m_coworking),
                      "[{\"name\":", { { "Authorization", "Bearer " + m_owner.toLatin1() } });
        QCOMPARE(r.status, 400);
        r = api().raw("POST", u"/coworkings/%1/spots"_s.arg(m_coworking), "[{\"name\":\"x\"}]",
                      { { "Authorization", "Bearer " + m_owner.toLatin1() },
                        { "Content-Type", "text/plain" } });
        QCOMPARE(r.status, 400);
    }

    void getUnknownIs404()
    {
        const Reply r = api().get(u"/spots/"_s + kUnknownId);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"SPOT_NOT_FOUND"_s);
    }

    void patchByOwner()
    {
        const QString id = createSpot(u"Before"_s);
        Reply r = api().patch(u"/spots/"_s + id,
                              QJsonObject{ { u"name"_s, u"After"_s },
                                           { u"description"_s, u"Now with a lamp"_s },
                                           { u"position"_s, 42 },
                                           { u"status"_s, u"inactive"_s },
                                           { u"map"_s,
                                             QJsonObject{ { u"x"_s, 5 },
                                                          { u"y"_s, 6 },
                                                          { u"width"_s, 7 },
                                                          { u"height"_s, 8 },
                                                          { u"rotation"_s, 45 } } },
                                           { u"coworking_id"_s, m_otherCoworking } },
                              m_owner);
        QCOMPARE(r.status, 200);
        QJsonObject s = r.obj();
        QCOMPARE(sortedKeys(s), kSpotKeys);
        QCOMPARE(s.value("name"_L1).toString(), u"After"_s);
        QCOMPARE(s.value("description"_L1).toString(), u"Now with a lamp"_s);
        QCOMPARE(s.value("position"_L1).toInt(), 42);
        QCOMPARE(s.value("status"_L1).toString(), u"inactive"_s);
        QCOMPARE(s.value("map"_L1).toObject().value("rotation"_L1).toDouble(), 45.0);
        // A spot does not move to another coworking.
        QCOMPARE(s.value("coworking_id"_L1).toString(), m_coworking);
        QCOMPARE(api().get(u"/spots/"_s + id).obj(), s);

        // Only what is sent changes; map: null takes the spot off the plan.
        r = api().patch(u"/spots/"_s + id, QJsonObject{ { u"map"_s, QJsonValue::Null } }, m_owner);
        QCOMPARE(r.status, 200);
        s = r.obj();
        QVERIFY(s.value("map"_L1).isNull());
        QCOMPARE(s.value("name"_L1).toString(), u"After"_s);
        QCOMPARE(s.value("status"_L1).toString(), u"inactive"_s);

        r = api().patch(u"/spots/"_s + id, QJsonObject{ { u"status"_s, u"active"_s } }, m_admin);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.obj().value("status"_L1).toString(), u"active"_s);
        QVERIFY(r.obj().value("map"_L1).isNull());
    }

    void patchValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("name empty") << QJsonObject{ { u"name"_s, u""_s } } << u"name"_s;
        QTest::newRow("name too long")
                << QJsonObject{ { u"name"_s, QString(101, u'n') } } << u"name"_s;
        QTest::newRow("status") << QJsonObject{ { u"status"_s, true } } << u"status"_s;
        QTest::newRow("position") << QJsonObject{ { u"position"_s, -3 } } << u"position"_s;
        QTest::newRow("map width") << QJsonObject{
            { u"map"_s,
              QJsonObject{ { u"x"_s, 0 }, { u"y"_s, 0 }, { u"width"_s, 0 }, { u"height"_s, 1 } } }
        } << u"map.width"_s;
        QTest::newRow("map incomplete") << QJsonObject{
            { u"map"_s, QJsonObject{ { u"x"_s, 0 }, { u"y"_s, 0 }, { u"width"_s, 3 } } }
        } << u"map.height"_s;
    }

    void patchValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, field);
        const QString id = createSpot();
        const Reply r = api().patch(u"/spots/"_s + id, body, m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.errorFields(), QStringList{ field });
    }

    void otherTenantsMayNotChange()
    {
        const QString id = createSpot(u"Mine"_s);
        for (const QString &token : { m_owner2, m_user, m_manager, m_otherManager }) {
            Reply r = api().patch(u"/spots/"_s + id, QJsonObject{ { u"name"_s, u"Theirs"_s } },
                                  token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
            r = api().del(u"/spots/"_s + id, token);
            QCOMPARE(r.status, 403);
        }
        QCOMPARE(api().get(u"/spots/"_s + id).obj().value("name"_L1).toString(), u"Mine"_s);
        Reply r = api().patch(u"/spots/"_s + kUnknownId, QJsonObject{ { u"name"_s, u"X"_s } },
                              m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"SPOT_NOT_FOUND"_s);
        r = api().del(u"/spots/"_s + kUnknownId, m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"SPOT_NOT_FOUND"_s);
    }

    void availabilityStatusFollowsBookings()
    {
        const QString coworking = site().coworking(m_owner);
        const QJsonArray spots =
                site().spotObjects(m_owner, coworking,
                                   QJsonArray{ QJsonObject{ { u"name"_s, u"Booked"_s } },
                                               QJsonObject{ { u"name"_s, u"Free"_s } },
                                               QJsonObject{ { u"name"_s, u"Closed"_s },
                                                            { u"status"_s, u"inactive"_s } } });
        QCOMPARE(spots.size(), 3);
        const QString booked = spots.at(0).toObject().value("id"_L1).toString();
        const QString free = spots.at(1).toObject().value("id"_L1).toString();
        const QString closed = spots.at(2).toObject().value("id"_L1).toString();
        // 10:00–12:00 Moscow.
        QCOMPARE(book(booked, utc(7, 7), utc(7, 9), site().person().token).status, 201);

        const auto check = [&](const QString &query, bool bookedFree) {
            const Reply r = api().get(u"/coworkings/%1/spots%2"_s.arg(coworking, query));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
            const QJsonArray items = r.arr();
            QCOMPARE(items.size(), 3);
            for (const QJsonValue v : items)
                QCOMPARE(sortedKeys(v.toObject()), kAvailabilityKeys);

            const QJsonObject b = availabilityOf(items, booked);
            QCOMPARE(b.value("is_available"_L1).toBool(), bookedFree);
            QCOMPARE(b.value("status"_L1).toString(), bookedFree ? u"active"_s : u"inactive"_s);
            QCOMPARE(b.value("spot_status"_L1).toString(), u"active"_s);
            QCOMPARE(b.value("name"_L1).toString(), u"Booked"_s);
            QCOMPARE(b.value("coworking_id"_L1).toString(), coworking);

            const QJsonObject f = availabilityOf(items, free);
            QCOMPARE(f.value("is_available"_L1).toBool(), true);
            QCOMPARE(f.value("status"_L1).toString(), u"active"_s);
            QCOMPARE(f.value("spot_status"_L1).toString(), u"active"_s);

            // Its own status inactive: never bookable, whatever the bookings.
            const QJsonObject c = availabilityOf(items, closed);
            QCOMPARE(c.value("is_available"_L1).toBool(), false);
            QCOMPARE(c.value("status"_L1).toString(), u"inactive"_s);
            QCOMPARE(c.value("spot_status"_L1).toString(), u"inactive"_s);
        };

        // Overlapping windows, whole or partial.
        check(u"?time_from=2030-01-07T07:00:00Z&time_until=2030-01-07T09:00:00Z"_s, false);
        check(u"?time_from=2030-01-07T08:30:00Z&time_until=2030-01-07T10:00:00Z"_s, false);
        check(u"?time_from=2030-01-07T09:30:00%2B03:00&time_until=2030-01-07T10:15:00%2B03:00"_s,
              false);
        // Back to back on either side: free (half-open intervals).
        check(u"?time_from=2030-01-07T09:00:00Z&time_until=2030-01-07T10:00:00Z"_s, true);
        check(u"?time_from=2030-01-07T06:00:00Z&time_until=2030-01-07T07:00:00Z"_s, true);
        // No window: free right now (06:00Z), busy once the booking runs.
        check(QString(), true);
        api().clock().set(utc(7, 7, 30));
        check(QString(), false);
        api().clock().set(utc(7, 9));
        check(QString(), true);
        // Up to 31 days.
        check(u"?time_from=2030-01-01T00:00:00Z&time_until=2030-02-01T00:00:00Z"_s, false);
    }

    void availabilityIgnoresCancelledBookings()
    {
        const QString coworking = site().coworking(m_owner);
        const QString spot =
                site().spots(m_owner, coworking, QJsonArray{ QJsonObject{ { u"name"_s, u"S"_s } } })
                        .at(0);
        const QString booker = site().person().token;
        const Reply booking = book(spot, utc(7, 7), utc(7, 9), booker);
        QCOMPARE(booking.status, 201);
        QCOMPARE(
                api().del(u"/bookings/"_s + booking.obj().value("id"_L1).toString(), booker).status,
                204);
        const Reply r = api().get(u"/coworkings/%1/spots?time_from=2030-01-07T07:00:00Z"
                                  "&time_until=2030-01-07T09:00:00Z"_s.arg(coworking));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr().at(0).toObject().value("status"_L1).toString(), u"active"_s);
        QCOMPARE(r.arr().at(0).toObject().value("is_available"_L1).toBool(), true);
    }

    void availabilityValidation_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("only time_from") << u"time_from=2030-01-07T07:00:00Z"_s << u"time_until"_s;
        QTest::newRow("only time_until") << u"time_until=2030-01-07T07:00:00Z"_s << u"time_from"_s;
        QTest::newRow("naive") << u"time_from=2030-01-07T07:00:00&time_until=2030-01-07T08:00:00Z"_s
                               << u"time_from"_s;
        QTest::newRow("equal")
                << u"time_from=2030-01-07T07:00:00Z&time_until=2030-01-07T07:00:00Z"_s
                << u"time_until"_s;
        QTest::newRow("reversed")
                << u"time_from=2030-01-07T08:00:00Z&time_until=2030-01-07T07:00:00Z"_s
                << u"time_until"_s;
        QTest::newRow("over 31 days")
                << u"time_from=2030-01-01T00:00:00Z&time_until=2030-02-01T00:00:01Z"_s
                << u"time_until"_s;
    }

    void availabilityValidation()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const Reply r = api().get(u"/coworkings/%1/spots?%2"_s.arg(m_coworking, query));
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(r.errorFields(), QStringList{ field });
    }

    void availabilityOfUnknownCoworking()
    {
        const Reply r = api().get(u"/coworkings/%1/spots"_s.arg(kUnknownId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"COWORKING_NOT_FOUND"_s);
    }

    // One statement answers both: a coworking without spots is an empty floor, not a 404.
    void availabilityOfAnEmptyFloor()
    {
        const QString coworking = site().coworking(m_owner);
        for (const QString &query :
             { QString(), u"?time_from=2030-01-07T07:00:00Z&time_until=2030-01-07T09:00:00Z"_s }) {
            const Reply r = api().get(u"/coworkings/%1/spots%2"_s.arg(coworking, query));
            QCOMPARE(r.status, 200);
            QCOMPARE(r.body, QByteArray("[]"));
            QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));
        }
    }

    // Floor order, and another coworking's booking of the same window changes nothing here.
    void availabilityOrderAndTenancy()
    {
        const QString coworking = site().coworking(m_owner);
        const QStringList spots = site().spots(
                m_owner, coworking,
                QJsonArray{ QJsonObject{ { u"name"_s, u"B"_s }, { u"position"_s, 2 } },
                            QJsonObject{ { u"name"_s, u"A"_s }, { u"position"_s, 2 } },
                            QJsonObject{ { u"name"_s, u"C"_s }, { u"position"_s, 1 } } });
        QCOMPARE(spots.size(), 3);
        const QString elsewhere = site().spots(m_owner, site().coworking(m_owner),
                                               QJsonArray{ QJsonObject{ { u"name"_s, u"X"_s } } })
                                          .at(0);
        QCOMPARE(book(elsewhere, utc(7, 7), utc(7, 9), site().person().token).status, 201);

        const Reply r = api().get(u"/coworkings/%1/spots?time_from=2030-01-07T07:00:00Z"
                                  "&time_until=2030-01-07T09:00:00Z"_s.arg(coworking));
        QCOMPARE(r.status, 200);
        QStringList names;
        for (const QJsonValue v : r.arr()) {
            names.append(v.toObject().value("name"_L1).toString());
            QCOMPARE(v.toObject().value("is_available"_L1).toBool(), true);
        }
        QCOMPARE(names, (QStringList{ u"C"_s, u"A"_s, u"B"_s }));
    }

    void currentBooking()
    {
        const QString spot = createSpot(u"Busy desk"_s);
        const auto [bookerId, bookerEmail, booker] = site().person();
        const Reply booking = book(spot, utc(7, 7), utc(7, 9), booker);
        QCOMPARE(booking.status, 201);
        const QString bookingId = booking.obj().value("id"_L1).toString();
        const QString path = u"/spots/%1/current-booking"_s.arg(spot);

        // Not started yet.
        Reply r = api().get(path, m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"NO_CURRENT_BOOKING"_s);

        for (const QDateTime &now : { utc(7, 7), utc(7, 8, 59) }) {
            api().clock().set(now);
            // Access tokens are short-lived: everyone logs in again at the new time.
            for (const QString &email :
                 { u"owner@example.com"_s, u"manager@example.com"_s, u"admin@example.com"_s }) {
                r = api().get(path, api().token(email));
                QCOMPARE(r.status, 200);
                const QJsonObject b = r.obj();
                QCOMPARE(b.value("id"_L1).toString(), bookingId);
                QCOMPARE(b.value("spot_id"_L1).toString(), spot);
                QCOMPARE(b.value("user_id"_L1).toString(), bookerId);
                QCOMPARE(b.value("status"_L1).toString(), u"active"_s);
                QCOMPARE(b.value("time_from"_L1).toString(), u"2030-01-07T07:00:00Z"_s);
                QCOMPARE(b.value("time_until"_L1).toString(), u"2030-01-07T09:00:00Z"_s);
                const QJsonObject user = b.value("user"_L1).toObject();
                QCOMPARE(user.value("id"_L1).toString(), bookerId);
                QVERIFY(user.contains("email"_L1));
                QVERIFY(!user.contains("password_hash"_L1));
                // Booking JSON plus "user".
                QJsonObject withoutUser = b;
                withoutUser.remove(u"user"_s);
                QCOMPARE(withoutUser,
                         api().get(u"/bookings/"_s + bookingId, api().token(u"owner@example.com"_s))
                                 .obj());
            }
            // Not staff of this coworking, even the booker: 403; no token: 401.
            for (const QString &email : { u"user@example.com"_s, u"owner2@example.com"_s,
                                          u"manager2@example.com"_s, bookerEmail })
                QCOMPARE(api().get(path, api().token(email)).status, 403);
            QCOMPARE(api().get(path).status, 401);
        }

        // Ended: half-open, so at 09:00 nothing is in progress.
        api().clock().set(utc(7, 9));
        const QString owner = api().token(u"owner@example.com"_s);
        r = api().get(path, owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"NO_CURRENT_BOOKING"_s);

        r = api().get(u"/spots/%1/current-booking"_s.arg(kUnknownId), owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"SPOT_NOT_FOUND"_s);
    }

    void deleteWithoutBookings()
    {
        const QString id = createSpot();
        QCOMPARE(api().del(u"/spots/"_s + id, m_owner).status, 204);
        QCOMPARE(api().get(u"/spots/"_s + id).status, 404);
        const QString byAdmin = createSpot();
        QCOMPARE(api().del(u"/spots/"_s + byAdmin, m_admin).status, 204);
    }

    void deleteWithBookingsNeedsForce()
    {
        const QString spot = createSpot(u"Doomed"_s);
        const QString booker = site().person().token;
        const Reply booking = book(spot, utc(8, 7), utc(8, 8), booker);
        QCOMPARE(booking.status, 201);

        Reply r = api().del(u"/spots/"_s + spot, m_owner);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"HAS_ACTIVE_BOOKINGS"_s);
        QCOMPARE(r.obj().value("error"_L1)
                         .toObject()
                         .value("details"_L1)
                         .toObject()
                         .value("count"_L1)
                         .toInt(),
                 1);
        QCOMPARE(api().get(u"/spots/"_s + spot).status, 200);
        QCOMPARE(api().del(u"/spots/%1?force=true"_s.arg(spot), m_owner2).status, 403);

        QCOMPARE(api().del(u"/spots/%1?force=true"_s.arg(spot), m_owner).status, 204);
        QCOMPARE(api().get(u"/spots/"_s + spot).status, 404);
        // The spot is gone from the floor, and its booking no longer holds the user's limits.
        for (const QJsonValue v : api().get(u"/coworkings/%1/spots"_s.arg(m_coworking)).arr())
            QVERIFY(v.toObject().value("id"_L1).toString() != spot);
        const QString other = createSpot(u"Replacement"_s);
        QCOMPARE(book(other, utc(8, 7), utc(8, 8), booker).status, 201);
    }
};

QTEST_GUILESS_MAIN(TestSpotsApi)
#include "tst_spotsapi.moc"
