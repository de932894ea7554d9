#pragma once

#include <QDateTime>
#include <QHash>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QString>
#include <QVariant>

#include "row.h"

#include <exception>
#include <functional>
#include <mutex>
#include <optional>

namespace coworking {

class Metrics;

enum class Dialect { Sqlite, Postgres };

// Where the data lives: "sqlite:/path/file.sqlite3" or "postgresql://user:pw@host:port/db".
struct DatabaseConfig
{
    Dialect dialect = Dialect::Sqlite;
    QString sqlitePath;
    QString host;
    int port = 5432;
    QString name;
    QString user;
    QString password;
    int statementTimeoutMs = 10000;

    static std::optional<DatabaseConfig> fromUrl(const QString &url, QString *error);
    QString describe() const; // for logs: never the password
};

// A constraint the database refused: PostgreSQL SQLSTATE ("23P01" exclusion, "23505" unique)
// or SQLite's extended code as text. A std::exception like every error the server throws, so a
// loop that guards its thread with `catch (const std::exception &)` survives it too.
struct ConstraintViolation final : std::exception
{
    explicit ConstraintViolation(QString state) : sqlState(std::move(state)) { }
    const char *what() const noexcept override { return "coworking::ConstraintViolation"; }

    QString sqlState;
    bool isExclusion() const { return sqlState == u"23P01"; }
    bool isUnique() const
    {
        return sqlState == u"23505" || sqlState == u"2067" || sqlState == u"1555";
    }
    bool isForeignKey() const { return sqlState == u"23503" || sqlState == u"787"; }
};

// One connection, owned and used by one thread only (QtSql's rule). Statements are prepared
// once per connection and reused. A lost connection is reopened on the next call; meanwhile
// calls throw AppError::unavailable() (503), never crash or hang.
class Database final
{
    Q_DISABLE_COPY_MOVE(Database)
public:
    Database(DatabaseConfig config, QString connectionName);
    ~Database();

    Dialect dialect() const { return m_config.dialect; }
    bool isPostgres() const { return m_config.dialect == Dialect::Postgres; }
    const DatabaseConfig &config() const { return m_config; }
    // Where failures and reconnects are counted; optional (migrations and tools have none).
    void setMetrics(Metrics *metrics) { m_metrics = metrics; }
    // SQLite: a lock the connections of one process share, held by Transaction from BEGIN
    // IMMEDIATE to its end (see there); optional.
    void setWriteLock(QMutex *lock) { m_writeLock = lock; }

    // Opens (or reopens) the connection; throws AppError::unavailable() on failure.
    void ensureOpen();
    bool ping(); // SELECT 1; false when the database cannot be reached

    // Runs a prepared statement with positional (?) bindings and returns every row.
    // Throws ConstraintViolation for constraint errors, AppError otherwise.
    QList<QSqlRecord> select(const QString &sql, const QVariantList &binds = {});
    std::optional<QSqlRecord> selectOne(const QString &sql, const QVariantList &binds = {});
    // The same rows handed one by one to `visit`, read by column position: no QSqlRecord per
    // row, and with PostgreSQL no QVariant per value (see Row).
    void forEachRow(const QString &sql, const QVariantList &binds,
                    const std::function<void(const Row &row)> &visit);
    // Runs a statement; returns the number of affected rows.
    int execute(const QString &sql, const QVariantList &binds = {});
    // Runs unprepared SQL (migrations, pragmas, BEGIN/COMMIT).
    void executeRaw(const QString &sql);

    // Values in the dialect's representation.
    QVariant timestamp(const QDateTime &t) const;
    QVariant nullableTimestamp(const QDateTime &t) const;
    static QDateTime toDateTime(const QVariant &v);
    QVariant boolean(bool b) const { return isPostgres() ? QVariant(b) : QVariant(b ? 1 : 0); }

    QSqlDatabase &connection() { return m_db; }

private:
    QSqlQuery &prepared(const QString &sql);
    QSqlQuery &run(const QString &sql, const QVariantList &binds);
    [[noreturn]] void fail(const QSqlError &error, const QString &sql);
    template<typename Statement>
    auto reconnectingOnce(Statement statement) -> decltype(statement());

    DatabaseConfig m_config;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, QSqlQuery> m_statements;
    bool m_broken = false;
    bool m_wasOpen = false; // opened once before: a later open is a reconnect
    int m_transactions = 0; // open Transaction scopes: no statement is retried inside one
    Metrics *m_metrics = nullptr;
    QMutex *m_writeLock = nullptr;

    friend class Transaction;
};

// A transaction scope: rolls back unless committed. SQLite takes the write lock at BEGIN
// (BEGIN IMMEDIATE), so a read-then-write transaction never fails half-way with SQLITE_BUSY.
class Transaction final
{
    Q_DISABLE_COPY_MOVE(Transaction)
public:
    explicit Transaction(Database &db);
    ~Transaction();
    void commit();
    // Runs `action` right after a successful COMMIT (never after a rollback), on this thread:
    // what others may learn of only once the change is durable (live updates).
    void afterCommit(std::function<void()> action) { m_afterCommit.append(std::move(action)); }

private:
    // SQLite admits one writer per file. Waiting writers of this process queue on this lock
    // and wake as soon as it is released, instead of polling SQLite's busy handler, whose
    // sleeps (1 ms, 2 ms, ... 100 ms) made the tail latency of booking under 8 workers.
    std::unique_lock<QMutex> m_writer;
    Database &m_db;
    bool m_done = false;
    QList<std::function<void()>> m_afterCommit;
};

} // namespace coworking
