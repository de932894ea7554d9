#pragma once

#include "events/eventpublisher.h"
#include "events/outboxrepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;
class Transaction;

// The outbox_events table. Repositories append events inside the transaction of the change they
// record; the events go to the EventPublisher only once that transaction has committed.
class SqlOutbox final : public OutboxRepository
{
    Q_DISABLE_COPY_MOVE(SqlOutbox)
public:
    SqlOutbox(Database &db, EventPublisher &publisher) : m_db(db), m_publisher(publisher) { }

    // Inside `tx` (open on this outbox's database).
    void append(Transaction &tx, const QList<OutboxEvent> &events);

    Page<OutboxEvent> list(const EventFilter &filter, const PageRequest &page) override;
    std::optional<OutboxEvent> find(const QString &id) override;
    bool retry(const QString &id, const QDateTime &now) override;

    // Every column in the order fromRecord reads them, payload as text on both dialects.
    static const QString Columns;
    static OutboxEvent fromRecord(const QSqlRecord &r);

private:
    Database &m_db;
    EventPublisher &m_publisher;
};

} // namespace coworking
