#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

#include <deque>

namespace coworking {

class Clock;

// Slows password guessing: failed logins are counted per account (lower-cased email) and per
// client address over a sliding window; past the limit a client must wait until the oldest
// counted failure leaves the window. The server keeps the counts in its database, so that every
// instance on it counts the same failures (SqlLoginThrottle).
class LoginThrottle
{
public:
    static constexpr qint64 kWindowSecs = 15 * 60;

    virtual ~LoginThrottle() = default;
    // Seconds the client must wait before trying again; 0 when a login may be attempted. An
    // empty address counts for nothing (no client address is known).
    virtual int retryAfter(const QString &email, const QString &address) = 0;
    virtual void recordFailure(const QString &email, const QString &address) = 0;
    // A correct password clears the account's failures (not the address's).
    virtual void recordSuccess(const QString &email) = 0;

    static QString accountKey(const QString &email);
    // A wait in milliseconds as whole seconds, rounded up: never invite a retry still refused.
    static int secondsOf(qint64 waitMs);
};

// The counts in this process's memory, shared by its threads.
class MemoryLoginThrottle final : public LoginThrottle
{
    Q_DISABLE_COPY_MOVE(MemoryLoginThrottle)
public:
    // Distinct accounts (and addresses) remembered at once; memory stays bounded under a
    // spray of made-up emails.
    static constexpr qsizetype kMaxTrackedKeys = 100'000;

    MemoryLoginThrottle(const Clock &clock, int maxPerAccount = 5, int maxPerAddress = 20);

    int retryAfter(const QString &email, const QString &address) override;
    void recordFailure(const QString &email, const QString &address) override;
    void recordSuccess(const QString &email) override;

private:
    // Times (ms since epoch) of the latest failures, oldest first; at most `limit` are kept,
    // since only the latest `limit` decide whether the limit is reached.
    using Failures = std::deque<qint64>;
    using Table = QHash<QString, Failures>;

    static void dropExpired(Failures &failures, qint64 nowMs);
    static qint64 waitMs(Table &table, const QString &key, int limit, qint64 nowMs);
    static void record(Table &table, const QString &key, int limit, qint64 nowMs);
    static void prune(Table &table, qint64 nowMs);

    const Clock &m_clock;
    const int m_maxPerAccount;
    const int m_maxPerAddress;
    QMutex m_mutex;
    Table m_accounts;
    Table m_addresses;
};

} // namespace coworking
