#include "loginthrottle.h"

#include "common/clock.h"

#include <QMutexLocker>

#include <algorithm>
#include <vector>

namespace coworking {

namespace {
constexpr qint64 kWindowMs = LoginThrottle::kWindowSecs * 1000;
}

QString LoginThrottle::accountKey(const QString &email)
{
    return email.trimmed().toLower();
}

int LoginThrottle::secondsOf(qint64 waitMs)
{
    return waitMs <= 0 ? 0 : int((waitMs + 999) / 1000);
}

MemoryLoginThrottle::MemoryLoginThrottle(const Clock &clock, int maxPerAccount, int maxPerAddress)
    : m_clock(clock),
      m_maxPerAccount(std::max(1, maxPerAccount)),
      m_maxPerAddress(std::max(1, maxPerAddress))
{
}

void MemoryLoginThrottle::dropExpired(Failures &failures, qint64 nowMs)
{
    while (!failures.empty() && failures.front() + kWindowMs <= nowMs)
        failures.pop_front();
}

qint64 MemoryLoginThrottle::waitMs(Table &table, const QString &key, int limit, qint64 nowMs)
{
    const auto it = table.find(key);
    if (it == table.end())
        return 0;
    dropExpired(*it, nowMs);
    if (it->empty()) {
        table.erase(it);
        return 0;
    }
    if (qsizetype(it->size()) < limit)
        return 0;
    // The oldest of the latest `limit` failures must leave the window first.
    return it->front() + kWindowMs - nowMs;
}

void MemoryLoginThrottle::record(Table &table, const QString &key, int limit, qint64 nowMs)
{
    if (table.size() >= kMaxTrackedKeys && !table.contains(key))
        prune(table, nowMs);
    Failures &failures = table[key];
    dropExpired(failures, nowMs);
    failures.push_back(nowMs);
    while (qsizetype(failures.size()) > limit)
        failures.pop_front();
}

void MemoryLoginThrottle::prune(Table &table, qint64 nowMs)
{
    for (auto it = table.begin(); it != table.end();) {
        dropExpired(*it, nowMs);
        it = it->empty() ? table.erase(it) : std::next(it);
    }
    if (table.size() < kMaxTrackedKeys)
        return;
    // Still full of recent failures (a spray of distinct names): forget the half whose latest
    // failure is oldest, so the cost of pruning stays amortised.
    std::vector<qint64> latest;
    latest.reserve(size_t(table.size()));
    for (auto it = table.cbegin(); it != table.cend(); ++it)
        latest.push_back(it->back());
    auto middle = latest.begin() + std::ptrdiff_t(latest.size() / 2);
    std::nth_element(latest.begin(), middle, latest.end());
    const qint64 cutoff = *middle;
    for (auto it = table.begin(); it != table.end();)
        it = it->back() <= cutoff ? table.erase(it) : std::next(it);
}

int MemoryLoginThrottle::retryAfter(const QString &email, const QString &address)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    qint64 wait = waitMs(m_accounts, accountKey(email), m_maxPerAccount, nowMs);
    if (!address.isEmpty())
        wait = std::max(wait, waitMs(m_addresses, address, m_maxPerAddress, nowMs));
    return secondsOf(wait);
}

void MemoryLoginThrottle::recordFailure(const QString &email, const QString &address)
{
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    record(m_accounts, accountKey(email), m_maxPerAccount, nowMs);
    if (!address.isEmpty())
        record(m_addresses, address, m_maxPerAddress, nowMs);
}

void MemoryLoginThrottle::recordSuccess(const QString &email)
{
    QMutexLocker lock(&m_mutex);
    m_accounts.remove(accountKey(email));
}

} // namespace coworking
