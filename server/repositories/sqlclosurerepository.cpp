#include "sqlclosurerepository.h"

#include "common/datetime.h"
#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, coworking_id, date, opens_at, closes_at, reason, created_at"_s;

QVariant timeOrNull(const QTime &t)
{
    return t.isValid() ? QVariant(datetime::timeOfDayToString(t))
                       : QVariant(QMetaType(QMetaType::QString));
}

QTime timeOf(const QVariant &v)
{
    if (v.isNull())
        return {};
    return datetime::parseTimeOfDay(v.toString()).value_or(QTime());
}

} // namespace

Closure SqlClosureRepository::fromRecord(const QSqlRecord &r)
{
    Closure c;
    c.id = r.value("id"_L1).toString();
    c.coworkingId = r.value("coworking_id"_L1).toString();
    c.date = datetime::parseDate(r.value("date"_L1).toString()).value_or(QDate());
    c.opensAt = timeOf(r.value("opens_at"_L1));
    c.closesAt = timeOf(r.value("closes_at"_L1));
    c.reason = r.value("reason"_L1).toString();
    c.createdAt = Database::toDateTime(r.value("created_at"_L1));
    return c;
}

QList<Closure> SqlClosureRepository::list(const QString &coworkingId, QDate from, QDate until)
{
    const QList<QSqlRecord> rows = m_db.select(
            u"SELECT "_s + kColumns
                    + u" FROM closures WHERE coworking_id = ? AND date >= ? AND "
                      "date <= ? ORDER BY date, id"_s,
            { coworkingId, datetime::dateToString(from), datetime::dateToString(until) });
    QList<Closure> closures;
    closures.reserve(rows.size());
    for (const QSqlRecord &r : rows)
        closures.append(fromRecord(r));
    return closures;
}

std::optional<Closure> SqlClosureRepository::find(const QString &coworkingId, const QString &id)
{
    const auto row = m_db.selectOne(u"SELECT "_s + kColumns
                                            + u" FROM closures WHERE id = ? AND coworking_id = ?"_s,
                                    { id, coworkingId });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

bool SqlClosureRepository::insert(const Closure &c)
{
    return m_db.execute(u"INSERT INTO closures (id, coworking_id, date, opens_at, closes_at, "
                        "reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (coworking_id, date) DO NOTHING"_s,
                        { c.id, c.coworkingId, datetime::dateToString(c.date),
                          timeOrNull(c.opensAt), timeOrNull(c.closesAt),
                          // A null QString binds NULL; no reason is an empty one.
                          c.reason.isNull() ? u""_s : c.reason, m_db.timestamp(c.createdAt) })
            > 0;
}

bool SqlClosureRepository::remove(const QString &coworkingId, const QString &id)
{
    return m_db.execute(u"DELETE FROM closures WHERE id = ? AND coworking_id = ?"_s,
                        { id, coworkingId })
            > 0;
}

} // namespace coworking
