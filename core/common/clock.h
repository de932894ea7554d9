#pragma once

#include <QDateTime>
#include <QTimeZone>

#include <atomic>

namespace coworking {

// Time source of every rule that depends on "now", so tests can move time instead of sleeping.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0; // UTC
};

class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTimeUtc(); }
};

// A clock that tests set by hand; safe to read from several request threads.
class ManualClock final : public Clock
{
public:
    explicit ManualClock(QDateTime start) : m_msecs(start.toMSecsSinceEpoch()) { }
    QDateTime now() const override
    {
        return QDateTime::fromMSecsSinceEpoch(m_msecs.load(), QTimeZone::utc());
    }
    void set(const QDateTime &t) { m_msecs = t.toMSecsSinceEpoch(); }
    void advanceSecs(qint64 s) { m_msecs += s * 1000; }

private:
    std::atomic<qint64> m_msecs;
};

} // namespace coworking
