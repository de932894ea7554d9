#pragma once

#include "common/apperror.h"
#include "common/timerange.h"
#include "coworkings/bookingpolicy.h"
#include "coworkings/openinghours.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace coworking {

// Why a booking window is refused; kept as data so that precheck can report it without throwing.
struct RuleViolation
{
    // "VALIDATION_ERROR", "OUTSIDE_OPENING_HOURS", "COWORKING_CLOSED" or "POLICY_VIOLATION"
    QString code;
    QString rule; // POLICY_VIOLATION: "min_duration", "max_duration", "slot_grid",
                  // "max_days_in_advance"; VALIDATION_ERROR: "time_order", "in_past"
    QString message; // plain English, safe to show to a user

    bool operator==(const RuleViolation &) const = default;
};

// The time rules of creating or rescheduling a booking, first failure wins: order of the ends,
// not in the past, duration, slot grid (local time), advance window, opening hours of one day
// (COWORKING_CLOSED when the day it starts on is closed; `hours` carries the closures).
std::optional<RuleViolation> checkBookingWindow(const TimeRange &range, const OpeningHours &hours,
                                                const BookingPolicy &policy, const QDateTime &now);

// The 422 that openapi.json specifies for a violation.
AppError toAppError(const RuleViolation &violation);

// The free intervals of one local day's opening window around `busy`, in UTC, sorted by start.
// They start no earlier than `now`, and start and end on the slot grid in local time, so each
// can be booked as it is; those shorter than the minimum duration are left out.
QList<TimeRange> freeSlots(QDate localDate, const OpeningHours &hours, const BookingPolicy &policy,
                           const QList<TimeRange> &busy, const QDateTime &now);

} // namespace coworking
