#include "sqlloginthrottle.h"

#include "common/clock.h"
#include "database.h"

#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr QLatin1StringView kAccount("account");
constexpr QLatin1StringView kAddress("address");
// Expired rows of every subject are deleted at most this often per worker; a subject's own
// expired rows go whenever it fails again.
constexpr qint64 kSweepEveryMs = 60 * 1000;

} // namespace

SqlLoginThrottle::SqlLoginThrottle(Database &db, const Clock &clock, int maxPerAccount,
                                   int maxPerAddress)
    : m_db(db),
      m_clock(clock),
      m_maxPerAccount(std::max(1, maxPerAccount)),
      m_maxPerAddress(std::max(1, maxPerAddress))
{
}

qint64 SqlLoginThrottle::waitMs(QLatin1StringView kind, const QString &subject, int limit,
                                const QDateTime &now)
{
    // The limit-th latest failure in the window; `limit` is ours, never input.
    const auto row = m_db.selectOne(
            u"SELECT failed_at FROM login_failures WHERE kind = ? AND subject = ? "
            "AND failed_at > ? ORDER BY failed_at DESC LIMIT 1 OFFSET %1"_s.arg(limit - 1),
            { QString(kind), subject, m_db.timestamp(now.addSecs(-kWindowSecs)) });
    if (!row)
        return 0;
    const QDateTime oldest = Database::toDateTime(row->value(0));
    return now.msecsTo(oldest.addSecs(kWindowSecs));
}

int SqlLoginThrottle::retryAfter(const QString &email, const QString &address)
{
    const QDateTime now = m_clock.now();
    qint64 wait = waitMs(kAccount, accountKey(email), m_maxPerAccount, now);
    if (!address.isEmpty())
        wait = std::max(wait, waitMs(kAddress, address, m_maxPerAddress, now));
    return secondsOf(wait);
}

void SqlLoginThrottle::insert(QLatin1StringView kind, const QString &subject, const QDateTime &now)
{
    m_db.execute(u"DELETE FROM login_failures WHERE kind = ? AND subject = ? AND failed_at <= ?"_s,
                 { QString(kind), subject, m_db.timestamp(now.addSecs(-kWindowSecs)) });
    m_db.execute(u"INSERT INTO login_failures (kind, subject, failed_at) VALUES (?, ?, ?)"_s,
                 { QString(kind), subject, m_db.timestamp(now) });
}

void SqlLoginThrottle::recordFailure(const QString &email, const QString &address)
{
    const QDateTime now = m_clock.now();
    insert(kAccount, accountKey(email), now);
    if (!address.isEmpty())
        insert(kAddress, address, now);
    // A spray of made-up emails leaves rows nobody fails on again: swept here, so the table
    // holds one window's failures at most.
    const qint64 nowMs = now.toMSecsSinceEpoch();
    if (nowMs - m_lastSweepMs >= kSweepEveryMs) {
        m_lastSweepMs = nowMs;
        m_db.execute(u"DELETE FROM login_failures WHERE failed_at <= ?"_s,
                     { m_db.timestamp(now.addSecs(-kWindowSecs)) });
    }
}

void SqlLoginThrottle::recordSuccess(const QString &email)
{
    m_db.execute(u"DELETE FROM login_failures WHERE kind = ? AND subject = ?"_s,
                 { QString(kAccount), accountKey(email) });
}

} // namespace coworking
