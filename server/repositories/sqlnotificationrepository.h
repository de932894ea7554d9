#pragma once

#include "notifications/notificationrepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;

// Notifications in SQLite (data as JSON text) or PostgreSQL (data as jsonb).
class SqlNotificationRepository final : public NotificationRepository
{
    Q_DISABLE_COPY_MOVE(SqlNotificationRepository)
public:
    explicit SqlNotificationRepository(Database &db) : m_db(db) { }

    void insert(const Notification &notification) override;
    // INSERT ... ON CONFLICT DO NOTHING on the (event_id, user_id) unique index, then a read.
    Notification insertForEvent(const QString &eventId, const Notification &notification) override;
    std::optional<Notification> find(const QString &userId, const QString &id) override;
    // Newest first; ties (same created_at) by id.
    Page<Notification> list(const QString &userId, bool unreadOnly,
                            const PageRequest &page) override;
    qint64 countUnread(const QString &userId) override;
    bool markRead(const QString &userId, const QString &id, const QDateTime &at) override;
    int markAllRead(const QString &userId, const QDateTime &at) override;

private:
    static Notification fromRecord(const QSqlRecord &r);

    Database &m_db;
};

} // namespace coworking
