#pragma once

#include "stats/statsrepository.h"

namespace coworking {

class Database;

// Occupancy figures in SQLite or PostgreSQL, summed by the database. The pieces of opening time
// travel as one JSON parameter (json_each / jsonb_to_recordset), so the statement stays one
// prepared text whatever the range; each piece finds its bookings with one range scan of the
// (coworking_id, time_from) index, and the local-hour buckets are arithmetic on epoch seconds
// from the piece's hour zero, so neither database needs to know the coworking's time zone.
class SqlStatsRepository final : public StatsRepository
{
    Q_DISABLE_COPY_MOVE(SqlStatsRepository)
public:
    explicit SqlStatsRepository(Database &db) : m_db(db) { }

    QList<BookedTime> bookedTime(const QString &coworkingId,
                                 const QList<OpenPiece> &pieces) override;
    QList<BookingCounts> bookingCounts(const QString &coworkingId, const TimeRange &range,
                                       bool checkinRequired, const QDateTime &now) override;

private:
    Database &m_db;
};

} // namespace coworking
