#include "sqlspotrepository.h"

#include "sqlbookingrepository.h"
#include "sqlcoworkingrepository.h"
#include "database.h"
#include "sqloutbox.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString kColumns = u"id, coworking_id, name, description, position, is_active, map_x, "
                         "map_y, map_width, map_height, map_rotation"_s;
// Positions in kColumns, which every query here selects first: looking fields up by name cost a
// sixth of a 200-spot availability answer (QSqlRecord::indexOf compares every name).
enum Column {
    Id,
    CoworkingId,
    Name,
    Description,
    Position,
    IsActive,
    MapX,
    MapY,
    MapWidth,
    MapHeight,
    MapRotation
};

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

// `coworkingId`, when the query's condition fixes it, spares reading it from every row.
Spot spotFrom(const Row &r, const QString &coworkingId = {})
{
    Spot s;
    s.id = r.text(Id);
    s.coworkingId = coworkingId.isNull() ? r.text(CoworkingId) : coworkingId;
    s.name = r.text(Name);
    s.description = r.text(Description);
    s.position = r.integer(Position);
    s.active = r.boolean(IsActive);
    if (!r.isNull(MapX)) {
        s.map = SpotPlacement{ r.real(MapX), r.real(MapY), r.real(MapWidth), r.real(MapHeight),
                               r.real(MapRotation) };
    }
    return s;
}

} // namespace

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
    const auto before = m_db.selectOne(
            m_db.isPostgres() ? u"SELECT is_active FROM spots WHERE id = ? FOR UPDATE"_s
                              : u"SELECT is_active FROM spots WHERE id = ?"_s,
            { spot.id });
    QVariantList binds = fieldValues(spot);
    binds.append(spot.id);
    m_db.execute(u"UPDATE spots SET name = ?, description = ?, position = ?, is_active = ?, "
                 "map_x = ?, map_y = ?, map_width = ?, map_height = ?, map_rotation = ? "
                 "WHERE id = ?"_s,
                 binds);
    if (before && before->value(0).toBool() != spot.active)
        m_outbox.append(
                tx, { spotStatusEvent(spot, spot.active ? u"active"_s : u"inactive"_s, origin) });
    tx.commit();
}

std::optional<Spot> SqlSpotRepository::find(const QString &id)
{
    std::optional<Spot> spot;
    m_db.forEachRow(u"SELECT "_s + kColumns + u" FROM spots WHERE id = ?"_s, { id },
                    [&spot](const Row &row) { spot = spotFrom(row); });
    return spot;
}

std::optional<SpotInCoworking> SqlSpotRepository::findWithCoworking(const QString &id)
{
    std::optional<SpotInCoworking> found;
    m_db.forEachRow(u"SELECT s.id, s.coworking_id, s.name, s.description, s.position, "
                    "s.is_active, s.map_x, s.map_y, s.map_width, s.map_height, s.map_rotation, "_s
                            + SqlCoworkingRepository::columns(u"c")
                            + u" FROM spots s JOIN coworkings c ON c.id = s.coworking_id "
                              "WHERE s.id = ?"_s,
                    { id }, [&found](const Row &row) {
                        found = SpotInCoworking{
                            spotFrom(row), SqlCoworkingRepository::fromRow(row, MapRotation + 1)
                        };
                    });
    return found;
}

QList<Spot> SqlSpotRepository::listByCoworking(const QString &coworkingId)
{
    QList<Spot> spots;
    m_db.forEachRow(u"SELECT "_s + kColumns
                            + u" FROM spots WHERE coworking_id = ? ORDER BY position, name, id"_s,
                    { coworkingId },
                    [&](const Row &row) { spots.append(spotFrom(row, coworkingId)); });
    return spots;
}

std::optional<QList<SpotAvailability>>
SqlSpotRepository::availabilityInCoworking(const QString &coworkingId, const TimeRange &window)
{
    // The coworking, its spots and the busy ones in one statement: the coworking row tells a
    // missing coworking (no row) from an empty floor (one row of NULLs), and the uncorrelated
    // IN runs once (PostgreSQL hashes it, SQLite lists it) on the index of floor reads.
    const auto busy = SqlBookingRepository::activeInCoworkingClause(m_db, coworkingId, window);
    QVariantList binds = busy.binds;
    binds.append(coworkingId);
    constexpr int Busy = MapRotation + 1;
    std::optional<QList<SpotAvailability>> floor;
    m_db.forEachRow(u"SELECT s.id, s.coworking_id, s.name, s.description, s.position, "
                    "s.is_active, s.map_x, s.map_y, s.map_width, s.map_height, s.map_rotation, "
                    "s.id IN (SELECT spot_id "_s
                            + busy.sql
                            + u") AS busy FROM coworkings c LEFT JOIN spots s "
                              "ON s.coworking_id = c.id WHERE c.id = ? "
                              "ORDER BY s.position, s.name, s.id"_s,
                    binds, [&](const Row &row) {
                        if (!floor)
                            floor.emplace().reserve(row.resultSize());
                        if (!row.isNull(Id))
                            floor->append({ spotFrom(row, coworkingId), !row.boolean(Busy) });
                    });
    return floor;
}

void SqlSpotRepository::remove(const QString &id, const EventOrigin &origin)
{
    Transaction tx(m_db);
    // Read inside the transaction that deletes it, for the event's name and coworking.
    const std::optional<Spot> spot = find(id);
    if (m_db.execute(u"DELETE FROM spots WHERE id = ?"_s, { id }) == 1 && spot)
        m_outbox.append(tx, { spotStatusEvent(*spot, u"deleted"_s, origin) });
    tx.commit();
}

} // namespace coworking
