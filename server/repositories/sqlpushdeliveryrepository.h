#pragma once

#include "notifications/pushdeliveryrepository.h"

namespace coworking {

class Database;

// push_deliveries in SQLite or PostgreSQL; each call is one autocommitted statement or two, so
// the "sending" row is durable before the push leaves.
class SqlPushDeliveryRepository final : public PushDeliveryRepository
{
    Q_DISABLE_COPY_MOVE(SqlPushDeliveryRepository)
public:
    explicit SqlPushDeliveryRepository(Database &db) : m_db(db) { }

    bool begin(const QString &eventId, const QString &token, const QDateTime &at) override;
    void finish(const QString &eventId, const QString &token,
                PushGateway::Outcome outcome) override;

private:
    Database &m_db;
};

} // namespace coworking
