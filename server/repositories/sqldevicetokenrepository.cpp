#include "sqldevicetokenrepository.h"

#include "common/apperror.h"
#include "database.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {
const QString kColumns = u"token, user_id, device_type, created_at, updated_at"_s;
}

DeviceToken SqlDeviceTokenRepository::fromRecord(const QSqlRecord &r)
{
    DeviceToken token;
    token.token = r.value("token"_L1).toString();
    token.userId = r.value("user_id"_L1).toString();
    token.deviceType =
            deviceTypeFromName(r.value("device_type"_L1).toString()).value_or(DeviceType::Android);
    token.createdAt = Database::toDateTime(r.value("created_at"_L1));
    token.updatedAt = Database::toDateTime(r.value("updated_at"_L1));
    return token;
}

DeviceToken SqlDeviceTokenRepository::upsert(const DeviceToken &token)
{
    // SET expressions read the row as it was: created_at restarts only when the token changes
    // hands. Same text on both dialects (SQLite has upserts since 3.24, RETURNING since 3.35).
    const auto row = m_db.selectOne(
            u"INSERT INTO device_tokens (token, user_id, device_type, created_at, updated_at) "
            "VALUES (?, ?, ?, ?, ?) "
            "ON CONFLICT (token) DO UPDATE SET "
            "created_at = CASE WHEN device_tokens.user_id = excluded.user_id "
            "THEN device_tokens.created_at ELSE excluded.created_at END, "
            "user_id = excluded.user_id, device_type = excluded.device_type, "
            "updated_at = excluded.updated_at "
            "RETURNING "_s
                    + kColumns,
            { token.token, token.userId, deviceTypeName(token.deviceType),
              m_db.timestamp(token.createdAt), m_db.timestamp(token.updatedAt) });
    if (!row)
        throw AppError::internal();
    return fromRecord(*row);
}

Page<DeviceToken> SqlDeviceTokenRepository::list(const QString &userId, const PageRequest &page)
{
    Page<DeviceToken> result;
    const auto total = m_db.selectOne(
            u"SELECT COUNT(*) AS total FROM device_tokens WHERE user_id = ?"_s, { userId });
    result.total = total ? total->value("total"_L1).toLongLong() : 0;
    if (result.total <= page.offset())
        return result;
    const auto rows = m_db.select(u"SELECT "_s + kColumns
                                          + u" FROM device_tokens WHERE user_id = ? "
                                            "ORDER BY created_at, token LIMIT ? OFFSET ?"_s,
                                  { userId, page.count, page.offset() });
    result.items.reserve(rows.size());
    for (const QSqlRecord &row : rows)
        result.items.append(fromRecord(row));
    return result;
}

QList<DeviceToken> SqlDeviceTokenRepository::listAll(const QString &userId)
{
    const auto rows = m_db.select(u"SELECT "_s + kColumns
                                          + u" FROM device_tokens WHERE user_id = ? "
                                            "ORDER BY created_at, token"_s,
                                  { userId });
    QList<DeviceToken> tokens;
    tokens.reserve(rows.size());
    for (const QSqlRecord &row : rows)
        tokens.append(fromRecord(row));
    return tokens;
}

bool SqlDeviceTokenRepository::remove(const QString &userId, const QString &token)
{
    return m_db.execute(u"DELETE FROM device_tokens WHERE token = ? AND user_id = ?"_s,
                        { token, userId })
            > 0;
}

} // namespace coworking
