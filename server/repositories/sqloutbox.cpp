#include "sqloutbox.h"

#include "database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

enum Column { Id, Type, Payload, CreatedAt, State, Attempts, NextAttemptAt, LastError, HandledAt };

} // namespace

const QString SqlOutbox::Columns =
        u"id, type, CAST(payload AS TEXT), created_at, state, attempts, next_attempt_at, "
        "last_error, handled_at"_s;

OutboxEvent SqlOutbox::fromRecord(const QSqlRecord &r)
{
    OutboxEvent e;
    e.id = r.value(Id).toString();
    e.type = r.value(Type).toString();
    e.payload = QJsonDocument::fromJson(r.value(Payload).toString().toUtf8()).object();
    e.createdAt = Database::toDateTime(r.value(CreatedAt));
    e.state = eventStateFromString(r.value(State).toString()).value_or(EventState::Pending);
    e.attempts = r.value(Attempts).toInt();
    e.nextAttemptAt = Database::toDateTime(r.value(NextAttemptAt));
    e.lastError = r.value(LastError).toString();
    e.handledAt = Database::toDateTime(r.value(HandledAt));
    return e;
}

void SqlOutbox::append(Transaction &tx, const QList<OutboxEvent> &events)
{
    if (events.isEmpty())
        return;
    for (const OutboxEvent &e : events) {
        // PostgreSQL types the bound text from the jsonb column it goes into.
        m_db.execute(u"INSERT INTO outbox_events (id, type, payload, created_at, "
                     "state, attempts, next_attempt_at) "
                     "VALUES (?, ?, ?, ?, 'pending', 0, ?)"_s,
                     { e.id, e.type,
                       QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)),
                       m_db.timestamp(e.createdAt), m_db.timestamp(e.nextAttemptAt) });
    }
    tx.afterCommit([this, events] { m_publisher.publish(events); });
}

Page<OutboxEvent> SqlOutbox::list(const EventFilter &filter, const PageRequest &page)
{
    // Fixed fragments chosen here; only values are bound.
    QStringList where;
    QVariantList binds;
    if (filter.state) {
        where.append(u"state = ?"_s);
        binds.append(toString(*filter.state));
    }
    if (!filter.type.isEmpty()) {
        where.append(u"type = ?"_s);
        binds.append(filter.type);
    }
    const QString whereSql = where.isEmpty() ? QString() : u" WHERE "_s + where.join(u" AND "_s);

    Page<OutboxEvent> result;
    if (const auto row = m_db.selectOne(u"SELECT COUNT(*) FROM outbox_events"_s + whereSql, binds))
        result.total = row->value(0).toLongLong();
    QVariantList pageBinds = binds;
    pageBinds << page.count << page.offset();
    const QList<QSqlRecord> rows =
            m_db.select(u"SELECT %1 FROM outbox_events%2 ORDER BY created_at DESC, id "
                        "LIMIT ? OFFSET ?"_s.arg(Columns, whereSql),
                        pageBinds);
    for (const QSqlRecord &r : rows)
        result.items.append(fromRecord(r));
    return result;
}

std::optional<OutboxEvent> SqlOutbox::find(const QString &id)
{
    const auto row =
            m_db.selectOne(u"SELECT %1 FROM outbox_events WHERE id = ?"_s.arg(Columns), { id });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

bool SqlOutbox::retry(const QString &id, const QDateTime &now)
{
    return m_db.execute(u"UPDATE outbox_events SET state = 'pending', attempts = 0, "
                        "next_attempt_at = ?, locked_by = NULL, "
                        "locked_until = NULL WHERE id = ? AND state = 'dead'"_s,
                        { m_db.timestamp(now), id })
            == 1;
}

} // namespace coworking
