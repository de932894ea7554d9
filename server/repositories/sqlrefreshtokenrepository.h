#pragma once

#include "auth/refreshtokenrepository.h"

namespace coworking {

class Database;

// Refresh tokens in SQL (SQLite and PostgreSQL), by the SHA-256 of the token.
class SqlRefreshTokenRepository final : public RefreshTokenRepository
{
    Q_DISABLE_COPY_MOVE(SqlRefreshTokenRepository)
public:
    explicit SqlRefreshTokenRepository(Database &db) : m_db(db) { }

    void insert(const RefreshTokenRecord &record) override;
    std::optional<RefreshTokenRecord> find(const QString &tokenHash) override;
    bool markUsed(const QString &tokenHash, const QDateTime &at) override;
    void revokeFamily(const QString &familyId, const QDateTime &at) override;
    void revokeAllOfUser(const QString &userId, const QDateTime &at) override;

private:
    Database &m_db;
};

} // namespace coworking
