// Migrations on both dialects: applied once, idempotent on restart, and a database that is newer
// than the binary is refused with a message that says what to do.
#include "apiharness.h"
#include "db/database.h"
#include "db/migrator.h"

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
        const auto rows = api.sql(QStringLiteral("SELECT MAX(version) AS v, COUNT(*) AS n "
                                                 "FROM schema_migrations"));
        QCOMPARE(rows.first().value(QStringLiteral("v")).toInt(), latest);
        QCOMPARE(rows.first().value(QStringLiteral("n")).toInt(), latest);

        // A restart finds nothing to do and keeps the data.
        api.createUser(QStringLiteral("keep@example.com"));
        const Migrator::Result again = Migrator(api.database()).migrate();
        QVERIFY2(again.ok, qPrintable(again.error));
        QCOMPARE(again.appliedCount, 0);
        QCOMPARE(again.version, latest);
        QCOMPARE(api.sql(QStringLiteral("SELECT id FROM users")).size(), 1);
    }

    void newerDatabaseIsRefused()
    {
        ApiHarness api;
        const int latest = Migrator::latestVersion(ApiHarness::isPostgres());
        api.database().execute(
            QStringLiteral("INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"),
            {latest + 1, QStringLiteral("2030-01-01T00:00:00Z")});
        const Migrator::Result result = Migrator(api.database()).migrate();
        QVERIFY(!result.ok);
        QCOMPARE(result.version, latest + 1);
        QVERIFY2(result.error.contains(QStringLiteral("newer than this program knows")),
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
            const auto check = api.sql(QStringLiteral(
                "SELECT sql FROM sqlite_master WHERE name = 'bookings'"));
            QVERIFY(check.first().value(0).toString().contains(
                QStringLiteral("CHECK (time_from < time_until)")));
            return;
        }
        ApiHarness api;
        const auto rows = api.sql(QStringLiteral(
            "SELECT pg_get_constraintdef(oid) AS def FROM pg_constraint "
            "WHERE conname = 'bookings_no_overlap'"));
        QCOMPARE(rows.size(), 1);
        const QString def = rows.first().value(QStringLiteral("def")).toString();
        QVERIFY2(def.contains(QStringLiteral("EXCLUDE USING gist")), qPrintable(def));
        QVERIFY2(def.contains(QStringLiteral("WHERE ((status = 'active'::text))")), qPrintable(def));
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
