#pragma once

#include "idempotency.h"

namespace coworking {

class Database;

// Stored answers of requests sent with an Idempotency-Key, keyed by (user, key).
class SqlIdempotencyStore final : public IdempotencyStore
{
    Q_DISABLE_COPY_MOVE(SqlIdempotencyStore)
public:
    explicit SqlIdempotencyStore(Database &db) : m_db(db) { }

    std::optional<StoredAnswer> find(const QString &userId, const QString &key) override;
    bool save(const QString &userId, const QString &key, const StoredAnswer &answer,
              const QDateTime &now) override;

private:
    Database &m_db;
};

} // namespace coworking
