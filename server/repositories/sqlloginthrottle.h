#pragma once

#include "auth/loginthrottle.h"

#include <QDateTime>

namespace coworking {

class Clock;
class Database;

// The login throttle's failures in the login_failures table, one row per failure and subject,
// so that every server instance on the database counts the same failures: behind a load
// balancer a guesser cannot spread attempts over the instances. One per worker (its own
// connection).
class SqlLoginThrottle final : public LoginThrottle
{
    Q_DISABLE_COPY_MOVE(SqlLoginThrottle)
public:
    SqlLoginThrottle(Database &db, const Clock &clock, int maxPerAccount, int maxPerAddress);

    int retryAfter(const QString &email, const QString &address) override;
    void recordFailure(const QString &email, const QString &address) override;
    void recordSuccess(const QString &email) override;

private:
    // Milliseconds until the oldest of the subject's latest `limit` failures leaves the window;
    // 0 or less when fewer than `limit` are in it.
    qint64 waitMs(QLatin1StringView kind, const QString &subject, int limit, const QDateTime &now);
    void insert(QLatin1StringView kind, const QString &subject, const QDateTime &now);

    Database &m_db;
    const Clock &m_clock;
    const int m_maxPerAccount;
    const int m_maxPerAddress;
    qint64 m_lastSweepMs = 0;
};

} // namespace coworking
