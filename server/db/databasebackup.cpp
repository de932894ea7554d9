#include "databasebackup.h"

#include "migrator.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// A connection of its own for one file, closed and removed with the scope, so that no handle
// keeps the file (or its -wal) open once a step is done.
class Connection final
{
    Q_DISABLE_COPY_MOVE(Connection)
public:
    Connection(const QString &path, const QString &options = {})
        : m_name(u"backup-"_s + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_name);
        db.setDatabaseName(path);
        db.setConnectOptions(options);
        m_open = db.open();
        if (!m_open)
            m_error = db.lastError().text();
    }
    ~Connection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }

    // Runs `sql` and returns the first column of every row; nullopt (and error()) on failure.
    std::optional<QStringList> rows(const QString &sql, const QVariantList &binds = {})
    {
        if (!m_open)
            return std::nullopt;
        QSqlQuery q(QSqlDatabase::database(m_name, false));
        if (!q.prepare(sql)) {
            m_error = q.lastError().text();
            return std::nullopt;
        }
        for (const QVariant &bind : binds)
            q.addBindValue(bind);
        if (!q.exec()) {
            m_error = q.lastError().text();
            return std::nullopt;
        }
        QStringList out;
        while (q.next())
            out.append(q.value(0).toString());
        return out;
    }
    QString error() const { return m_error; }

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

DatabaseBackup::Result failure(const QString &error)
{
    DatabaseBackup::Result result;
    result.error = error;
    return result;
}

// What a rename promises survives a crash only once the data and the directory entry are on
// disk.
bool syncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

bool renameOver(const QString &from, const QString &to)
{
    // rename(2) replaces `to` atomically; QFile::rename refuses an existing target.
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

QString partialName(const QString &target, const char *what)
{
    return target + u'.' + QLatin1StringView(what) + u'-'
            + QString::number(QRandomGenerator::global()->generate64(), 36);
}

void removeSidecars(const QString &path)
{
    QFile::remove(path + u"-wal"_s);
    QFile::remove(path + u"-shm"_s);
    QFile::remove(path + u"-journal"_s);
}

} // namespace

DatabaseBackup::Result DatabaseBackup::refusePostgres(const char *command) const
{
    return failure(u"%1: the database is PostgreSQL (%2), which this command does not handle: "
                   "use pg_dump (e.g. pg_dump -Fc -f FILE) to back it up and pg_restore to "
                   "restore it."_s.arg(QLatin1StringView(command), m_database.describe()));
}

DatabaseBackup::Result DatabaseBackup::check(const QString &file)
{
    if (!QFileInfo(file).isFile())
        return failure(u"%1: no such file."_s.arg(file));
    Connection db(file);
    const auto integrity = db.rows(u"PRAGMA integrity_check"_s);
    if (!integrity) {
        return failure(u"%1 is not a readable SQLite database (%2)."_s.arg(file, db.error()));
    }
    if (integrity->value(0) != u"ok") {
        return failure(u"%1 is damaged: PRAGMA integrity_check reports \"%2\"."_s.arg(
                file, integrity->value(0)));
    }
    const auto tables = db.rows(u"SELECT name FROM sqlite_master WHERE type = 'table' AND name IN "
                                "('schema_migrations', 'users', 'coworkings', 'spots', "
                                "'bookings')"_s);
    if (!tables || tables->size() != 5)
        return failure(u"%1 is an SQLite database, but not a coworking database."_s.arg(file));
    const auto version = db.rows(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s);
    Result result;
    result.version = version ? version->value(0).toInt() : 0;
    const int latest = Migrator::latestVersion(false);
    if (result.version < 1)
        return failure(u"%1 holds no migrated coworking schema."_s.arg(file));
    if (result.version > latest) {
        return failure(u"%1 has schema version %2, newer than this program knows (%3): restore "
                       "it with a newer coworking-server."_s.arg(file)
                               .arg(result.version)
                               .arg(latest));
    }
    result.ok = true;
    return result;
}

DatabaseBackup::Result DatabaseBackup::backup(const QString &file) const
{
    if (m_database.dialect == Dialect::Postgres)
        return refusePostgres("backup");
    const QString source = m_database.sqlitePath;
    if (!QFileInfo(source).isFile())
        return failure(u"backup: there is no database at %1."_s.arg(source));
    const QString target = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(QFileInfo(target).absolutePath()).isDir())
        return failure(u"backup: the folder of %1 does not exist."_s.arg(target));
    const QString partial = partialName(target, "partial");
    Result result;
    {
        // Waits out a writer's lock like the server's own connections; VACUUM INTO itself only
        // reads, so writers go on while it copies.
        Connection db(source, u"QSQLITE_BUSY_TIMEOUT=5000"_s);
        if (!db.rows(u"VACUUM INTO ?"_s, { partial })) {
            QFile::remove(partial);
            return failure(u"backup of %1 failed: %2"_s.arg(source, db.error()));
        }
    }
    result = check(partial);
    if (!result.ok || !syncPath(partial) || !renameOver(partial, target)) {
        QFile::remove(partial);
        return failure(u"backup of %1 failed: %2"_s.arg(
                source, result.ok ? u"cannot write %1"_s.arg(target) : result.error));
    }
    syncPath(QFileInfo(target).absolutePath());
    return result;
}

DatabaseBackup::Result DatabaseBackup::restore(const QString &file, const QDateTime &now) const
{
    if (m_database.dialect == Dialect::Postgres)
        return refusePostgres("restore");
    const QString target = QFileInfo(m_database.sqlitePath).absoluteFilePath();
    const QString folder = QFileInfo(target).absolutePath();
    if (!QDir().mkpath(folder))
        return failure(u"restore: cannot create the folder %1."_s.arg(folder));
    if (!QFileInfo(file).isFile())
        return failure(u"restore: %1: no such file."_s.arg(file));

    // The copy that will become the database is the one checked, so nothing can change between
    // the check and the switch.
    const QString incoming = partialName(target, "restore");
    if (!QFile::copy(file, incoming))
        return failure(u"restore: cannot copy %1 into %2."_s.arg(file, folder));
    const auto dropIncoming = qScopeGuard([&incoming] {
        QFile::remove(incoming);
        removeSidecars(incoming);
    });
    Result result = check(incoming);
    if (!result.ok) {
        result.error = u"restore refused: "_s + result.error.replace(incoming, file);
        return result;
    }
    removeSidecars(incoming);
    if (!syncPath(incoming))
        return failure(u"restore: cannot write %1."_s.arg(incoming));

    if (QFileInfo(target).isFile()) {
        // In WAL mode every open connection holds the file shared, idle or not: an exclusive
        // lock is refused while any server, runner or desk has it open.
        {
            Connection current(target, u"QSQLITE_BUSY_TIMEOUT=0"_s);
            if (!current.rows(u"PRAGMA locking_mode = EXCLUSIVE"_s)
                || !current.rows(u"BEGIN EXCLUSIVE"_s)) {
                return failure(
                        u"restore refused: the database %1 is in use (%2). Stop the "
                        "server or desk that runs on it first."_s.arg(target, current.error()));
            }
            current.rows(u"COMMIT"_s);
            // The file alone is then the whole database, so the copy kept aside is complete.
            current.rows(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        }
        result.keptAside =
                target + u".before-restore-"_s + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s);
        if (!QFile::copy(target, result.keptAside) || !syncPath(result.keptAside))
            return failure(u"restore: cannot keep the current database aside as %1."_s.arg(
                    result.keptAside));
    }
    // A -wal left beside the new file would be replayed into it.
    removeSidecars(target);
    if (!renameOver(incoming, target))
        return failure(u"restore: cannot replace %1."_s.arg(target));
    syncPath(folder);

    Database db(m_database, u"restore-migrate"_s);
    const Migrator::Result migrated = Migrator(db).migrate();
    if (!migrated.ok) {
        return failure(u"restore: the copy is in place, but migrating it failed: "_s
                       + migrated.error);
    }
    result.version = migrated.version;
    return result;
}

} // namespace coworking
