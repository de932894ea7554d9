#include "sqlnotificationrepository.h"

#include "database.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {
// data is read as text on both dialects (jsonb has no Qt type of its own).
const QString kColumns = u"id, user_id, type, title, body, CAST(data AS TEXT) AS data, "
                         "created_at, read_at"_s;
} // namespace

Notification SqlNotificationRepository::fromRecord(const QSqlRecord &r)
{
    Notification n;
    n.id = r.value("id"_L1).toString();
    n.userId = r.value("user_id"_L1).toString();
    n.type = notificationTypeFromName(r.value("type"_L1).toString())
                     .value_or(NotificationType::System);
    n.title = r.value("title"_L1).toString();
    n.body = r.value("body"_L1).toString();
    n.data = QJsonDocument::fromJson(r.value("data"_L1).toString().toUtf8()).object();
    n.createdAt = Database::toDateTime(r.value("created_at"_L1));
    n.readAt = Database::toDateTime(r.value("read_at"_L1));
    return n;
}

void SqlNotificationRepository::insert(const Notification &n)
{
    // PostgreSQL types the bound text from the jsonb column it goes into.
    m_db.execute(u"INSERT INTO notifications "
                 "(id, user_id, type, title, body, data, created_at, read_at) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                 { n.id, n.userId, notificationTypeName(n.type), n.title, n.body,
                   QString::fromUtf8(QJsonDocument(n.data).toJson(QJsonDocument::Compact)),
                   m_db.timestamp(n.createdAt), m_db.nullableTimestamp(n.readAt) });
}

Notification SqlNotificationRepository::insertForEvent(const QString &eventId,
                                                       const Notification &n)
{
    m_db.execute(u"INSERT INTO notifications "
                 "(id, user_id, type, title, body, data, created_at, read_at, event_id) "
                 "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING"_s,
                 { n.id, n.userId, notificationTypeName(n.type), n.title, n.body,
                   QString::fromUtf8(QJsonDocument(n.data).toJson(QJsonDocument::Compact)),
                   m_db.timestamp(n.createdAt), m_db.nullableTimestamp(n.readAt), eventId });
    const auto row = m_db.selectOne(
            u"SELECT "_s + kColumns + u" FROM notifications WHERE event_id = ? AND user_id = ?"_s,
            { eventId, n.userId });
    return row ? fromRecord(*row) : n;
}

std::optional<Notification> SqlNotificationRepository::find(const QString &userId,
                                                            const QString &id)
{
    const auto row = m_db.selectOne(u"SELECT "_s + kColumns
                                            + u" FROM notifications WHERE id = ? AND user_id = ?"_s,
                                    { id, userId });
    if (!row)
        return std::nullopt;
    return fromRecord(*row);
}

Page<Notification> SqlNotificationRepository::list(const QString &userId, bool unreadOnly,
                                                   const PageRequest &page)
{
    // Two statement texts, chosen here; the values are bound.
    const QString where =
            unreadOnly ? u" WHERE user_id = ? AND read_at IS NULL"_s : u" WHERE user_id = ?"_s;
    Page<Notification> result;
    const auto total =
            m_db.selectOne(u"SELECT COUNT(*) AS total FROM notifications"_s + where, { userId });
    result.total = total ? total->value("total"_L1).toLongLong() : 0;
    if (result.total <= page.offset())
        return result;
    const auto rows = m_db.select(u"SELECT "_s + kColumns + u" FROM notifications"_s + where
                                          + u" ORDER BY created_at DESC, id LIMIT ? OFFSET ?"_s,
                                  { userId, page.count, page.offset() });
    result.items.reserve(rows.size());
    for (const QSqlRecord &row : rows)
        result.items.append(fromRecord(row));
    return result;
}

qint64 SqlNotificationRepository::countUnread(const QString &userId)
{
    const auto row = m_db.selectOne(u"SELECT COUNT(*) AS unread FROM notifications "
                                    "WHERE user_id = ? AND read_at IS NULL"_s,
                                    { userId });
    return row ? row->value("unread"_L1).toLongLong() : 0;
}

bool SqlNotificationRepository::markRead(const QString &userId, const QString &id,
                                         const QDateTime &at)
{
    return m_db.execute(u"UPDATE notifications SET read_at = ? "
                        "WHERE id = ? AND user_id = ? AND read_at IS NULL"_s,
                        { m_db.timestamp(at), id, userId })
            > 0;
}

int SqlNotificationRepository::markAllRead(const QString &userId, const QDateTime &at)
{
    return m_db.execute(u"UPDATE notifications SET read_at = ? "
                        "WHERE user_id = ? AND read_at IS NULL"_s,
                        { m_db.timestamp(at), userId });
}

} // namespace coworking
