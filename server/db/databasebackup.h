#pragma once

#include "database.h"

#include <QDateTime>
#include <QString>

namespace coworking {

// Backup and restore of an SQLite site (`coworking-server backup FILE` / `restore FILE`, and the
// desk's File menu in --embedded mode). PostgreSQL has its own tools: both refuse it and say so.
// Blocking file and database work: callers with a GUI run these off its thread. Each call opens
// connections of its own, so any thread may call them.
class DatabaseBackup final
{
public:
    struct Result
    {
        bool ok = false;
        QString error; // for people: what went wrong and what to do
        QString keptAside; // restore: where the replaced database now is
        int version = 0; // schema version of the copy written or restored
    };

    explicit DatabaseBackup(DatabaseConfig database) : m_database(std::move(database)) { }

    // A consistent copy of the database into `file`, while servers may go on writing: SQLite's
    // VACUUM INTO reads one snapshot (a read transaction) and leaves the database in WAL mode.
    // The copy is written beside `file` and renamed onto it once complete and on disk, so
    // `file` is never half written; an existing `file` is replaced.
    Result backup(const QString &file) const;

    // Replaces the database with the copy in `file`. Refused, changing nothing, when the file
    // fails PRAGMA integrity_check, is no coworking database, has a schema newer than this
    // program, or when the database is in use (a server or desk runs on it). Otherwise the
    // current database is kept aside as "<db>.before-restore-<UTC time>", the copy replaces it
    // atomically (a copy in the same directory, fsync, rename; stale -wal and -shm removed),
    // and it is migrated to this program's schema.
    Result restore(const QString &file,
                   const QDateTime &now = QDateTime::currentDateTimeUtc()) const;

    // Whether `file` is an intact coworking database this program can serve; version set.
    static Result check(const QString &file);

private:
    Result refusePostgres(const char *command) const;

    DatabaseConfig m_database;
};

} // namespace coworking
