#pragma once

#include "bookings/bookingrepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;
class SqlOutbox;

// Bookings in SQLite or PostgreSQL. No double booking under any concurrency: PostgreSQL's
// exclusion constraint bookings_no_overlap decides spot conflicts (INSERT ... ON CONFLICT DO
// NOTHING), and a transaction-scoped advisory lock per user serialises the per-user rules;
// SQLite takes the write lock at BEGIN IMMEDIATE and checks everything inside it.
//
// activeInCoworking() leaves Booking::options empty (floor views do not need them); every other
// read loads them.
class SqlBookingRepository final : public BookingRepository
{
    Q_DISABLE_COPY_MOVE(SqlBookingRepository)
public:
    SqlBookingRepository(Database &db, SqlOutbox &outbox) : m_db(db), m_outbox(outbox) { }

    BookingWriteResult create(const Booking &booking, int maxActivePerUser, const QDateTime &now,
                              const EventOrigin &origin, OverlapScope overlap) override;
    BookingWriteResult reschedule(const QString &bookingId, const QString &spotId,
                                  const TimeRange &range, const EventOrigin &origin,
                                  OverlapScope overlap) override;

    std::optional<Booking> find(const QString &id) override;
    std::optional<Booking> findByCode(const QString &coworkingId, const QString &code) override;
    Page<Booking> list(const BookingFilter &filter, const PageRequest &page,
                       const QDateTime &now) override;
    QList<Booking> activeInCoworking(const QString &coworkingId, const TimeRange &range) override;
    QSet<QString> busySpotsInCoworking(const QString &coworkingId, const TimeRange &range) override;
    QList<Booking> activeOnSpot(const QString &spotId, const TimeRange &range) override;
    std::optional<QString> findFreeSpot(const QString &coworkingId, const TimeRange &range,
                                        const QString &exceptSpotId) override;

    bool cancel(const QString &id, const QString &reason, const QString &note,
                const EventOrigin &origin) override;
    bool checkIn(const QString &id, const EventOrigin &origin) override;
    void addOption(const QString &bookingId, const QString &optionId) override;
    void removeOption(const QString &bookingId, const QString &optionId) override;

    int countFutureActive(BookingScope scope, const QString &id, const QDateTime &now) override;
    QStringList cancelFuture(BookingScope scope, const QString &id, const QString &reason,
                             const EventOrigin &origin) override;

    // The columns every booking read selects first, in the order fromRecord() reads them; for
    // the runner's jobs, which change bookings in statements of their own.
    static const QString &columns();
    static Booking fromRecord(const QSqlRecord &r);

    // "FROM bookings WHERE" the active bookings of a coworking that overlap `range`, in the form
    // whose index serves whole floors, with its binds: the floor reads here and of spots.
    struct Clause
    {
        QString sql;
        QVariantList binds;
    };
    static Clause activeInCoworkingClause(const Database &db, const QString &coworkingId,
                                          const TimeRange &range);

private:
    bool codeTaken(const QString &code);
    bool activeOverlap(const QString &column, const QString &value, const TimeRange &range,
                       const QString &exceptId, const QString &coworkingId = {});
    QList<Booking> readBookings(const QString &sql, const QVariantList &binds, bool withOptions);
    void loadOptions(QList<Booking> &bookings);
    void insertOptions(const QString &bookingId, const QStringList &optionIds);

    void lockUser(const QString &userId);
    // `coworkingId` empty: the user's bookings anywhere; otherwise only in that coworking.
    bool userOverlaps(const QString &userId, const TimeRange &range, const QString &exceptId,
                      const QString &coworkingId);
    bool spotOverlaps(const QString &spotId, const TimeRange &range, const QString &exceptId);
    struct UserStanding
    {
        bool overlaps = false; // an active booking of the user overlaps the range
        qint64 active = 0; // the user's future active bookings in the coworking
    };
    UserStanding userStanding(const QString &userId, const QString &coworkingId,
                              const TimeRange &range, const QDateTime &now, OverlapScope overlap);

    Database &m_db;
    SqlOutbox &m_outbox;
};

} // namespace coworking
