#pragma once

#include "calendar/calendarfeedrepository.h"

namespace coworking {

class Database;

// Calendar feeds in SQLite or PostgreSQL (migration 0011): one row per user, the token's hash.
class SqlCalendarFeedRepository final : public CalendarFeedRepository
{
    Q_DISABLE_COPY_MOVE(SqlCalendarFeedRepository)
public:
    explicit SqlCalendarFeedRepository(Database &db) : m_db(db) { }

    void replace(const QString &userId, const QByteArray &tokenHash,
                 const QDateTime &createdAt) override;
    bool remove(const QString &userId) override;
    std::optional<QString> findUser(const QByteArray &tokenHash) override;

private:
    Database &m_db;
};

} // namespace coworking
