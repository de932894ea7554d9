#include "bookingrules.h"

#include "common/datetime.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr qint64 MsecsPerMinute = 60 * 1000;
constexpr qint64 MsecsPerDay = 24 * 60 * MsecsPerMinute;

QString minutesText(int minutes)
{
    if (minutes >= 60 && minutes % 60 == 0) {
        const int hours = minutes / 60;
        return hours == 1 ? u"1 hour"_s : u"%1 hours"_s.arg(hours);
    }
    return minutes == 1 ? u"1 minute"_s : u"%1 minutes"_s.arg(minutes);
}

qint64 localMsecsOfDay(const QDateTime &t, const QTimeZone &zone)
{
    return t.toTimeZone(zone).time().msecsSinceStartOfDay();
}

// The grid restarts at every local midnight, as in "minutes of the day divisible by the slot".
bool onSlotGrid(const QDateTime &t, const QTimeZone &zone, int slotMinutes)
{
    return slotMinutes <= 0 || localMsecsOfDay(t, zone) % (slotMinutes * MsecsPerMinute) == 0;
}

// Moving by the local distance to the grid, rather than building a local time, keeps instants
// valid on DST days (the target may be a skipped wall time).
QDateTime alignUp(const QDateTime &t, const QTimeZone &zone, int slotMinutes)
{
    if (slotMinutes <= 0)
        return t;
    const qint64 slot = slotMinutes * MsecsPerMinute;
    const qint64 wall = localMsecsOfDay(t, zone);
    if (wall % slot == 0)
        return t;
    const qint64 target = std::min((wall / slot + 1) * slot, MsecsPerDay);
    return t.addMSecs(target - wall);
}

QDateTime alignDown(const QDateTime &t, const QTimeZone &zone, int slotMinutes)
{
    if (slotMinutes <= 0)
        return t;
    return t.addMSecs(-(localMsecsOfDay(t, zone) % (slotMinutes * MsecsPerMinute)));
}

RuleViolation policyViolation(const QString &rule, const QString &message)
{
    return { errc::PolicyViolation, rule, message };
}

} // namespace

std::optional<RuleViolation> checkBookingWindow(const TimeRange &range, const OpeningHours &hours,
                                                const BookingPolicy &policy, const QDateTime &now)
{
    if (!range.isValid()) {
        return RuleViolation{ errc::ValidationError, u"time_order"_s,
                              u"The end of a booking must be after its start."_s };
    }
    if (range.from < now) {
        return RuleViolation{ errc::ValidationError, u"in_past"_s,
                              u"A booking cannot start in the past."_s };
    }

    // Elapsed time, not wall-clock difference: a night across a DST change is an hour off.
    const qint64 secs = range.durationSecs();
    if (secs < qint64(policy.minDurationMinutes) * 60) {
        return policyViolation(
                u"min_duration"_s,
                u"A booking must last at least %1."_s.arg(minutesText(policy.minDurationMinutes)));
    }
    if (secs > qint64(policy.maxDurationMinutes) * 60) {
        return policyViolation(
                u"max_duration"_s,
                u"A booking can last at most %1."_s.arg(minutesText(policy.maxDurationMinutes)));
    }

    const QTimeZone zone = hours.zone();
    if (!onSlotGrid(range.from, zone, policy.slotMinutes)
        || !onSlotGrid(range.until, zone, policy.slotMinutes)) {
        return policyViolation(
                u"slot_grid"_s,
                u"A booking must start and end on a multiple of %1 "
                "in the coworking's local time."_s.arg(minutesText(policy.slotMinutes)));
    }

    // The end is checked, which bounds the start too: both ends lie within the advance window.
    if (range.until > now.toUTC().addDays(policy.maxDaysInAdvance)) {
        return policyViolation(u"max_days_in_advance"_s,
                               u"A booking can be made at most %1 days in advance."_s.arg(
                                       policy.maxDaysInAdvance));
    }

    if (!hours.containsWithinOneDay(range)) {
        const QDate day = hours.localDate(range.from);
        if (hours.isClosedOn(day)) {
            return RuleViolation{ errc::CoworkingClosed, QString(),
                                  u"The coworking is closed on %1."_s.arg(
                                          datetime::dateToString(day)) };
        }
        return RuleViolation{ errc::OutsideOpeningHours, QString(),
                              u"A booking must lie within the opening hours of one "
                              "day (%1-%2, local time, on %3)."_s.arg(
                                      datetime::timeOfDayToString(hours.opensAtOn(day)),
                                      datetime::timeOfDayToString(hours.closesAtOn(day)),
                                      datetime::dateToString(day)) };
    }
    return std::nullopt;
}

AppError toAppError(const RuleViolation &violation)
{
    if (violation.code == errc::ValidationError) {
        // An end before the start is a fault of the end; a start in the past, of the start.
        const QString field = violation.rule == u"in_past" ? keys::TimeFrom : keys::TimeUntil;
        return AppError::invalidField(field, violation.message);
    }
    QJsonObject details;
    if (violation.code == errc::PolicyViolation)
        details.insert(keys::Rule, violation.rule);
    return AppError::unprocessable(violation.code, violation.message, details);
}

QList<TimeRange> freeSlots(QDate localDate, const OpeningHours &hours, const BookingPolicy &policy,
                           const QList<TimeRange> &busy, const QDateTime &now)
{
    const TimeRange window = hours.windowOn(localDate);
    if (!window.isValid())
        return {};
    const QTimeZone zone = hours.zone();
    const int slot = policy.slotMinutes;
    const qint64 minSecs = qint64(policy.minDurationMinutes) * 60;

    QList<TimeRange> result;
    const auto addFree = [&](const QDateTime &from, const QDateTime &until) {
        const TimeRange free{ alignUp(from, zone, slot).toUTC(),
                              alignDown(until, zone, slot).toUTC() };
        if (free.isValid() && free.durationSecs() >= minSecs)
            result.append(free);
    };

    QList<TimeRange> sorted = busy;
    std::sort(sorted.begin(), sorted.end(),
              [](const TimeRange &a, const TimeRange &b) { return a.from < b.from; });

    QDateTime cursor = std::max(window.from, now.toUTC());
    for (const TimeRange &b : std::as_const(sorted)) {
        if (cursor >= window.until || b.from >= window.until)
            break;
        if (!b.isValid() || b.until <= cursor)
            continue;
        if (b.from > cursor)
            addFree(cursor, b.from);
        cursor = b.until;
    }
    if (cursor < window.until)
        addFree(cursor, window.until);
    return result;
}

} // namespace coworking
