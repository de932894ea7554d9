#include "sqlspotrepository.h"

#include "db/database.h"
#include "events/sqloutbox.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, coworking_id, name, description, position, is_active, map_x, "
                         "map_y, map_width, map_height, map_rotation"_s;
// Positions in kColumns, which every query here selects first: looking fields up by name cost a
// sixth of a 200-spot availability answer (QSqlRecord::indexOf compares every name).
enum Column { Id, CoworkingId, Name, Description, Position, IsActive, MapX, MapY, MapWidth,
              MapHeight, MapRotation };

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
    s.id = r.value(Id).toString();
    s.coworkingId = r.value(CoworkingId).toString();
    s.name = r.value(Name).toString();
    s.description = r.value(Description).toString();
    s.position = r.value(Position).toInt();
    s.active = r.value(IsActive).toBool();
    if (!r.value(MapX).isNull()) {
        s.map = SpotPlacement{ r.value(MapX).toDouble(), r.value(MapY).toDouble(),
                               r.value(MapWidth).toDouble(), r.value(MapHeight).toDouble(),
                               r.value(MapRotation).toDouble() };
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

void SqlSpotRepository::update(const Spot &spot, const EventOrigin &origin)
{
    Transaction tx(m_db);
    // The status before, read under the row lock, tells whether this is a status change.
    const auto before = m_db.selectOne(m_db.isPostgres()
                                               ? u"SELECT is_active FROM spots WHERE id = ? FOR UPDATE"_s
                                               : u"SELECT is_active FROM spots WHERE id = ?"_s,
                                       { spot.id });
    QVariantList binds = fieldValues(spot);
    binds.append(spot.id);
    m_db.execute(u"UPDATE spots SET name = ?, description = ?, position = ?, is_active = ?, "
                 "map_x = ?, map_y = ?, map_width = ?, map_height = ?, map_rotation = ? "
                 "WHERE id = ?"_s,
                 binds);
    if (before && before->value(0).toBool() != spot.active)
        m_outbox.append(tx, { spotStatusEvent(spot, spot.active ? u"active"_s : u"inactive"_s,
                                              origin) });
    tx.commit();
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

void SqlSpotRepository::remove(const QString &id, const EventOrigin &origin)
{
    Transaction tx(m_db);
    const auto row = m_db.selectOne(u"DELETE FROM spots WHERE id = ? RETURNING "_s + kColumns, { id });
    if (row)
        m_outbox.append(tx, { spotStatusEvent(fromRecord(*row), u"deleted"_s, origin) });
    tx.commit();
}

} // namespace coworking
