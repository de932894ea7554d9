#pragma once

#include "bookings/bookingrepository.h"

namespace coworking {

class Database;

// Stored answers of requests sent with an Idempotency-Key, keyed by (user, key).
class SqlIdempotencyRepository final : public IdempotencyRepository
{
    Q_DISABLE_COPY_MOVE(SqlIdempotencyRepository)
public:
    explicit SqlIdempotencyRepository(Database &db) : m_db(db) { }

    std::optional<StoredAnswer> find(const QString &userId, const QString &key) override;
    bool save(const QString &userId, const QString &key, const StoredAnswer &answer,
              const QDateTime &now) override;

private:
    Database &m_db;
};

} // namespace coworking
