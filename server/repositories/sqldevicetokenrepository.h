#pragma once

#include "notifications/devicetokenrepository.h"

#include <QSqlRecord>

namespace coworking {

class Database;

// Push device tokens in SQLite or PostgreSQL.
class SqlDeviceTokenRepository final : public DeviceTokenRepository
{
    Q_DISABLE_COPY_MOVE(SqlDeviceTokenRepository)
public:
    explicit SqlDeviceTokenRepository(Database &db) : m_db(db) { }

    // One statement (INSERT ... ON CONFLICT (token) DO UPDATE), so two users registering the
    // same token at once end with one owner, never with an error.
    DeviceToken upsert(const DeviceToken &token) override;
    Page<DeviceToken> list(const QString &userId, const PageRequest &page) override;
    QList<DeviceToken> listAll(const QString &userId) override;
    bool remove(const QString &userId, const QString &token) override;

private:
    static DeviceToken fromRecord(const QSqlRecord &r);

    Database &m_db;
};

} // namespace coworking
