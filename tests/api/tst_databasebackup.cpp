// Backup and restore of an SQLite site (DatabaseBackup, `coworking-server backup|restore FILE`):
// a backup taken while bookings are being made holds every booking answered before it began and
// restores intact; restore refuses what it must not install and keeps the old database aside;
// PostgreSQL is referred to its own tools.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include "database.h"
#include "databasebackup.h"
#include "migrator.h"

#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <atomic>
#include <thread>

using namespace coworking;
using namespace coworking::test;

namespace {

// Runs `sql` on the SQLite file at `path` through a connection of its own; the first column of
// each row.
QStringList query(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    QStringList out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql)) {
                while (q.next())
                    out.append(q.value(0).toString());
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

DatabaseConfig sqliteAt(const QString &path)
{
    DatabaseConfig config;
    config.dialect = Dialect::Sqlite;
    config.sqlitePath = path;
    return config;
}

// The real coworking-server, run to its end, with a data folder of its own.
QProcess *server(const QTemporaryDir &dir, const QStringList &arguments)
{
    auto *process = new QProcess;
    process->setProgram(QString::fromUtf8(COWORKING_SERVER_PATH));
    process->setArguments(arguments + QStringList{ u"--data-dir"_s, dir.filePath(u"cli-data"_s) });
    process->start();
    process->waitForFinished(60000);
    return process;
}

} // namespace

class TestDatabaseBackup : public QObject
{
    Q_OBJECT

private:
    QString databasePath() { return m_h->database().config().sqlitePath; }

    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_h = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(*m_h);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_h.reset();
    }

    void postgresIsReferredToItsTools()
    {
        if (!ApiHarness::isPostgres()) {
            DatabaseConfig postgres;
            postgres.dialect = Dialect::Postgres;
            const DatabaseBackup::Result refused =
                    DatabaseBackup(postgres).backup(m_dir.filePath(u"x"_s));
            QVERIFY(!refused.ok);
            QVERIFY2(refused.error.contains(u"pg_dump"_s), qPrintable(refused.error));
            return;
        }
        const DatabaseConfig database = m_h->database().config();
        for (const bool restore : { false, true }) {
            const DatabaseBackup backup(database);
            const auto result = restore ? backup.restore(m_dir.filePath(u"none"_s))
                                        : backup.backup(m_dir.filePath(u"pg.sqlite3"_s));
            QVERIFY(!result.ok);
            QVERIFY2(result.error.contains(u"pg_dump"_s) && result.error.contains(u"pg_restore"_s),
                     qPrintable(result.error));
        }
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"pg.sqlite3"_s)));
    }

    void backupUnderWriteLoadHoldsEveryAnsweredBooking()
    {
        if (ApiHarness::isPostgres())
            return; // PostgreSQL: postgresIsReferredToItsTools
        const Person owner = m_site->person(true);
        const Person booker = m_site->person();
        const QString coworking = m_site->coworking(
                owner,
                QJsonObject{ { u"opens_at"_s, u"00:00"_s },
                             { u"closes_at"_s, u"23:59"_s },
                             { u"booking_policy"_s,
                               QJsonObject{ { u"max_active_bookings_per_user"_s, 100 },
                                            { u"slot_minutes"_s, 30 },
                                            { u"min_duration_minutes"_s, 30 } } } });
        const QString spot = m_site->spots(owner, coworking, 1).first();

        // A writer books back-to-back half hours and notes each booking answered 201.
        QMutex lock;
        QStringList answered;
        std::atomic<bool> stop = false;
        std::atomic<int> failures = 0;
        std::thread writer([&] {
            for (int i = 0; i < 100 && !stop; ++i) {
                // Half hours of 09:00-21:00 Moscow time, day after day.
                const QDateTime from = utc(8 + i / 24, 6).addSecs(i % 24 * 1800);
                const Reply reply = m_h->post(
                        u"/bookings"_s, bookingBody(spot, from, from.addSecs(1800)), booker.token);
                if (reply.status != 201) {
                    ++failures;
                    continue;
                }
                const QMutexLocker locked(&lock);
                answered.append(reply.obj().value(u"id"_s).toString());
            }
        });
        const auto answeredCount = [&] {
            const QMutexLocker locked(&lock);
            return answered.size();
        };
        QTRY_VERIFY_WITH_TIMEOUT(answeredCount() >= 20, 20000);
        QStringList before;
        {
            const QMutexLocker locked(&lock);
            before = answered;
        }
        const QString file = m_dir.filePath(u"under-load.sqlite3"_s);
        const DatabaseBackup::Result made = DatabaseBackup(m_h->database().config()).backup(file);
        const int duringBackup = answeredCount();
        stop = true;
        writer.join();
        QVERIFY2(made.ok, qPrintable(made.error));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(made.version, Migrator::latestVersion(false));
        // The server's database stays in WAL mode.
        QCOMPARE(query(databasePath(), u"PRAGMA journal_mode"_s), QStringList{ u"wal"_s });

        // Restored into a site of its own, it is intact and holds every booking answered before
        // the backup began.
        const QString restoredPath = m_dir.filePath(u"restored/coworking.sqlite3"_s);
        const DatabaseBackup::Result restored =
                DatabaseBackup(sqliteAt(restoredPath)).restore(file);
        QVERIFY2(restored.ok, qPrintable(restored.error));
        QVERIFY(restored.keptAside.isEmpty()); // there was nothing to keep
        QCOMPARE(query(restoredPath, u"PRAGMA integrity_check"_s), QStringList{ u"ok"_s });
        const QStringList ids = query(restoredPath, u"SELECT id FROM bookings"_s);
        for (const QString &id : before)
            QVERIFY2(ids.contains(id), qPrintable(id));
        qInfo("%lld bookings answered before the backup, %d by its end, %lld in the copy",
              qsizetype(before.size()), duringBackup, qsizetype(ids.size()));
    }

    void restoreRefusesWhatItMustNotInstall()
    {
        if (ApiHarness::isPostgres())
            return; // PostgreSQL: postgresIsReferredToItsTools
        const QString good = m_dir.filePath(u"good.sqlite3"_s);
        QVERIFY(DatabaseBackup(m_h->database().config()).backup(good).ok);

        // The target: a stopped site with one user more than the backup.
        const QString target = m_dir.filePath(u"target/coworking.sqlite3"_s);
        QVERIFY(DatabaseBackup(sqliteAt(target)).restore(good).ok);
        {
            Database db(sqliteAt(target), u"target"_s);
            db.execute(u"UPDATE users SET full_name = 'Kept aside' WHERE id = "
                       "(SELECT MIN(id) FROM users)"_s);
        }
        const auto names = [&target] {
            return query(target, u"SELECT full_name FROM users ORDER BY id"_s);
        };
        const QStringList current = names();
        QVERIFY(current.contains(u"Kept aside"_s));

        QFile corrupt(m_dir.filePath(u"corrupt.sqlite3"_s));
        QVERIFY(QFile::copy(good, corrupt.fileName()));
        QVERIFY(corrupt.open(QIODevice::ReadWrite));
        corrupt.seek(4096 + 100); // inside the second page: the header still reads
        corrupt.write(QByteArray(8192, '\xa5'));
        corrupt.close();
        const QString notOurs = m_dir.filePath(u"other.sqlite3"_s);
        query(notOurs, u"CREATE TABLE notes (text TEXT)"_s);
        const QString newer = m_dir.filePath(u"newer.sqlite3"_s);
        QVERIFY(QFile::copy(good, newer));
        query(newer,
              u"INSERT INTO schema_migrations (version, applied_at) VALUES (%1, '2040-01-01')"_s
                      .arg(Migrator::latestVersion(false) + 1));
        QFile text(m_dir.filePath(u"notes.txt"_s));
        QVERIFY(text.open(QIODevice::WriteOnly));
        text.write(QByteArray("not a database at all\n").repeated(300));
        text.close();

        const QList<std::pair<QString, QString>> refusals{
            // Found by PRAGMA integrity_check, or already by reading the damaged page.
            { corrupt.fileName(), u"damaged|malformed"_s },
            { notOurs, u"not a coworking database"_s },
            { newer, u"newer than this program"_s },
            { text.fileName(), u"not a readable SQLite database"_s },
            { m_dir.filePath(u"missing.sqlite3"_s), u"no such file"_s },
        };
        for (const auto &[file, why] : refusals) {
            const DatabaseBackup::Result result = DatabaseBackup(sqliteAt(target)).restore(file);
            QVERIFY2(!result.ok, qPrintable(file));
            const QStringList reasons = why.split(u'|');
            QVERIFY2(std::any_of(reasons.cbegin(), reasons.cend(),
                                 [&result](const QString &r) { return result.error.contains(r); }),
                     qPrintable(result.error));
            QCOMPARE(names(), current);
        }
        // Nothing was kept aside, and no partial copy is left behind.
        QCOMPARE(QDir(QFileInfo(target).absolutePath()).entryList(QDir::Files),
                 QStringList{ u"coworking.sqlite3"_s });

        // A database that a server has open is not replaced under it.
        const DatabaseBackup::Result inUse = DatabaseBackup(m_h->database().config()).restore(good);
        QVERIFY(!inUse.ok);
        QVERIFY2(inUse.error.contains(u"in use"_s), qPrintable(inUse.error));

        // A good file replaces the database, which is kept aside as it was.
        const QDateTime at(QDate(2030, 1, 7), QTime(6, 5, 9), QTimeZone::utc());
        const DatabaseBackup::Result replaced = DatabaseBackup(sqliteAt(target)).restore(good, at);
        QVERIFY2(replaced.ok, qPrintable(replaced.error));
        QCOMPARE(replaced.keptAside, target + u".before-restore-20300107-060509"_s);
        QCOMPARE(query(replaced.keptAside, u"SELECT full_name FROM users ORDER BY id"_s), current);
        QVERIFY(!names().contains(u"Kept aside"_s));
        QCOMPARE(names().size(), current.size());
        QVERIFY(!QFileInfo::exists(target + u"-wal"_s)
                || QFileInfo(target + u"-wal"_s).size() == 0);
    }

    void commandLineBacksUpWhileServingAndRestores()
    {
        const QString url = ApiHarness::isPostgres() ? QString() : u"sqlite:"_s + databasePath();
        if (ApiHarness::isPostgres()) {
            // The real binary says the same as the class.
            std::unique_ptr<QProcess> refused(
                    server(m_dir,
                           { u"backup"_s, m_dir.filePath(u"cli-pg.sqlite3"_s), u"--database"_s,
                             u"postgresql://u:p@127.0.0.1:1/none"_s }));
            QCOMPARE(refused->exitCode(), 1);
            QVERIFY(refused->readAllStandardError().contains("pg_dump"));
            return;
        }
        // Backup while this test's server serves the same file.
        const QString file = m_dir.filePath(u"cli.sqlite3"_s);
        std::unique_ptr<QProcess> backup(
                server(m_dir, { u"backup"_s, file, u"--database"_s, url }));
        QVERIFY2(backup->exitCode() == 0, backup->readAllStandardError().constData());
        QVERIFY(backup->readAllStandardOutput().contains("Backed up"));
        std::unique_ptr<QProcess> again(server(m_dir, { u"backup"_s, file, u"--database"_s, url }));
        QCOMPARE(again->exitCode(), 1); // never overwrites by surprise
        QVERIFY(again->readAllStandardError().contains("exists already"));

        // Restore onto a stopped site; refused onto the served one.
        std::unique_ptr<QProcess> busy(server(m_dir, { u"restore"_s, file, u"--database"_s, url }));
        QCOMPARE(busy->exitCode(), 1);
        QVERIFY(busy->readAllStandardError().contains("in use"));
        const QString stopped = m_dir.filePath(u"cli-target/coworking.sqlite3"_s);
        QVERIFY(DatabaseBackup(sqliteAt(stopped)).restore(file).ok);
        std::unique_ptr<QProcess> restore(
                server(m_dir, { u"restore"_s, file, u"--database"_s, u"sqlite:"_s + stopped }));
        QVERIFY2(restore->exitCode() == 0, restore->readAllStandardError().constData());
        const QByteArray said = restore->readAllStandardOutput();
        QVERIFY2(said.contains(
                         QByteArray("kept as " + QFile::encodeName(stopped) + ".before-restore-")),
                 said.constData());
        QCOMPARE(query(stopped, u"SELECT COUNT(*) FROM users"_s),
                 query(file, u"SELECT COUNT(*) FROM users"_s));
    }
};

QTEST_GUILESS_MAIN(TestDatabaseBackup)
#include "tst_databasebackup.moc"
