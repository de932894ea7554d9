#pragma once

#include "events/outboxevent.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace coworking {

class Database;

// The runner's side of outbox_events: claiming due events under a lease, and recording what
// became of them. Several runners may share one PostgreSQL database (SKIP LOCKED); on SQLite
// the claim runs inside BEGIN IMMEDIATE.
class SqlEventQueue final
{
    Q_DISABLE_COPY_MOVE(SqlEventQueue)
public:
    explicit SqlEventQueue(Database &db) : m_db(db) { }

    // Up to `limit` pending events due at `now` whose lease (if any) ran out, leased to
    // `runnerId` until `leaseUntil`; oldest due first.
    QList<OutboxEvent> claim(const QString &runnerId, const QDateTime &now,
                             const QDateTime &leaseUntil, int limit);
    // False when the lease was lost meanwhile (another runner has the event now).
    bool markDone(const QString &id, const QString &runnerId, const QDateTime &now);
    // attempts + 1; pending again at `retryAt`, or dead when `dead`.
    bool markFailed(const QString &id, const QString &runnerId, const QString &error,
                    const QDateTime &retryAt, bool dead);

private:
    Database &m_db;
};

} // namespace coworking
