#pragma once

#include "apiresult.h"
#include "bookings/bookingjson.h"
#include "closures/closure.h"
#include "common/page.h"
#include "common/timerange.h"
#include "coworkings/coworking.h"
#include "coworkings/coworkingservice.h"
#include "notifications/devicetoken.h"
#include "notifications/notification.h"
#include "options/option.h"
#include "spots/spot.h"
#include "stats/stats.h"
#include "users/user.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QTime>

#include <optional>

// Shapes of answers and queries that only the client needs; the resources themselves are core's
// (coworking::Booking, Spot, Coworking, User, Option, Notification, NotificationList,
// DeviceToken, SpotTimeline, CoworkingStats, Closure, Page).
namespace coworking::client {

using coworking::Closure;
using coworking::CoworkingStats;
using coworking::HourStats;
using coworking::Page;
using coworking::PageRequest;
using coworking::SpotStats;

// Filters of GET /bookings (staff): every field optional.
struct BookingsQuery
{
    QString coworkingId;
    QString spotId;
    QString userId;
    std::optional<BookingStatus> status;
    QDateTime from;
    QDateTime until;
};

// The body of POST /bookings and its precheck.
struct NewBooking
{
    QString spotId;
    TimeRange range;
    QStringList options;
    QString userId; // staff booking on behalf of a member
};

// POST /bookings/precheck: ok, or the error creating it would meet.
struct PrecheckOutcome
{
    bool ok = false;
    std::optional<ApiError> error;
};

// The repeat of POST /bookings/series.
struct SeriesRepeat
{
    enum class Frequency { Daily, Weekdays, Weekly };
    enum class Mode { AllOrNothing, SkipConflicts };
    Frequency frequency = Frequency::Weekly;
    std::optional<QDate> until;
    std::optional<int> count; // at most 52
    Mode mode = Mode::AllOrNothing;
};

// One occurrence a series left out or a series precheck judged.
struct SeriesOccurrence
{
    TimeRange range;
    bool ok = false;
    std::optional<ApiError> error;
};

struct SeriesResult
{
    QString seriesId;
    QList<Booking> bookings;
    QList<SeriesOccurrence> skipped;
};

// GET /healthcheck, plus the version the server states (healthcheck or openapi.json's info).
struct ServerHealth
{
    QString status; // "ok" or "unavailable"
    QString database;
    QString runner;
    QString version; // empty when the server does not say
};

// Filters of GET /admin/events.
struct EventsQuery
{
    QString state; // "pending", "done", "dead" or empty for all
    QString type;
};

} // namespace coworking::client
