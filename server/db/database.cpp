#include "database.h"

#include "common/apperror.h"
#include "metrics.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlResult>
#include <QTimeZone>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcDb, "coworking.db")

namespace coworking {

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &url, QString *error)
{
    DatabaseConfig config;
    if (url.startsWith(u"sqlite:")) {
        config.dialect = Dialect::Sqlite;
        QString path = url.mid(7);
        // Accept sqlite:/abs/path, sqlite:///abs/path and sqlite:relative/path.
        while (path.startsWith(u"//"))
            path.remove(0, 1);
        if (path.isEmpty()) {
            *error = u"sqlite: URL without a file path"_s;
            return std::nullopt;
        }
        config.sqlitePath = path;
        return config;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"postgresql" && parsed.scheme() != u"postgres")) {
        *error =
                u"database URL must be sqlite:/path or postgresql://user:password@host:port/dbname"_s;
        return std::nullopt;
    }
    config.dialect = Dialect::Postgres;
    config.host = parsed.host().isEmpty() ? u"localhost"_s : parsed.host();
    config.port = parsed.port(5432);
    config.name = parsed.path().mid(1);
    config.user = parsed.userName();
    config.password = parsed.password();
    if (config.name.isEmpty()) {
        *error = u"postgresql URL without a database name"_s;
        return std::nullopt;
    }
    return config;
}

QString DatabaseConfig::describe() const
{
    if (dialect == Dialect::Sqlite)
        return u"SQLite "_s + sqlitePath;
    return u"PostgreSQL %1@%2:%3/%4"_s.arg(user, host).arg(port).arg(name);
}

namespace {
// QtSql's connection names are process-wide: two servers in one process (the desk's embedded
// server beside a test, two harnesses) must never replace each other's connections.
std::atomic<quint64> g_connectionSerial{ 0 };
} // namespace

Database::Database(DatabaseConfig config, QString connectionName)
    : m_config(std::move(config)),
      m_connectionName(connectionName + u'#' + QString::number(++g_connectionSerial))
{
    m_db = QSqlDatabase::addDatabase(isPostgres() ? u"QPSQL"_s : u"QSQLITE"_s, m_connectionName);
    if (isPostgres()) {
        m_db.setHostName(m_config.host);
        m_db.setPort(m_config.port);
        m_db.setDatabaseName(m_config.name);
        m_db.setUserName(m_config.user);
        m_db.setPassword(m_config.password);
        // QPSQL 6.4 sets no session time zone and cannot cancel a query: both via options.
        m_db.setConnectOptions(
                u"connect_timeout=3;options='-c TimeZone=UTC -c statement_timeout=%1'"_s.arg(
                        m_config.statementTimeoutMs));
    } else {
        m_db.setDatabaseName(m_config.sqlitePath);
        m_db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
}

Database::~Database()
{
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void Database::ensureOpen()
{
    if (m_db.isOpen() && !m_broken)
        return;
    m_statements.clear(); // prepared statements die with their connection
    m_db.close();
    if (!m_db.open()) {
        qCWarning(lcDb) << "cannot open" << m_config.describe() << ":" << m_db.lastError().text();
        if (m_metrics)
            m_metrics->dbError();
        throw AppError::unavailable();
    }
    if (m_wasOpen && m_metrics)
        m_metrics->dbReconnect();
    m_wasOpen = true;
    m_broken = false;
    if (!isPostgres()) {
        for (const char *pragma :
             { "PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON" }) {
            QSqlQuery q(m_db);
            if (!q.exec(QString::fromLatin1(pragma)))
                qCWarning(lcDb) << pragma << q.lastError().text();
        }
    }
}

bool Database::ping()
{
    // Twice: a connection that died since its last use fails the first probe, then reopens.
    for (int attempt = 0; attempt < 2; ++attempt) {
        try {
            ensureOpen();
        } catch (const AppError &) {
            return false; // the database refuses connections: no use retrying at once
        }
        QSqlQuery q(m_db);
        if (q.exec(u"SELECT 1"_s) && q.next())
            return true;
        m_broken = true;
        if (m_metrics)
            m_metrics->dbError();
    }
    return false;
}

QSqlQuery &Database::prepared(const QString &sql)
{
    auto it = m_statements.find(sql);
    if (it != m_statements.end())
        return *it;
    QSqlQuery query(m_db);
    if (!query.prepare(sql))
        fail(query.lastError(), sql);
    return *m_statements.emplace(sql, std::move(query));
}

template<typename Statement>
auto Database::reconnectingOnce(Statement statement) -> decltype(statement())
{
    try {
        return statement();
    } catch (const AppError &) {
        // A connection the database dropped while this worker was idle (a restart, a failover)
        // is found dead only by its next statement (fail() then sets m_broken). Outside a
        // transaction that statement runs again on a fresh connection, so no request pays for
        // the idle time; inside one, the transaction died with the connection: the caller fails.
        if (!m_broken || m_transactions > 0)
            throw;
        qCInfo(lcDb) << "reconnecting to run the statement again";
        return statement();
    }
}

QSqlQuery &Database::run(const QString &sql, const QVariantList &binds)
{
    return reconnectingOnce([&]() -> QSqlQuery & {
        ensureOpen();
        QSqlQuery &query = prepared(sql);
        for (qsizetype i = 0; i < binds.size(); ++i)
            query.bindValue(int(i), binds.at(i));
        if (!query.exec())
            fail(query.lastError(), sql);
        return query;
    });
}

void Database::fail(const QSqlError &error, const QString &sql)
{
    const QString state = error.nativeErrorCode();
    // Constraint classes: PostgreSQL SQLSTATE 23xxx; SQLite SQLITE_CONSTRAINT (19) and its
    // extended codes (2067 unique, 1555 primary key, 787 foreign key, 275 check).
    const bool constraint = isPostgres() ? state.startsWith(u"23")
                                         : (state == u"19" || state == u"2067" || state == u"1555"
                                            || state == u"787" || state == u"275");
    if (constraint)
        throw ConstraintViolation(state); // the database enforcing a rule: not an error of it
    if (m_metrics)
        m_metrics->dbError();

    // Drop the cached statement: after a failure QPSQL may hold a statement of a dead session.
    m_statements.remove(sql);
    // After a PostgreSQL restart the first failure reads as a statement error, so any error
    // that is not a constraint is followed by a cheap probe of the connection.
    QSqlQuery probe(m_db);
    const bool alive = m_db.isOpen() && probe.exec(u"SELECT 1"_s);
    const bool busy = !isPostgres() && (state == u"5" || state == u"6");
    if (!alive || busy || state.startsWith(u"08") || state == u"57P01" || state == u"25P02") {
        if (!alive) {
            m_broken = true;
            qCWarning(lcDb) << "connection lost:" << error.text();
        }
        throw AppError::unavailable();
    }
    if (state == u"57014") { // statement_timeout
        qCWarning(lcDb) << "statement timed out";
        throw AppError::unavailable();
    }
    qCCritical(lcDb) << "query failed:" << error.text() << "SQL:" << sql.simplified();
    throw AppError::internal();
}

QList<QSqlRecord> Database::select(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    QList<QSqlRecord> rows;
    if (query.next()) {
        // QSqlQuery::record() asks the driver to describe every column again for each row;
        // describe them once and fill in the values (a third of a 200-row read's CPU).
        const QSqlRecord shape = query.record();
        const int columns = shape.count();
        rows.reserve(query.size() > 0 ? query.size() : 0);
        do {
            QSqlRecord row = shape;
            for (int i = 0; i < columns; ++i)
                row.setValue(i, query.value(i));
            rows.append(std::move(row));
        } while (query.next());
    }
    // Release the statement at once: an unfinished SQLite read keeps its snapshot open.
    query.finish();
    return rows;
}

void Database::forEachRow(const QString &sql, const QVariantList &binds,
                          const std::function<void(const Row &row)> &visit)
{
    QSqlQuery &query = run(sql, binds);
    // Finished however `visit` leaves: an unfinished SQLite read keeps its snapshot open.
    const auto finish = qScopeGuard([&query] { query.finish(); });
    // QPSQL hands out libpq's result (QSqlResult::handle(), a PGresult*: Qt 6.4 names the type
    // "pg_result*"), which Row reads; it holds every row unless the query is forward-only.
    const pg_result *pg = nullptr;
    if (isPostgres() && !query.isForwardOnly()) {
        const QVariant handle = query.result()->handle();
        if (handle.isValid()
            && (qstrcmp(handle.typeName(), "pg_result*") == 0
                || qstrcmp(handle.typeName(), "PGresult*") == 0))
            pg = *static_cast<pg_result *const *>(handle.constData());
    }
    while (query.next())
        visit(Row(query, pg));
}

std::optional<QSqlRecord> Database::selectOne(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    std::optional<QSqlRecord> row;
    if (query.next())
        row = query.record();
    query.finish();
    return row;
}

int Database::execute(const QString &sql, const QVariantList &binds)
{
    QSqlQuery &query = run(sql, binds);
    const int affected = query.numRowsAffected();
    query.finish();
    return affected;
}

void Database::executeRaw(const QString &sql)
{
    reconnectingOnce([&] {
        ensureOpen();
        QSqlQuery query(m_db);
        if (!query.exec(sql))
            fail(query.lastError(), sql);
    });
}

QVariant Database::timestamp(const QDateTime &t) const
{
    if (isPostgres())
        return t.toUTC();
    return t.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s);
}

QVariant Database::nullableTimestamp(const QDateTime &t) const
{
    if (!t.isValid())
        return QVariant(isPostgres() ? QMetaType::fromType<QDateTime>()
                                     : QMetaType::fromType<QString>());
    return timestamp(t);
}

QDateTime Database::toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().toUTC();
    const QString text = v.toString();
    if (const QDateTime t = parseTimestamp(text.toLatin1()); t.isValid())
        return t; // the stored form, read without QDateTime::fromString's parser
    QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    return t.toUTC();
}

Transaction::Transaction(Database &db) : m_db(db)
{
    if (!m_db.isPostgres() && m_db.m_writeLock)
        m_writer = std::unique_lock(*m_db.m_writeLock);
    m_db.executeRaw(m_db.isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s);
    ++m_db.m_transactions;
}

Transaction::~Transaction()
{
    if (m_done)
        return;
    --m_db.m_transactions;
    QSqlQuery q(m_db.connection());
    q.exec(u"ROLLBACK"_s);
}

void Transaction::commit()
{
    m_db.executeRaw(u"COMMIT"_s);
    m_done = true;
    --m_db.m_transactions;
    if (m_writer.owns_lock())
        m_writer.unlock();
    for (const auto &action : std::as_const(m_afterCommit))
        action();
}

} // namespace coworking
