// /options over real HTTP: an owner's extras, listed to anyone, removed from bookings with them.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <memory>

using namespace coworking::test;
using namespace Qt::StringLiterals;

class TestOptionsApi final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    std::unique_ptr<SiteFixture> m_site;
    QString m_owner, m_owner2, m_user, m_admin, m_manager, m_otherManager; // tokens
    QString m_coworking; // owner's, with m_manager as manager
    QString m_otherCoworking; // owner2's, with m_otherManager as manager

    ApiHarness &api() { return *m_api; }

    SiteFixture &site() { return *m_site; }

    Reply createOption(const QString &coworkingId, const QString &name, const QString &token)
    {
        return api().post(u"/options"_s,
                          QJsonObject{ { u"coworking_id"_s, coworkingId }, { u"name"_s, name } },
                          token);
    }

private slots:
    void initTestCase()
    {
        m_api = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(api());
        m_owner = site().person(true).token;
        m_owner2 = site().person(true).token;
        m_user = site().person().token;
        m_admin = site().person(false, true).token;
        const Person manager = site().person();
        const Person otherManager = site().person();
        m_manager = manager.token;
        m_otherManager = otherManager.token;
        m_coworking = site().coworking(m_owner);
        m_otherCoworking = site().coworking(m_owner2);
        site().addManager(m_owner, m_coworking, manager.id);
        site().addManager(m_owner2, m_otherCoworking, otherManager.id);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_api.reset();
    }

    void createReturnsTheOption()
    {
        const Reply r = createOption(m_coworking, u"  Monitor  "_s, m_owner);
        QCOMPARE(r.status, 201);
        const QJsonObject o = r.obj();
        QCOMPARE(sorted(o.keys()), sorted({ u"id"_s, u"coworking_id"_s, u"name"_s }));
        const QString id = o.value("id"_L1).toString();
        QCOMPARE(id.size(), 36);
        QCOMPARE(o.value("coworking_id"_L1).toString(), m_coworking);
        QCOMPARE(o.value("name"_L1).toString(), u"Monitor"_s);
        QCOMPARE(r.headers.value("location"), QByteArray("/options/") + id.toUtf8());

        // An admin may add options to any coworking.
        const Reply byAdmin = createOption(m_otherCoworking, u"Locker"_s, m_admin);
        QCOMPARE(byAdmin.status, 201);
        QCOMPARE(byAdmin.obj().value("coworking_id"_L1).toString(), m_otherCoworking);
    }

    void createPermissions()
    {
        for (const QString &token : { m_owner2, m_user, m_manager, m_otherManager }) {
            const Reply r = createOption(m_coworking, u"Sneaky"_s, token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
        }
        QCOMPARE(createOption(m_coworking, u"Sneaky"_s, QString()).status, 401);
        const Reply unknown = createOption(kUnknownId, u"Nowhere"_s, m_owner);
        QCOMPARE(unknown.status, 404);
        QCOMPARE(unknown.errorCode(), u"COWORKING_NOT_FOUND"_s);
        for (const QJsonValue v : api().get(u"/options?coworking_id="_s + m_coworking).arr())
            QVERIFY(v.toObject().value("name"_L1).toString() != u"Sneaky");
    }

    void createValidation_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QStringList>("fields");
        const QString cw = u"COWORKING"_s; // replaced by the real id
        QTest::newRow("coworking_id missing")
                << QJsonObject{ { u"name"_s, u"Lamp"_s } } << QStringList{ u"coworking_id"_s };
        QTest::newRow("coworking_id not uuid")
                << QJsonObject{ { u"coworking_id"_s, u"abc"_s }, { u"name"_s, u"Lamp"_s } }
                << QStringList{ u"coworking_id"_s };
        QTest::newRow("coworking_id number")
                << QJsonObject{ { u"coworking_id"_s, 7 }, { u"name"_s, u"Lamp"_s } }
                << QStringList{ u"coworking_id"_s };
        QTest::newRow("name missing")
                << QJsonObject{ { u"coworking_id"_s, cw } } << QStringList{ u"name"_s };
        QTest::newRow("name empty")
                << QJsonObject{ { u"coworking_id"_s, cw }, { u"name"_s, u""_s } }
                << QStringList{ u"name"_s };
        QTest::newRow("name blank")
                << QJsonObject{ { u"coworking_id"_s, cw }, { u"name"_s, u" "_s } }
                << QStringList{ u"name"_s };
        QTest::newRow("name too long")
                << QJsonObject{ { u"coworking_id"_s, cw }, { u"name"_s, QString(101, u'n') } }
                << QStringList{ u"name"_s };
        QTest::newRow("name number") << QJsonObject{ { u"coworking_id"_s, cw }, { u"name"_s, 1 } }
                                     << QStringList{ u"name"_s };
        QTest::newRow("both") << QJsonObject() << QStringList{ u"coworking_id"_s, u"name"_s };
    }

    void createValidation()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QStringList, fields);
        if (body.value("coworking_id"_L1).toString() == u"COWORKING")
            body.insert(u"coworking_id"_s, m_coworking);
        const Reply r = api().post(u"/options"_s, body, m_owner);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorCode(), u"VALIDATION_ERROR"_s);
        QCOMPARE(sorted(r.errorFields()), sorted(fields));
    }

    void listByCoworkingWithPaging()
    {
        const QString coworking = site().coworking(m_owner);
        const QString other = site().coworking(m_owner2);
        QCOMPARE(createOption(coworking, u"Monitor"_s, m_owner).status, 201);
        QCOMPARE(createOption(coworking, u"Apple"_s, m_owner).status, 201);
        QCOMPARE(createOption(coworking, u"Locker"_s, m_owner).status, 201);
        QCOMPARE(createOption(other, u"Elsewhere"_s, m_owner2).status, 201);

        Reply r = api().get(u"/options?coworking_id="_s + coworking);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        QJsonArray items = r.arr();
        QCOMPARE(items.size(), 3);
        QStringList names;
        for (const QJsonValue v : items) {
            QCOMPARE(v.toObject().value("coworking_id"_L1).toString(), coworking);
            QCOMPARE(sorted(v.toObject().keys()),
                     sorted({ u"id"_s, u"coworking_id"_s, u"name"_s }));
            names.append(v.toObject().value("name"_L1).toString());
        }
        QCOMPARE(names, (QStringList{ u"Apple"_s, u"Locker"_s, u"Monitor"_s }));

        r = api().get(u"/options?coworking_id=%1&count=2&page=1"_s.arg(coworking));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));
        QCOMPARE(r.arr().size(), 1);
        QCOMPARE(r.arr().at(0).toObject().value("name"_L1).toString(), u"Monitor"_s);

        r = api().get(u"/options?coworking_id=%1&count=2&page=5"_s.arg(coworking));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr().size(), 0);
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("3"));

        // Without a filter: every coworking's options.
        r = api().get(u"/options?count=100"_s);
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("x-total-count").toInt() >= 4);
        QStringList coworkings;
        for (const QJsonValue v : r.arr())
            coworkings.append(v.toObject().value("coworking_id"_L1).toString());
        QVERIFY(coworkings.contains(coworking));
        QVERIFY(coworkings.contains(other));

        // A coworking with no options; a malformed id.
        r = api().get(u"/options?coworking_id="_s + kUnknownId);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.arr(), QJsonArray());
        QCOMPARE(r.headers.value("x-total-count"), QByteArray("0"));
        r = api().get(u"/options?coworking_id=nope"_s);
        QCOMPARE(r.status, 422);
        QCOMPARE(r.errorFields(), QStringList{ u"coworking_id"_s });
    }

    void removeByOwnerOnly()
    {
        const QString id = site().option(m_owner, m_coworking, u"Fan"_s);
        for (const QString &token : { m_owner2, m_user, m_manager, m_otherManager }) {
            const Reply r = api().del(u"/options/"_s + id, token);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"FORBIDDEN"_s);
        }
        QCOMPARE(api().del(u"/options/"_s + id).status, 401);
        QCOMPARE(api().del(u"/options/"_s + id, m_owner).status, 204);
        Reply r = api().del(u"/options/"_s + id, m_owner);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.errorCode(), u"OPTION_NOT_FOUND"_s);
        for (const QJsonValue v : api().get(u"/options?coworking_id="_s + m_coworking).arr())
            QVERIFY(v.toObject().value("id"_L1).toString() != id);

        const QString byAdmin = site().option(m_owner2, m_otherCoworking, u"Heater"_s);
        QCOMPARE(api().del(u"/options/"_s + byAdmin, m_admin).status, 204);
    }

    void removeDetachesFromBookings()
    {
        const QString spot = site().spots(m_owner, m_coworking,
                                          QJsonArray{ QJsonObject{ { u"name"_s, u"Desk"_s } } })
                                     .at(0);
        const QString monitor = site().option(m_owner, m_coworking, u"Monitor"_s);
        const QString locker = site().option(m_owner, m_coworking, u"Locker"_s);
        const Reply booking =
                api().post(u"/bookings"_s,
                           bookingBody(spot, utcText(8, "07:00"), utcText(8, "08:00"),
                                       { { u"options"_s, QJsonArray{ monitor, locker } } }),
                           m_user);
        QCOMPARE(booking.status, 201);
        const QString bookingId = booking.obj().value("id"_L1).toString();
        QCOMPARE(booking.obj().value("options"_L1).toArray().size(), 2);

        QCOMPARE(api().del(u"/options/"_s + monitor, m_owner).status, 204);
        const Reply after = api().get(u"/bookings/"_s + bookingId, m_user);
        QCOMPARE(after.status, 200);
        QCOMPARE(after.obj().value("options"_L1).toArray(), QJsonArray{ locker });
    }
};

QTEST_GUILESS_MAIN(TestOptionsApi)
#include "tst_optionsapi.moc"
