#include "bookingjobs.h"

#include "sqlbookingrepository.h"
#include "database.h"
#include "events/outboxevent.h"
#include "sqloutbox.h"

using namespace Qt::StringLiterals;

namespace coworking {

int BookingJobs::expireEnded(const QDateTime &now)
{
    return run(Job::Expire, now, 0);
}

int BookingJobs::remindUpcoming(const QDateTime &now, int leadMinutes)
{
    return run(Job::Remind, now, leadMinutes);
}

int BookingJobs::releaseNoShows(const QDateTime &now)
{
    return run(Job::Release, now, 0);
}

int BookingJobs::run(Job job, const QDateTime &now, int leadMinutes)
{
    int total = 0;
    for (;;) {
        const int changed = runChunk(job, now, leadMinutes);
        total += changed;
        if (changed < ChunkSize)
            return total;
    }
}

int BookingJobs::runChunk(Job job, const QDateTime &now, int leadMinutes)
{
    const bool pg = m_db.isPostgres();
    // The inner SELECT picks a chunk (PostgreSQL: skipping rows another runner holds); the
    // outer WHERE repeats the conditions that a concurrent change (a cancel, a check-in) may
    // have falsified meanwhile.
    QString sql;
    QVariantList binds;
    QString eventType;
    QJsonObject extra;
    const QVariant at = m_db.timestamp(now);
    switch (job) {
    case Job::Expire:
        sql = u"UPDATE bookings SET status = 'expired' WHERE id IN (SELECT id FROM bookings "
              "WHERE status = 'active' AND time_until <= ? ORDER BY time_until LIMIT ?%1) "
              "AND status = 'active' RETURNING %2"_s;
        binds = { at, ChunkSize };
        eventType = EventTypes::BookingExpired;
        break;
    case Job::Remind:
        sql = u"UPDATE bookings SET reminder_sent_at = ? WHERE id IN (SELECT id FROM bookings "
              "WHERE status = 'active' AND reminder_sent_at IS NULL AND time_from > ? "
              "AND time_from <= ? ORDER BY time_from LIMIT ?%1) "
              "AND status = 'active' AND reminder_sent_at IS NULL RETURNING %2"_s;
        binds = { at, at, m_db.timestamp(now.addSecs(qint64(leadMinutes) * 60)), ChunkSize };
        eventType = EventTypes::BookingReminder;
        break;
    case Job::Release: {
        // The release moment, time_from + the coworking's auto_release_minutes, in SQL: SQLite
        // stores times as "YYYY-MM-DDTHH:MM:SS.SSSZ" text, which strftime writes back alike.
        const QString releaseAt = pg
                ? u"b.time_from + c.auto_release_minutes * interval '1 minute'"_s
                : u"strftime('%Y-%m-%dT%H:%M:%fZ', b.time_from, "
                  "'+' || c.auto_release_minutes || ' minutes')"_s;
        sql = u"UPDATE bookings SET status = 'cancelled', cancel_reason = 'no_show', "
              "cancelled_at = ?, revision = revision + 1 WHERE id IN (SELECT b.id FROM bookings b "
              "JOIN coworkings c ON c.id = b.coworking_id WHERE b.status = 'active' "
              "AND b.checked_in_at IS NULL AND c.checkin_required = ? AND b.time_until > ? "
              "AND b.time_from <= ? AND "_s
                + releaseAt
                + u" <= ? ORDER BY b.time_from LIMIT ?%1) AND status = 'active' "
                  "AND checked_in_at IS NULL RETURNING %2"_s;
        binds = { at, m_db.boolean(true), at, at, at, ChunkSize };
        eventType = EventTypes::BookingCancelled;
        extra.insert(u"reason"_s, CancelReasons::NoShow);
        break;
    }
    }
    // With a join, PostgreSQL must be told which table's rows to lock.
    const QString lockClause = !pg ? QString()
            : job == Job::Release  ? u" FOR UPDATE OF b SKIP LOCKED"_s
                                   : u" FOR UPDATE SKIP LOCKED"_s;
    sql = sql.arg(lockClause, SqlBookingRepository::columns());

    Transaction tx(m_db);
    const QList<QSqlRecord> rows = m_db.select(sql, binds);
    QList<OutboxEvent> events;
    events.reserve(rows.size());
    const EventOrigin origin{ QString(), now }; // the system did it
    for (const QSqlRecord &row : rows)
        events.append(
                bookingEvent(eventType, SqlBookingRepository::fromRecord(row), origin, extra));
    m_outbox.append(tx, events);
    tx.commit();
    return int(rows.size());
}

} // namespace coworking
