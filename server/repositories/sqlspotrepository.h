#pragma once

#include "spots/spotrepository.h"

#include <QVariantList>

namespace coworking {

class Database;
class SqlOutbox;

// Spots in SQLite or PostgreSQL; a spot's place on the floor plan is five nullable columns,
// all set or all null.
class SqlSpotRepository final : public SpotRepository
{
    Q_DISABLE_COPY_MOVE(SqlSpotRepository)
public:
    SqlSpotRepository(Database &db, SqlOutbox &outbox) : m_db(db), m_outbox(outbox) { }

    void insertMany(const QList<Spot> &spots) override;
    void update(const Spot &spot, const EventOrigin &origin) override;
    std::optional<Spot> find(const QString &id) override;
    std::optional<SpotInCoworking> findWithCoworking(const QString &id) override;
    // By position, then name.
    QList<Spot> listByCoworking(const QString &coworkingId) override;
    std::optional<QList<SpotAvailability>>
    availabilityInCoworking(const QString &coworkingId, const TimeRange &window) override;
    // Its bookings go with it (ON DELETE CASCADE).
    void remove(const QString &id, const EventOrigin &origin) override;

private:
    QVariantList fieldValues(const Spot &spot) const;

    Database &m_db;
    SqlOutbox &m_outbox;
};

} // namespace coworking
