#pragma once

#include "closure.h"
#include "coworkings/coworking.h"
#include "coworkings/openinghours.h"
#include "users/user.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

#include <optional>

namespace coworking {

class AccessPolicy;
class BookingOutcomes;
class BookingRepository;
class Clock;
class ClosureRepository;

// The body of POST /coworkings/{id}/closures.
struct ClosureRequest
{
    QDate date;
    QTime opensAt; // both absent or null: closed all day
    QTime closesAt;
    QString reason;

    // Field by field; throws 422 VALIDATION_ERROR listing every invalid field.
    static ClosureRequest fromJson(const QJsonObject &body);
};

// The usual opening hours of `coworking` with its closures on from..until applied, and on the
// day before `from`, whose overnight window may reach into the range.
OpeningHours openingHoursWithClosures(const Coworking &coworking, ClosureRepository &closures,
                                      QDate from, QDate until);

// Closures and special hours of a coworking (openapi.json, Closures): anyone may list them;
// its owner, its managers and admins add and remove them. One closure per date: a second one
// for the same date is 409 CLOSURE_EXISTS (remove the first to change it), so that a change of
// hours is always checked against the bookings of that day.
class ClosureService final
{
    Q_DISABLE_COPY_MOVE(ClosureService)
public:
    static constexpr int kMaxDays = 366;
    static constexpr int kMaxReasonLength = 500;

    ClosureService(ClosureRepository &closures, BookingRepository &bookings, AccessPolicy &access,
                   const Clock &clock, BookingOutcomes &outcomes);

    // 404 COWORKING_NOT_FOUND; 422 for a missing or wrong range (at most kMaxDays days).
    QList<Closure> list(const QString &coworkingId, const std::optional<QString> &from,
                        const std::optional<QString> &until);

    // The closure, created. Active bookings that the new hours would refuse (all that day's
    // bookings on a closed day) are 409 CLOSURE_CONFLICT with details.bookings, unless
    // `cancelBookings`: then each is cancelled with reason "closure" and the closure's reason
    // as its note, and its booker told (booking.cancelled). The closure is written first, so a
    // booking made meanwhile is either refused by it or found and cancelled.
    Closure create(const Actor &actor, const QString &coworkingId, const ClosureRequest &request,
                   bool cancelBookings, QStringList *cancelled = nullptr);
    // 404 CLOSURE_NOT_FOUND when the coworking has no such closure.
    void remove(const Actor &actor, const QString &coworkingId, const QString &closureId);

private:
    // Ids of the active, unfinished bookings on `closure`'s date that `hours` refuse.
    QStringList affectedBookings(const Coworking &coworking, const Closure &closure,
                                 const OpeningHours &hours);

    ClosureRepository &m_closures;
    BookingRepository &m_bookings;
    AccessPolicy &m_access;
    const Clock &m_clock;
    BookingOutcomes &m_outcomes;
};

} // namespace coworking
