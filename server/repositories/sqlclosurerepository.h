#pragma once

#include "closures/closurerepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;

// Closures in SQLite or PostgreSQL (migration 0010): dates and times of day as text.
class SqlClosureRepository final : public ClosureRepository
{
    Q_DISABLE_COPY_MOVE(SqlClosureRepository)
public:
    explicit SqlClosureRepository(Database &db) : m_db(db) { }

    QList<Closure> list(const QString &coworkingId, QDate from, QDate until) override;
    std::optional<Closure> find(const QString &coworkingId, const QString &id) override;
    bool insert(const Closure &closure) override;
    bool remove(const QString &coworkingId, const QString &id) override;

private:
    static Closure fromRecord(const QSqlRecord &r);

    Database &m_db;
};

} // namespace coworking
