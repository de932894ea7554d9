// Migrations on both dialects: applied once, idempotent on restart, and a database that is newer
// than the binary is refused with a message that says what to do.
#include "apiharness.h"
#include "database.h"
#include "migrator.h"

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
        QCOMPARE(rows.first().value(u"n"_s).toInt(), latest);

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
