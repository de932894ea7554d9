#include "sqlrefreshtokenrepository.h"

#include "database.h"

#include <QSqlRecord>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QString idText(const QVariant &v)
{
    if (v.typeId() == QMetaType::QUuid)
        return v.toUuid().toString(QUuid::WithoutBraces);
    return v.toString();
}

} // namespace

void SqlRefreshTokenRepository::insert(const RefreshTokenRecord &r)
{
    // Each login or refresh of a user also sweeps that user's expired tokens, so the table
    // holds live sessions only (an expired token is refused whether or not its row exists).
    m_db.execute(u"DELETE FROM refresh_tokens WHERE user_id = ? AND expires_at < ?"_s,
                 { r.userId, m_db.timestamp(r.createdAt) });
    m_db.execute(u"INSERT INTO refresh_tokens (token_hash, user_id, family_id, expires_at, "
                 "used_at, revoked_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s,
                 { r.tokenHash, r.userId, r.familyId, m_db.timestamp(r.expiresAt),
                   m_db.nullableTimestamp(r.usedAt), m_db.nullableTimestamp(r.revokedAt),
                   m_db.timestamp(r.createdAt) });
}

std::optional<RefreshTokenRecord> SqlRefreshTokenRepository::find(const QString &tokenHash)
{
    const auto row = m_db.selectOne(
            u"SELECT token_hash, user_id, family_id, expires_at, used_at, revoked_at, created_at "
            "FROM refresh_tokens WHERE token_hash = ?"_s,
            { tokenHash });
    if (!row)
        return std::nullopt;
    RefreshTokenRecord r;
    r.tokenHash = row->value("token_hash"_L1).toString();
    r.userId = idText(row->value("user_id"_L1));
    r.familyId = idText(row->value("family_id"_L1));
    r.expiresAt = Database::toDateTime(row->value("expires_at"_L1));
    r.usedAt = Database::toDateTime(row->value("used_at"_L1));
    r.revokedAt = Database::toDateTime(row->value("revoked_at"_L1));
    r.createdAt = Database::toDateTime(row->value("created_at"_L1));
    return r;
}

bool SqlRefreshTokenRepository::markUsed(const QString &tokenHash, const QDateTime &at)
{
    // One statement decides: of two concurrent refreshes with the same token only one
    // changes the row.
    return m_db.execute(u"UPDATE refresh_tokens SET used_at = ? WHERE token_hash = ? "
                        "AND used_at IS NULL AND revoked_at IS NULL"_s,
                        { m_db.timestamp(at), tokenHash })
            == 1;
}

void SqlRefreshTokenRepository::revokeFamily(const QString &familyId, const QDateTime &at)
{
    m_db.execute(u"UPDATE refresh_tokens SET revoked_at = ? WHERE family_id = ? "
                 "AND revoked_at IS NULL"_s,
                 { m_db.timestamp(at), familyId });
}

void SqlRefreshTokenRepository::revokeAllOfUser(const QString &userId, const QDateTime &at)
{
    m_db.execute(u"UPDATE refresh_tokens SET revoked_at = ? WHERE user_id = ? "
                 "AND revoked_at IS NULL"_s,
                 { m_db.timestamp(at), userId });
}

} // namespace coworking
