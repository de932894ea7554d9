#include "sqlspotrepository.h"

#include "db/database.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, coworking_id, name, description, position, is_active, map_x, "
                         "map_y, map_width, map_height, map_rotation"_s;

QVariant nullableDouble(const std::optional<SpotPlacement> &map, double SpotPlacement::*field)
{
    if (!map)
        return QVariant(QMetaType::fromType<double>());
    return (*map).*field;
}

// A null QString binds as SQL NULL; the text columns are NOT NULL with '' for "none".
QString text(const QString &s)
{
    return s.isNull() ? u""_s : s;
}

} // namespace

Spot SqlSpotRepository::fromRecord(const QSqlRecord &r)
{
    Spot s;
    s.id = r.value("id"_L1).toString();
    s.coworkingId = r.value("coworking_id"_L1).toString();
    s.name = r.value("name"_L1).toString();
    s.description = r.value("description"_L1).toString();
    s.position = r.value("position"_L1).toInt();
    s.active = r.value("is_active"_L1).toBool();
    if (!r.value("map_x"_L1).isNull()) {
        s.map = SpotPlacement{ r.value("map_x"_L1).toDouble(), r.value("map_y"_L1).toDouble(),
                               r.value("map_width"_L1).toDouble(),
                               r.value("map_height"_L1).toDouble(),
                               r.value("map_rotation"_L1).toDouble() };
    }
    return s;
}

// In the order of kColumns after id, coworking_id.
QVariantList SqlSpotRepository::fieldValues(const Spot &spot) const
{
    return { text(spot.name),
             text(spot.description),
             spot.position,
             m_db.boolean(spot.active),
             nullableDouble(spot.map, &SpotPlacement::x),
             nullableDouble(spot.map, &SpotPlacement::y),
             nullableDouble(spot.map, &SpotPlacement::width),
             nullableDouble(spot.map, &SpotPlacement::height),
             nullableDouble(spot.map, &SpotPlacement::rotation) };
}

void SqlSpotRepository::insertMany(const QList<Spot> &spots)
{
    const QString sql =
            u"INSERT INTO spots ("_s + kColumns + u") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s;
    Transaction transaction(m_db);
    for (const Spot &spot : spots) {
        QVariantList binds{ spot.id, spot.coworkingId };
        binds += fieldValues(spot);
        m_db.execute(sql, binds);
    }
    transaction.commit();
}

void SqlSpotRepository::update(const Spot &spot)
{
    QVariantList binds = fieldValues(spot);
    binds.append(spot.id);
    m_db.execute(u"UPDATE spots SET name = ?, description = ?, position = ?, is_active = ?, "
                 "map_x = ?, map_y = ?, map_width = ?, map_height = ?, map_rotation = ? "
                 "WHERE id = ?"_s,
                 binds);
}

std::optional<Spot> SqlSpotRepository::find(const QString &id)
{
    const auto row =
            m_db.selectOne(u"SELECT "_s + kColumns + u" FROM spots WHERE id = ?"_s, { id });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

QList<Spot> SqlSpotRepository::listByCoworking(const QString &coworkingId)
{
    const auto rows = m_db.select(u"SELECT "_s + kColumns
                                          + u" FROM spots WHERE coworking_id = ? "
                                            "ORDER BY position, name, id"_s,
                                  { coworkingId });
    QList<Spot> spots;
    spots.reserve(rows.size());
    for (const QSqlRecord &r : rows)
        spots.append(fromRecord(r));
    return spots;
}

void SqlSpotRepository::remove(const QString &id)
{
    m_db.execute(u"DELETE FROM spots WHERE id = ?"_s, { id });
}

} // namespace coworking
