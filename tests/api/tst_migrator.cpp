// Migrations on both dialects: applied once, idempotent on restart, and a database that is newer
// than the binary is refused with a message that says what to do.
#include "apiharness.h"
#include "database.h"
#include "migrator.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace coworking;
using namespace coworking::test;

class TestMigrator : public QObject
{
    Q_OBJECT

private slots:
    void appliedOnceAndRecorded()
    {
        ApiHarness api; // the server migrated its fresh database on start
        const int latest = Migrator::latestVersion(ApiHarness::isPostgres());
        QVERIFY(latest >= 1);
        const auto rows = api.sql(u"SELECT MAX(version) AS v, COUNT(*) AS n "
                                  "FROM schema_migrations"_s);
        QCOMPARE(rows.first().value(u"v"_s).toInt(), latest);
        // Every migration file once: numbers may have gaps where branches numbered apart.
        const QString dir =
                ApiHarness::isPostgres() ? u":/migrations/postgres"_s : u":/migrations/sqlite"_s;
        QCOMPARE(rows.first().value(u"n"_s).toInt(),
                 int(QDir(dir).entryList({ u"*.sql"_s }, QDir::Files).size()));

        // A restart finds nothing to do and keeps the data.
        api.createUser(u"keep@example.com"_s);
        const Migrator::Result again = Migrator(api.database()).migrate();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.appliedCount, 0);
        QCOMPARE(again.version, latest);
        QCOMPARE(api.sql(u"SELECT id FROM users"_s).size(), 1);
    }

    void newerDatabaseIsRefused()
    {
        ApiHarness api;
        const int latest = Migrator::latestVersion(ApiHarness::isPostgres());
        api.database().execute(
                u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s,
                { latest + 1, u"2030-01-01T00:00:00Z"_s });
        const Migrator::Result result = Migrator(api.database()).migrate();
        QVERIFY(!result.ok);
        QCOMPARE(result.version, latest + 1);
        QVERIFY2(result.error.contains(u"newer than this program knows"_s),
                 qPrintable(result.error));
        QVERIFY(result.error.contains(QString::number(latest + 1)));
    }

    void bookingCodesAreBackFilled()
    {
        // Bookings made before migration 7 had no code. Made now, then taken back to version 6
        // (columns, index and records of 7 and later gone), the migrations must give each a
        // distinct valid code.
        ApiHarness api;
        SiteFixture site(api);
        const Person owner = site.person(true);
        const QString coworking = site.coworking(
                owner,
                QJsonObject{ { u"booking_policy"_s,
                               QJsonObject{ { u"max_active_bookings_per_user"_s, 20 } } } });
        const QStringList spots = site.spots(owner, coworking, 3);
        QStringList ids;
        for (int person = 0; person < 3; ++person) {
            const Person booker = site.person();
            for (int hour = 8; hour < 20; ++hour) {
                const QString from =
                        mskText(9, QString::asprintf("%02d:00", hour).toLatin1().constData());
                const QString until =
                        mskText(9, QString::asprintf("%02d:30", hour).toLatin1().constData());
                ids.append(site.book(booker, spots.at(person), from, until));
            }
        }
        Database &db = api.database();
        db.executeRaw(u"DROP INDEX bookings_code_idx"_s);
        db.executeRaw(u"ALTER TABLE bookings DROP COLUMN code"_s);
        db.executeRaw(u"ALTER TABLE bookings DROP COLUMN cancel_note"_s); // migration 8
        db.executeRaw(u"DROP TABLE login_failures"_s); // migration 9
        db.executeRaw(u"DROP TABLE closures"_s); // migration 10
        db.executeRaw(u"DROP TABLE calendar_feeds"_s); // migration 11
        db.executeRaw(u"ALTER TABLE bookings DROP COLUMN revision"_s);
        db.execute(u"DELETE FROM schema_migrations WHERE version >= 7"_s);

        const Migrator::Result result = Migrator(db).migrate();
        QVERIFY2(result.ok, qPrintable(result.error));
        QCOMPARE(result.version, Migrator::latestVersion(ApiHarness::isPostgres()));
        QVERIFY(result.appliedCount >= 1);

        static const QRegularExpression shape(u"^[34679ACDEFGHJKMNPRTUVWXY]{8}$"_s);
        const QList<QSqlRecord> rows = db.select(u"SELECT id, code FROM bookings"_s);
        QCOMPARE(rows.size(), ids.size());
        QSet<QString> codes;
        for (const QSqlRecord &row : rows) {
            const QString code = row.value(u"code"_s).toString();
            QVERIFY2(shape.match(code).hasMatch(), qPrintable(code));
            codes.insert(code);
        }
        QCOMPARE(codes.size(), ids.size());
        // The unique index is back: one booking cannot take another's code.
        QVERIFY_THROWS_EXCEPTION(
                ConstraintViolation,
                db.execute(u"UPDATE bookings SET code = ? WHERE id = ?"_s,
                           { rows.at(0).value(u"code"_s), rows.at(1).value(u"id"_s) }));
    }

    void exclusionConstraintGuardsPostgres()
    {
        // The database itself, not only the application, refuses overlapping active bookings.
        if (!ApiHarness::isPostgres()) {
            // SQLite has no exclusion constraints; its guarantee is BEGIN IMMEDIATE, proven by
            // tst_bookingconcurrency. Here it must at least keep the time-order CHECK.
            ApiHarness api;
            const auto check = api.sql(u"SELECT sql FROM sqlite_master WHERE name = 'bookings'"_s);
            QVERIFY(check.first().value(0).toString().contains(
                    u"CHECK (time_from < time_until)"_s));
            return;
        }
        ApiHarness api;
        const auto rows = api.sql(u"SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint "
                                  "WHERE conname = 'bookings_no_overlap'"_s);
        QCOMPARE(rows.size(), 1);
        const QString def = rows.first().value(u"def"_s).toString();
        QVERIFY2(def.contains(u"EXCLUDE USING gist"_s), qPrintable(def));
        QVERIFY2(def.contains(u"WHERE ((status = 'active'::text))"_s), qPrintable(def));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"

using namespace Qt::StringLiterals;
