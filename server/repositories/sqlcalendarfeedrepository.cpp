#include "sqlcalendarfeedrepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

void SqlCalendarFeedRepository::replace(const QString &userId, const QByteArray &tokenHash,
                                        const QDateTime &createdAt)
{
    // One statement, so two requests of one user at once leave exactly one of their tokens.
    m_db.execute(u"INSERT INTO calendar_feeds (user_id, token_hash, created_at) VALUES (?, ?, ?) "
                 "ON CONFLICT (user_id) DO UPDATE SET token_hash = excluded.token_hash, "
                 "created_at = excluded.created_at"_s,
                 { userId, QString::fromLatin1(tokenHash), m_db.timestamp(createdAt) });
}

bool SqlCalendarFeedRepository::remove(const QString &userId)
{
    return m_db.execute(u"DELETE FROM calendar_feeds WHERE user_id = ?"_s, { userId }) > 0;
}

std::optional<QString> SqlCalendarFeedRepository::findUser(const QByteArray &tokenHash)
{
    const auto row = m_db.selectOne(u"SELECT user_id FROM calendar_feeds WHERE token_hash = ?"_s,
                                    { QString::fromLatin1(tokenHash) });
    if (!row)
        return std::nullopt;
    return row->value(0).toString();
}

} // namespace coworking
