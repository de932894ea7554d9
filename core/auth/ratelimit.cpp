#include "ratelimit.h"

#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"

#include <QMutexLocker>

#include <algorithm>

namespace coworking {

RateLimit::RateLimit(const Clock &clock, int limit, int windowSecs)
    : m_clock(clock),
      m_limit(std::max(0, limit)),
      m_windowMs(qint64(std::max(1, windowSecs)) * 1000)
{
}

RateLimit::Ticket::Ticket(RateLimit *limit, QString key, qint64 windowStart)
    : m_limit(limit), m_key(std::move(key)), m_windowStart(windowStart)
{
}

RateLimit::Ticket::~Ticket()
{
    if (m_limit)
        m_limit->giveBack(m_key, m_windowStart);
}

RateLimit::Ticket RateLimit::acquire(const QString &key)
{
    if (m_limit == 0)
        return Ticket(nullptr, {}, 0);
    const qint64 nowMs = m_clock.now().toMSecsSinceEpoch();
    QMutexLocker lock(&m_mutex);
    if (m_windows.size() >= kMaxTrackedKeys && !m_windows.contains(key))
        prune(nowMs);
    Window &window = m_windows[key];
    if (window.startMs + m_windowMs <= nowMs)
        window = Window{ nowMs, 0 };
    if (window.count >= m_limit) {
        // Round up: never invite a retry that would still be refused.
        const int wait = int((window.startMs + m_windowMs - nowMs + 999) / 1000);
        AppError error(ErrorKind::TooManyRequests, errc::TooManyRequests,
                       u"Too many requests from this address. Try again in %1 seconds."_s.arg(wait),
                       QJsonObject{ { keys::RetryAfter, wait } });
        error.withRetryAfter(wait);
        throw error;
    }
    ++window.count;
    return Ticket(this, key, window.startMs);
}

void RateLimit::giveBack(const QString &key, qint64 windowStart)
{
    QMutexLocker lock(&m_mutex);
    const auto it = m_windows.find(key);
    // A window that has ended since counts nothing any more.
    if (it != m_windows.end() && it->startMs == windowStart && it->count > 0)
        --it->count;
}

void RateLimit::prune(qint64 nowMs)
{
    for (auto it = m_windows.begin(); it != m_windows.end();)
        it = it->startMs + m_windowMs <= nowMs ? m_windows.erase(it) : std::next(it);
    // Still full of live windows (a spray of addresses): start over rather than grow without end.
    if (m_windows.size() >= kMaxTrackedKeys)
        m_windows.clear();
}

} // namespace coworking
