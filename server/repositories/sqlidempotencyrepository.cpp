#include "sqlidempotencyrepository.h"

#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

std::optional<StoredAnswer> SqlIdempotencyRepository::find(const QString &userId,
                                                           const QString &key)
{
    const auto row = m_db.selectOne(u"SELECT request_hash, status, response "
                                    "FROM idempotency_keys "
                                    "WHERE user_id = ? AND key = ?"_s,
                                    { userId, key });
    if (!row)
        return std::nullopt;
    return StoredAnswer{ row->value(u"request_hash"_s).toString(), row->value(u"status"_s).toInt(),
                         row->value(u"response"_s).toString().toUtf8() };
}

bool SqlIdempotencyRepository::save(const QString &userId, const QString &key,
                                    const StoredAnswer &answer, const QDateTime &now)
{
    // The first answer stored under a key wins; a racing second one learns it lost.
    return m_db.execute(u"INSERT INTO idempotency_keys (user_id, key, request_hash, "
                        "status, response, created_at) VALUES (?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT DO NOTHING"_s,
                        { userId, key, answer.requestHash, answer.status,
                          QString::fromUtf8(answer.body), m_db.timestamp(now) })
            == 1;
}

} // namespace coworking
