#include "closureservice.h"

#include "access/accesspolicy.h"
#include "bookings/bookingoutcomes.h"
#include "bookings/bookingrepository.h"
#include "closurerepository.h"
#include "common/clock.h"
#include "common/daterange.h"
#include "common/datetime.h"
#include "common/errorcodes.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "events/outboxevent.h"

#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// A time of day or nothing: absent and null both mean "no hours".
QTime optionalTimeOfDay(JsonBody &body, QLatin1StringView key)
{
    if (!body.has(key) || body.isNull(key))
        return {};
    const QJsonValue value = body.object().value(key);
    const std::optional<QTime> time =
            value.isString() ? datetime::parseTimeOfDay(value.toString()) : std::nullopt;
    if (!time) {
        body.addError(key, u"must be a time of day, HH:MM or HH:MM:SS"_s);
        return {};
    }
    return *time;
}

} // namespace

ClosureRequest ClosureRequest::fromJson(const QJsonObject &object)
{
    JsonBody body(object);
    ClosureRequest request;
    const QString date = body.requiredString(keys::Date);
    if (!date.isEmpty()) {
        if (const std::optional<QDate> d = datetime::parseDate(date))
            request.date = *d;
        else
            body.addError(keys::Date, u"must be a date, YYYY-MM-DD"_s);
    }
    const bool hasOpens = body.has(keys::OpensAt) && !body.isNull(keys::OpensAt);
    const bool hasCloses = body.has(keys::ClosesAt) && !body.isNull(keys::ClosesAt);
    request.opensAt = optionalTimeOfDay(body, keys::OpensAt);
    request.closesAt = optionalTimeOfDay(body, keys::ClosesAt);
    if (hasOpens != hasCloses) {
        body.addError(hasOpens ? keys::ClosesAt : keys::OpensAt,
                      u"is required with %1"_s.arg(hasOpens ? keys::OpensAt : keys::ClosesAt));
    }
    request.reason = body.optionalString(keys::Reason, ClosureService::kMaxReasonLength)
                             .value_or(QString())
                             .trimmed();
    body.finish();
    return request;
}

OpeningHours openingHoursWithClosures(const Coworking &coworking, ClosureRepository &closures,
                                      QDate from, QDate until)
{
    OpeningHours hours(coworking.opensAt, coworking.closesAt, coworking.timezone);
    for (const Closure &c : closures.list(coworking.id, from.addDays(-1), until))
        hours.setSpecialDay(c.date, c.opensAt, c.closesAt);
    return hours;
}

ClosureService::ClosureService(ClosureRepository &closures, BookingRepository &bookings,
                               AccessPolicy &access, const Clock &clock, BookingOutcomes &outcomes)
    : m_closures(closures),
      m_bookings(bookings),
      m_access(access),
      m_clock(clock),
      m_outcomes(outcomes)
{
}

QList<Closure> ClosureService::list(const QString &coworkingId, const std::optional<QString> &from,
                                    const std::optional<QString> &until)
{
    const DateRange range = requireDateRange(from, until, kMaxDays);
    const Coworking coworking = m_access.requireCoworking(coworkingId);
    return m_closures.list(coworking.id, range.from, range.until);
}

QStringList ClosureService::affectedBookings(const Coworking &coworking, const Closure &closure,
                                             const OpeningHours &hours)
{
    // The local day and that day's usual window (which may run past midnight) hold every
    // booking the closure can touch; a booking of the evening before that runs past midnight
    // belongs to that evening's window, which the closure leaves as it is.
    const OpeningHours usual(coworking.opensAt, coworking.closesAt, coworking.timezone);
    TimeRange scope{ hours.toUtc(closure.date, QTime(0, 0)),
                     hours.toUtc(closure.date.addDays(1), QTime(0, 0)) };
    const TimeRange usualWindow = usual.windowOn(closure.date);
    if (usualWindow.isValid())
        scope.until = std::max(scope.until, usualWindow.until);
    const QDateTime now = m_clock.now();
    QStringList ids;
    for (const Booking &b : m_bookings.activeInCoworking(coworking.id, scope)) {
        if (b.effectiveStatus(now) == BookingStatus::Active && !hours.containsWithinOneDay(b.range))
            ids.append(b.id);
    }
    return ids;
}

Closure ClosureService::create(const Actor &actor, const QString &coworkingId,
                               const ClosureRequest &request, bool cancelBookings,
                               QStringList *cancelled)
{
    const Coworking coworking = m_access.requireStaff(actor, coworkingId);

    Closure closure;
    closure.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    closure.coworkingId = coworking.id;
    closure.date = request.date;
    closure.opensAt = request.opensAt;
    closure.closesAt = request.closesAt;
    closure.reason = request.reason;
    closure.createdAt = m_clock.now();

    const auto existing = m_closures.list(coworking.id, closure.date, closure.date);
    const auto exists = [&existing] {
        return AppError::conflict(
                errc::ClosureExists,
                u"This date has a closure already; remove it first to change it."_s,
                { { keys::ClosureId,
                    existing.isEmpty() ? QJsonValue() : QJsonValue(existing.first().id) } });
    };
    if (!existing.isEmpty())
        throw exists();

    OpeningHours hours = openingHoursWithClosures(coworking, m_closures, closure.date.addDays(-1),
                                                  closure.date.addDays(1));
    hours.setSpecialDay(closure.date, closure.opensAt, closure.closesAt);
    const QStringList affected = affectedBookings(coworking, closure, hours);
    if (!affected.isEmpty() && !cancelBookings) {
        throw AppError::conflict(errc::ClosureConflict,
                                 u"%1 active booking(s) fall outside the new hours; cancel them "
                                 "first or send cancel_bookings=true."_s.arg(affected.size()),
                                 { { keys::Bookings, int(affected.size()) } });
    }
    if (!m_closures.insert(closure))
        throw exists(); // another request took the date meanwhile

    if (cancelBookings) {
        // Read again after the write: a booking made between the check and the write is caught.
        const EventOrigin origin{ actor.userId, m_clock.now() };
        for (const QString &id : affectedBookings(coworking, closure, hours)) {
            if (m_bookings.cancel(id, CancelReasons::Closure, closure.reason, origin)) {
                m_outcomes.bookingCancelled();
                if (cancelled)
                    cancelled->append(id);
            }
        }
    }
    return closure;
}

void ClosureService::remove(const Actor &actor, const QString &coworkingId,
                            const QString &closureId)
{
    const Coworking coworking = m_access.requireStaff(actor, coworkingId);
    if (!m_closures.remove(coworking.id, closureId))
        throw AppError::notFound(errc::ClosureNotFound, u"No such closure."_s);
}

} // namespace coworking
