#pragma once

#include <QHash>
#include <QMutex>
#include <QString>

namespace coworking {

class Clock;

// At most `limit` actions per key (a client address) in each window of `windowSecs`: used for
// account registrations and successful logins, so one client cannot farm accounts or tokens.
// Fixed windows keep one counter per key; a client may thus fit 2 x limit around a window's end,
// which is fine for what this guards. Shared by every request thread.
class RateLimit final
{
    Q_DISABLE_COPY_MOVE(RateLimit)
public:
    // Keys remembered at once; memory stays bounded when many addresses come and go.
    static constexpr qsizetype kMaxTrackedKeys = 100'000;

    // `limit` 0 turns the limit off (acquire() always succeeds).
    RateLimit(const Clock &clock, int limit, int windowSecs);

    // One action counted for `key` until release() or its window ends. Destroyed without
    // keep(), it gives the action back: a request that failed does not use up the limit.
    class Ticket
    {
        Q_DISABLE_COPY_MOVE(Ticket)
    public:
        ~Ticket();
        void keep() { m_limit = nullptr; }

    private:
        friend class RateLimit;
        Ticket(RateLimit *limit, QString key, qint64 windowStart);
        RateLimit *m_limit;
        QString m_key;
        qint64 m_windowStart;
    };

    // Counts an action for `key`; throws AppError TOO_MANY_REQUESTS (429, Retry-After: the seconds
    // until the window ends) when `limit` actions already counted in the current window.
    [[nodiscard]] Ticket acquire(const QString &key);

private:
    struct Window
    {
        qint64 startMs = 0;
        int count = 0;
    };
    void giveBack(const QString &key, qint64 windowStart);
    void prune(qint64 nowMs);

    const Clock &m_clock;
    const int m_limit;
    const qint64 m_windowMs;
    QMutex m_mutex;
    QHash<QString, Window> m_windows;
};

} // namespace coworking
