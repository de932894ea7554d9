// The demo site (`coworking-server seed-demo`) seeded into the harness database, then looked at
// over real HTTP as a newcomer would: coworkings in several zones, placed spots and floor plans,
// a floor that is alive right now, working demo logins, and the booking rules still holding.
#include "apiharness.h"

#include "serverconfig.h"
#include "sodiumpasswordhasher.h"
#include "common/datetime.h"
#include "database.h"
#include "demoseeder.h"
#include "localfilestorage.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

const QString kAdmin = u"admin@demo.coworking"_s;
const QString kFeatured = u"anna@demo.coworking"_s;
const QString kMemberPassword = u"demo-user-1"_s;

// A harness whose uploads live in a directory the test also opens as storage, and the demo
// seeded into it on the test thread.
struct SeededSite
{
    QTemporaryDir dataDir;
    std::unique_ptr<ApiHarness> api;
    SodiumPasswordHasher hasher{ 1, 1, true };
    DemoSeeder::Result result;

    explicit SeededSite(const QDateTime &now)
    {
        // No runner while seeding: the embedded backend's would expire the day's ended bookings
        // between their booking and their check-in (the seeder books the past as it happened).
        api = std::make_unique<ApiHarness>([this](ServerConfig &config) {
            config.dataDir = dataDir.path();
            config.runner.mode = RunnerMode::Off;
        });
        api->clock().set(now);
        result = seedAgain();
    }

    DemoSeeder::Result seedAgain()
    {
        LocalFileStorage storage(dataDir.path() + u"/storage"_s);
        return DemoSeeder::seed(api->database(), hasher, api->clock(), &storage);
    }

    qint64 count(const QString &query, const QVariantList &binds = {})
    {
        const QList<QSqlRecord> rows = api->sql(query, binds);
        return rows.isEmpty() ? -1 : rows.first().value(0).toLongLong();
    }
};

QDateTime timeOf(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1StringView(key)).toString(), Qt::ISODateWithMs);
}

// Width and height from a PNG's IHDR, and its pixels (8-bit RGB, filter "none" rows as the
// demo writes them); empty on anything else.
struct Png
{
    int width = 0;
    int height = 0;
    QByteArray rows; // each row: the filter byte, then 3 bytes per pixel

    static Png decode(const QByteArray &bytes)
    {
        Png png;
        if (!bytes.startsWith("\x89PNG\r\n\x1a\n"))
            return png;
        QByteArray idat;
        qsizetype at = 8;
        while (at + 12 <= bytes.size()) {
            const quint32 length = qFromBigEndian<quint32>(bytes.constData() + at);
            const QByteArray type = bytes.mid(at + 4, 4);
            const QByteArray data = bytes.mid(at + 8, length);
            if (type == "IHDR") {
                png.width = int(qFromBigEndian<quint32>(data.constData()));
                png.height = int(qFromBigEndian<quint32>(data.constData() + 4));
                if (data.at(8) != 8 || data.at(9) != 2)
                    return {};
            } else if (type == "IDAT") {
                idat += data;
            }
            at += 12 + length;
        }
        // qUncompress wants the expected size in front of the zlib stream.
        const qsizetype size = qsizetype(png.width * 3 + 1) * png.height;
        QByteArray sized(4, 0);
        qToBigEndian(quint32(size), sized.data());
        png.rows = qUncompress(sized + idat);
        if (png.rows.size() != size)
            return {};
        return png;
    }

    QList<int> pixel(int x, int y) const
    {
        const qsizetype i = qsizetype(y) * (width * 3 + 1) + 1 + x * 3;
        return { quint8(rows.at(i)), quint8(rows.at(i + 1)), quint8(rows.at(i + 2)) };
    }
};

} // namespace

class TestDemoSeed final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SeededSite> m_site;
    ApiHarness &api() { return *m_site->api; }
    QDateTime now() { return api().clock().now(); }

    QJsonArray coworkings()
    {
        const Reply r = api().get(u"/coworkings?count=100"_s);
        return r.arr();
    }

    // No two active bookings of one spot, nor of one user, overlap; no user holds more active
    // unfinished bookings in a coworking than its policy allows.
    void checkRulesHold(SeededSite &site)
    {
        QCOMPARE(site.count(u"SELECT COUNT(*) FROM bookings a JOIN bookings b "
                            "ON a.spot_id = b.spot_id AND a.id < b.id "
                            "WHERE a.status = 'active' AND b.status = 'active' "
                            "AND a.time_from < b.time_until AND b.time_from < a.time_until"_s),
                 qint64(0));
        QCOMPARE(site.count(u"SELECT COUNT(*) FROM bookings a JOIN bookings b "
                            "ON a.user_id = b.user_id AND a.id < b.id "
                            "WHERE a.status = 'active' AND b.status = 'active' "
                            "AND a.time_from < b.time_until AND b.time_from < a.time_until"_s),
                 qint64(0));
        const QList<QSqlRecord> over =
                site.api->sql(u"SELECT b.user_id, b.coworking_id FROM bookings b "
                              "JOIN coworkings c ON c.id = b.coworking_id "
                              "WHERE b.status = 'active' AND b.time_until > ? "
                              "GROUP BY b.user_id, b.coworking_id, c.max_active_bookings_per_user "
                              "HAVING COUNT(*) > c.max_active_bookings_per_user"_s,
                              { site.api->database().timestamp(site.api->clock().now()) });
        QVERIFY(over.isEmpty());
    }

    // The featured member sees bookings before, during and after now, and a cancelled one, each
    // with the status openapi.json gives it.
    void checkFeaturedMember(SeededSite &site)
    {
        const QDateTime at = site.api->clock().now();
        const QString token = site.api->token(kFeatured, kMemberPassword);
        const Reply r = site.api->get(u"/users/me/bookings?count=100"_s, token);
        QCOMPARE(r.status, 200);
        int past = 0, current = 0, future = 0, cancelled = 0;
        for (const QJsonValue v : r.arr()) {
            const QJsonObject b = v.toObject();
            const QDateTime from = timeOf(b, "time_from");
            const QDateTime until = timeOf(b, "time_until");
            const QString status = b.value("status"_L1).toString();
            QVERIFY(b.value("spot"_L1).isObject());
            QVERIFY(b.value("coworking"_L1).isObject());
            if (status == u"cancelled") {
                ++cancelled;
                QVERIFY(b.value("cancelled_at"_L1).isString());
            } else if (until <= at) {
                QCOMPARE(status, u"expired"_s);
                ++past;
            } else {
                QCOMPARE(status, u"active"_s);
                if (from <= at) {
                    ++current;
                    QVERIFY2(b.value("checked_in_at"_L1).isString(), "checked in");
                } else {
                    ++future;
                }
            }
        }
        QVERIFY2(past >= 1, "an expired booking");
        QVERIFY2(current >= 1, "a booking in progress");
        QVERIFY2(future >= 1, "an upcoming booking");
        QVERIFY2(cancelled >= 1, "a cancelled booking");
    }

private slots:
    void initTestCase()
    {
        m_site = std::make_unique<SeededSite>(ApiHarness::startTime());
        QVERIFY2(m_site->result.ok, qPrintable(m_site->result.error));
    }

    void summaryCountsEverything()
    {
        const DemoSeeder::Result &r = m_site->result;
        QCOMPARE(r.coworkings, 3);
        QCOMPARE(r.floorPlans, 3);
        QCOMPARE(r.skipped, 0);
        QVERIFY(r.users >= 9);
        QVERIFY(r.spots >= 3 * 15);
        QVERIFY(r.options >= 3);
        QVERIFY(r.inProgress > 0);
        QVERIFY(r.upcoming > 0);
        QVERIFY(r.past > 0);
        QVERIFY(r.cancelled >= 2);
        QCOMPARE(r.inProgress + r.upcoming + r.past + r.cancelled, r.bookings);
        QCOMPARE(m_site->count(u"SELECT COUNT(*) FROM bookings"_s), qint64(r.bookings));
        QCOMPARE(m_site->count(u"SELECT COUNT(*) FROM users"_s), qint64(r.users));
        const QString text = r.summary();
        QVERIFY(text.contains(kAdmin + u" / demo-admin-1"_s));
        QVERIFY(text.contains(kFeatured + u" / demo-user-1"_s));
        QVERIFY(!text.contains(u"refused"_s));
    }

    void coworkingsInDistinctZones()
    {
        const QJsonArray list = coworkings();
        QVERIFY(list.size() >= 3);
        QSet<QString> zones;
        bool checkin = false;
        for (const QJsonValue v : list) {
            const Reply r = api().get(u"/coworkings/"_s + v["id"_L1].toString());
            QCOMPARE(r.status, 200);
            const QJsonObject c = r.obj();
            zones.insert(c.value("timezone"_L1).toString());
            QVERIFY(!c.value("description"_L1).toString().isEmpty());
            QVERIFY(!c.value("address"_L1).toString().isEmpty());
            checkin = checkin
                    || c.value("booking_policy"_L1)
                               .toObject()
                               .value("checkin_required"_L1)
                               .toBool();
        }
        QVERIFY(zones.size() >= 3);
        QVERIFY(zones.contains(u"Europe/Moscow"_s));
        QVERIFY2(checkin, "one coworking requires check-in");
    }

    // Every coworking has 15-40 placed spots that do not overlap, inside its floor plan, and
    // the plan shows something (a desk, a table, a booth) where each spot is.
    void spotsArePlacedOnTheFloorPlan()
    {
        for (const QJsonValue v : coworkings()) {
            const QString id = v["id"_L1].toString();
            const QJsonObject c = api().get(u"/coworkings/"_s + id).obj();
            const QString planUrl = c.value("floor_plan_url"_L1).toString();
            QVERIFY2(planUrl.startsWith(u"/storage/"_s), qPrintable(planUrl));
            const Reply image = api().get(planUrl);
            QCOMPARE(image.status, 200);
            QCOMPARE(image.headers.value("content-type"), QByteArray("image/png"));
            const Png png = Png::decode(image.body);
            QVERIFY2(png.width > 0 && png.height > 0, "a PNG the test can decode");
            const QList<int> floor = png.pixel(png.width / 2, 30); // under the top wall

            const Reply spots = api().get(u"/coworkings/%1/spots"_s.arg(id));
            QCOMPARE(spots.status, 200);
            const QJsonArray list = spots.arr();
            QVERIFY(list.size() >= 15 && list.size() <= 40);
            QList<QRectF> placed;
            for (const QJsonValue s : list) {
                const QJsonObject map = s["map"_L1].toObject();
                QVERIFY2(!map.isEmpty(), qPrintable(s["name"_L1].toString()));
                const QRectF rect(map["x"_L1].toDouble(), map["y"_L1].toDouble(),
                                  map["width"_L1].toDouble(), map["height"_L1].toDouble());
                QVERIFY(rect.width() > 0 && rect.height() > 0);
                QVERIFY(QRectF(0, 0, png.width, png.height).contains(rect));
                for (const QRectF &other : std::as_const(placed))
                    QVERIFY2(!other.intersects(rect), qPrintable(s["name"_L1].toString()));
                placed.append(rect);
                QVERIFY2(png.pixel(int(rect.center().x()), int(rect.center().y())) != floor,
                         qPrintable(s["name"_L1].toString()));
            }
        }
    }

    void optionsPerCoworking()
    {
        for (const QJsonValue v : coworkings()) {
            const Reply r = api().get(u"/options?coworking_id="_s + v["id"_L1].toString());
            QCOMPARE(r.status, 200);
            QVERIFY(r.arr().size() >= 2);
        }
    }

    // At 06:00Z Moscow (09:00) and the round-the-clock Berlin site are open: their floors show
    // both busy and free spots right now.
    void availabilityRightNow()
    {
        int alive = 0;
        for (const QJsonValue v : coworkings()) {
            const Reply r = api().get(u"/coworkings/%1/spots"_s.arg(v["id"_L1].toString()));
            int busy = 0, free = 0;
            for (const QJsonValue s : r.arr())
                (s["is_available"_L1].toBool() ? free : busy)++;
            if (busy > 0 && free > 0)
                ++alive;
        }
        QVERIFY(alive >= 2);
    }

    void demoLoginsWork()
    {
        const QString admin = api().token(kAdmin, u"demo-admin-1"_s);
        const Reply me = api().get(u"/users/me"_s, admin);
        QCOMPARE(me.status, 200);
        QVERIFY(me.obj().value("is_admin"_L1).toBool());
        const Reply users = api().get(u"/users?count=100"_s, admin);
        QCOMPARE(users.status, 200);
        QCOMPARE(users.headers.value("x-total-count").toLongLong(), qint64(m_site->result.users));

        // The owner sees the manager; the manager, the bookings of that coworking only.
        const QString owner = api().token(u"irina@demo.coworking"_s, u"demo-owner-1"_s);
        QString moscow;
        for (const QJsonValue v : coworkings()) {
            if (v["timezone"_L1].toString() == u"Europe/Moscow")
                moscow = v["id"_L1].toString();
        }
        const Reply managers = api().get(u"/coworkings/%1/managers"_s.arg(moscow), owner);
        QCOMPARE(managers.status, 200);
        QCOMPARE(managers.arr().size(), 1);
        QCOMPARE(managers.arr().at(0)["email"_L1].toString(), u"pavel@demo.coworking"_s);
        const QString manager = api().token(u"pavel@demo.coworking"_s, u"demo-manager-1"_s);
        const Reply bookings = api().get(u"/bookings?count=100"_s, manager);
        QCOMPARE(bookings.status, 200);
        QVERIFY(bookings.arr().size() > 0);
        for (const QJsonValue b : bookings.arr())
            QCOMPARE(b["coworking_id"_L1].toString(), moscow);

        const Reply wrong = api().post(
                u"/auth/login"_s,
                QJsonObject{ { u"email"_s, kAdmin }, { u"password"_s, u"demo-user-1"_s } });
        QCOMPARE(wrong.status, 401);
    }

    void featuredMemberSeesEveryKindOfBooking() { checkFeaturedMember(*m_site); }

    // Every booking reads with the status its times give it (openapi.json: ended means expired).
    void effectiveStatusesEverywhere()
    {
        const QString admin = api().token(kAdmin, u"demo-admin-1"_s);
        int seen = 0;
        for (int page = 0;; ++page) {
            const Reply r = api().get(u"/bookings?count=100&page=%1"_s.arg(page), admin);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.arr();
            for (const QJsonValue v : items) {
                const QJsonObject b = v.toObject();
                const QString status = b["status"_L1].toString();
                if (status == u"cancelled")
                    continue;
                QCOMPARE(status, timeOf(b, "time_until") <= now() ? u"expired"_s : u"active"_s);
            }
            seen += int(items.size());
            if (items.size() < 100)
                break;
        }
        QCOMPARE(seen, m_site->result.bookings);
    }

    void rulesHold() { checkRulesHold(*m_site); }

    void seedingTwiceRefuses()
    {
        const qint64 bookings = m_site->count(u"SELECT COUNT(*) FROM bookings"_s);
        const DemoSeeder::Result again = m_site->seedAgain();
        QVERIFY(!again.ok);
        QVERIFY(again.notEmpty);
        QVERIFY2(again.error.contains(u"the database is not empty"_s), qPrintable(again.error));
        QCOMPARE(m_site->count(u"SELECT COUNT(*) FROM bookings"_s), bookings);
        QCOMPARE(m_site->count(u"SELECT COUNT(*) FROM users"_s), qint64(m_site->result.users));
    }

    // Whenever it is seeded (night, weekend, the days clocks change), every planned booking
    // passes the rules and the featured member's day is complete.
    void seedsAtAnyTime_data()
    {
        QTest::addColumn<QDateTime>("now");
        const auto utc = [](int y, int m, int d, int h, int min) {
            return QDateTime(QDate(y, m, d), QTime(h, min), QTimeZone::utc());
        };
        QTest::newRow("Friday late night") << utc(2030, 1, 11, 23, 50);
        QTest::newRow("Saturday noon") << utc(2030, 6, 15, 12, 7);
        QTest::newRow("EU clocks go forward") << utc(2030, 3, 31, 0, 40);
        QTest::newRow("US clocks go back") << utc(2030, 11, 3, 6, 10);
        QTest::newRow("on the grid, midnight in Berlin") << utc(2030, 2, 4, 23, 0);
    }

    void seedsAtAnyTime()
    {
        QFETCH(QDateTime, now);
        m_site.reset(); // one harness at a time: they share connection names
        SeededSite site(now);
        QVERIFY2(site.result.ok, qPrintable(site.result.error));
        QCOMPARE(site.result.skipped, 0);
        QVERIFY(site.result.inProgress > 0);
        QVERIFY(site.result.upcoming > 0);
        QVERIFY(site.result.past > 0);
        QVERIFY(site.result.cancelled >= 2);
        checkRulesHold(site);
        checkFeaturedMember(site);
    }
};

QTEST_GUILESS_MAIN(TestDemoSeed)
#include "tst_demoseed.moc"
