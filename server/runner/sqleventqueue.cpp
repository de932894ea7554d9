#include "sqleventqueue.h"

#include "database.h"
#include "sqloutbox.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

QList<OutboxEvent> SqlEventQueue::claim(const QString &runnerId, const QDateTime &now,
                                        const QDateTime &leaseUntil, int limit)
{
    // One statement: the rows it returns are exactly the ones this runner now holds.
    // PostgreSQL skips rows another runner is claiming at this instant; SQLite has one writer.
    const QString sql =
            u"UPDATE outbox_events SET locked_by = ?, locked_until = ? WHERE id IN ("
            "SELECT id FROM outbox_events WHERE state = 'pending' AND next_attempt_at <= ? "
            "AND (locked_until IS NULL OR locked_until < ?) "
            "ORDER BY next_attempt_at, created_at LIMIT ?%1) RETURNING %2"_s.arg(
                    m_db.isPostgres() ? u" FOR UPDATE SKIP LOCKED"_s : QString(),
                    SqlOutbox::Columns);
    Transaction tx(m_db);
    const QList<QSqlRecord> rows = m_db.select(sql,
                                               { runnerId, m_db.timestamp(leaseUntil),
                                                 m_db.timestamp(now), m_db.timestamp(now), limit });
    tx.commit();
    QList<OutboxEvent> events;
    events.reserve(rows.size());
    for (const QSqlRecord &row : rows)
        events.append(SqlOutbox::fromRecord(row));
    // RETURNING keeps no order.
    std::sort(events.begin(), events.end(), [](const OutboxEvent &a, const OutboxEvent &b) {
        return a.nextAttemptAt != b.nextAttemptAt ? a.nextAttemptAt < b.nextAttemptAt
                                                  : a.createdAt < b.createdAt;
    });
    return events;
}

bool SqlEventQueue::markDone(const QString &id, const QString &runnerId, const QDateTime &now)
{
    return m_db.execute(u"UPDATE outbox_events SET state = 'done', handled_at = ?, "
                        "locked_by = NULL, locked_until = NULL "
                        "WHERE id = ? AND state = 'pending' AND locked_by = ?"_s,
                        { m_db.timestamp(now), id, runnerId })
            == 1;
}

bool SqlEventQueue::markFailed(const QString &id, const QString &runnerId, const QString &error,
                               const QDateTime &retryAt, bool dead)
{
    return m_db.execute(u"UPDATE outbox_events SET attempts = attempts + 1, last_error = ?, "
                        "next_attempt_at = ?, state = ?, locked_by = NULL, locked_until = NULL "
                        "WHERE id = ? AND state = 'pending' AND locked_by = ?"_s,
                        { error.left(2000), m_db.timestamp(retryAt),
                          dead ? u"dead"_s : u"pending"_s, id, runnerId })
            == 1;
}

} // namespace coworking
