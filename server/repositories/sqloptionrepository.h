#pragma once

#include "options/optionrepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;

// Options in SQLite or PostgreSQL.
class SqlOptionRepository final : public OptionRepository
{
    Q_DISABLE_COPY_MOVE(SqlOptionRepository)
public:
    explicit SqlOptionRepository(Database &db) : m_db(db) { }

    void insert(const Option &option) override;
    std::optional<Option> find(const QString &id) override;
    // By name.
    QList<Option> list(const QString &coworkingId) override;
    // The options found, in the order of `ids`; unknown ids are left out.
    QList<Option> findMany(const QStringList &ids) override;
    // booking_options rows go with it (ON DELETE CASCADE), of past bookings as well: a past
    // booking stops listing a deleted option.
    void remove(const QString &id) override;

private:
    static Option fromRecord(const QSqlRecord &r);

    Database &m_db;
};

} // namespace coworking
