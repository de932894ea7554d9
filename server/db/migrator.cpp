#include "migrator.h"

#include "common/apperror.h"
#include "database.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QMap<int, QString> migrationFiles(bool postgres)
{
    const QString dir = postgres ? u":/migrations/postgres"_s : u":/migrations/sqlite"_s;
    QMap<int, QString> files;
    static const QRegularExpression name(uR"(^(\d{4})_[a-z0-9_]+\.sql$)"_s);
    for (const QString &entry : QDir(dir).entryList(QDir::Files)) {
        const auto m = name.match(entry);
        if (m.hasMatch())
            files.insert(m.captured(1).toInt(), dir + u'/' + entry);
    }
    return files;
}

// SQLite executes one statement per call; the files keep one statement per ';' at a line end.
QStringList statements(const QString &script)
{
    QStringList out;
    QString current;
    for (const QString &line : script.split(u'\n')) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(u"--") || trimmed.isEmpty())
            continue;
        current += line + u'\n';
        if (trimmed.endsWith(u';')) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

} // namespace

int Migrator::latestVersion(bool postgres)
{
    const auto files = migrationFiles(postgres);
    return files.isEmpty() ? 0 : files.lastKey();
}

Migrator::Result Migrator::migrate()
{
    Result result;
    try {
        m_db.ensureOpen();
        // Several servers starting at once on one PostgreSQL migrate one after the other.
        if (m_db.isPostgres())
            m_db.executeRaw(u"SELECT pg_advisory_lock(72430001)"_s);
        m_db.executeRaw(u"CREATE TABLE IF NOT EXISTS schema_migrations ("
                        "version INTEGER PRIMARY KEY, applied_at TEXT NOT NULL)"_s);
        int current = 0;
        {
            QSqlQuery q(m_db.connection());
            if (q.exec(u"SELECT COALESCE(MAX(version), 0) FROM schema_migrations"_s) && q.next())
                current = q.value(0).toInt();
        }
        const auto files = migrationFiles(m_db.isPostgres());
        const int latest = files.isEmpty() ? 0 : files.lastKey();
        if (current > latest) {
            result.error = u"The database schema is at version %1, newer than this "
                           "program knows (%2). Upgrade coworking-server, or point "
                           "it at another database."_s.arg(current)
                                   .arg(latest);
            result.version = current;
            return result;
        }
        for (auto it = files.cbegin(); it != files.cend(); ++it) {
            if (it.key() <= current)
                continue;
            QFile file(it.value());
            if (!file.open(QIODevice::ReadOnly)) {
                result.error = u"cannot read migration "_s + it.value();
                return result;
            }
            const QString script = QString::fromUtf8(file.readAll());
            Transaction tx(m_db);
            for (const QString &statement : statements(script)) {
                QSqlQuery q(m_db.connection());
                if (!q.exec(statement)) {
                    result.error =
                            u"migration %1 failed: %2"_s.arg(it.key()).arg(q.lastError().text());
                    return result;
                }
            }
            QSqlQuery record(m_db.connection());
            record.prepare(u"INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)"_s);
            record.addBindValue(it.key());
            record.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            if (!record.exec()) {
                result.error = record.lastError().text();
                return result;
            }
            tx.commit();
            ++result.appliedCount;
            current = it.key();
        }
        result.version = current;
        result.ok = true;
    } catch (const AppError &e) {
        result.error = u"cannot reach the database: "_s + e.message();
    } catch (const ConstraintViolation &) {
        result.error = u"another process is migrating the same database"_s;
    }
    return result;
}

} // namespace coworking
