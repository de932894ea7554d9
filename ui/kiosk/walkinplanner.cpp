#include "walkinplanner.h"

#include "bookings/bookingrules.h"

namespace coworking {
namespace ui {

WalkInPlanner::WalkInPlanner(const Coworking &coworking, const QList<Closure> &closures)
    : m_coworking(coworking), m_hours(coworking.opensAt, coworking.closesAt, coworking.timezone)
{
    for (const Closure &c : closures)
        m_hours.setSpecialDay(c.date, c.opensAt, c.closesAt);
}

std::optional<TimeRange> WalkInPlanner::freeNow(const QList<TimeRange> &busy,
                                                const QDateTime &now) const
{
    const QDateTime utcNow = now.toUTC();
    const qint64 slotSecs = qint64(qMax(1, m_coworking.policy.slotMinutes)) * 60;
    // Overnight hours: now may lie in the window that opened on the local day before.
    const QDate today = m_hours.localDate(utcNow);
    for (const QDate day : { today.addDays(-1), today }) {
        const QList<TimeRange> open = freeSlots(day, m_hours, m_coworking.policy, busy, utcNow);
        for (const TimeRange &slot : open) {
            // Free now: the slot starts at the next step of the grid, not after a booking or
            // before opening.
            if (slot.from.toUTC() < utcNow.addSecs(slotSecs) && slot.until > utcNow)
                return slot;
        }
    }
    return std::nullopt;
}

bool WalkInPlanner::fitsPolicy(qint64 minutes) const
{
    const BookingPolicy &p = m_coworking.policy;
    return minutes >= p.minDurationMinutes && minutes <= p.maxDurationMinutes
            && (p.slotMinutes <= 0 || minutes % p.slotMinutes == 0);
}

QList<TimeRange> WalkInPlanner::durations(const TimeRange &free) const
{
    QList<TimeRange> result;
    if (!free.isValid())
        return result;
    const qint64 freeMinutes = free.durationSecs() / 60;
    const int slot = qMax(1, m_coworking.policy.slotMinutes);
    // The longest booking: to the end of `free`, within the maximum, ending on the grid.
    qint64 longest = qMin<qint64>(freeMinutes, m_coworking.policy.maxDurationMinutes);
    longest -= longest % slot;
    QList<qint64> minutes{ 30 };
    for (qint64 hours = 1; hours * 60 < longest; ++hours)
        minutes.append(hours * 60);
    for (const qint64 m : std::as_const(minutes)) {
        if (m < longest && fitsPolicy(m))
            result.append({ free.from, free.from.addSecs(m * 60) });
    }
    if (fitsPolicy(longest))
        result.append({ free.from, free.from.addSecs(longest * 60) });
    return result;
}

std::optional<QString> WalkInPlanner::bestFit(const QHash<QString, TimeRange> &freeBySpot,
                                              const QStringList &order)
{
    std::optional<QString> best;
    qint64 bestSecs = 0;
    for (const QString &id : order) {
        const auto it = freeBySpot.constFind(id);
        if (it == freeBySpot.constEnd())
            continue;
        // Longest free time from now; equal ones go to the earlier spot in the floor's order.
        const qint64 secs = it->until.toMSecsSinceEpoch() / 1000;
        if (!best || secs > bestSecs) {
            best = id;
            bestSecs = secs;
        }
    }
    return best;
}

} // namespace ui
} // namespace coworking
