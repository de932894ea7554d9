#include "sqloptionrepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

Option SqlOptionRepository::fromRecord(const QSqlRecord &r)
{
    return Option{ r.value("id"_L1).toString(), r.value("coworking_id"_L1).toString(),
                   r.value("name"_L1).toString() };
}

void SqlOptionRepository::insert(const Option &option)
{
    m_db.execute(u"INSERT INTO options (id, coworking_id, name) VALUES (?, ?, ?)"_s,
                 { option.id, option.coworkingId, option.name });
}

std::optional<Option> SqlOptionRepository::find(const QString &id)
{
    const auto row =
            m_db.selectOne(u"SELECT id, coworking_id, name FROM options WHERE id = ?"_s, { id });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

QList<Option> SqlOptionRepository::list(const QString &coworkingId)
{
    const QList<QSqlRecord> rows = coworkingId.isEmpty()
            ? m_db.select(u"SELECT id, coworking_id, name FROM options ORDER BY name, id"_s)
            : m_db.select(u"SELECT id, coworking_id, name FROM options WHERE coworking_id = ? "
                          "ORDER BY name, id"_s,
                          { coworkingId });
    QList<Option> options;
    options.reserve(rows.size());
    for (const QSqlRecord &r : rows)
        options.append(fromRecord(r));
    return options;
}

QList<Option> SqlOptionRepository::findMany(const QStringList &ids)
{
    // A booking carries a few options: one cached statement per id beats a statement text per
    // list length.
    QList<Option> options;
    for (const QString &id : ids) {
        if (auto option = find(id))
            options.append(*option);
    }
    return options;
}

void SqlOptionRepository::remove(const QString &id)
{
    m_db.execute(u"DELETE FROM options WHERE id = ?"_s, { id });
}

} // namespace coworking
