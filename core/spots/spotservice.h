#pragma once

#include "bookings/booking.h"
#include "spot.h"
#include "spotjson.h"
#include "users/user.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QtGlobal>

#include <optional>

namespace coworking {

class AccessPolicy;
class BookingRepository;
class Clock;
class ClosureRepository;
class SpotRepository;
class UserRepository;

// The booking in progress on a spot, with its holder, as of `asOf`.
struct CurrentBooking
{
    Booking booking;
    User user;
    QDateTime asOf;
};

// Spots of a coworking: the floor's availability, bulk creation and the owners' edits.
class SpotService final
{
    Q_DISABLE_COPY_MOVE(SpotService)
public:
    static constexpr int kMaxAvailabilityDays = 31;

    SpotService(SpotRepository &spots, BookingRepository &bookings, UserRepository &users,
                ClosureRepository &closures, AccessPolicy &access, const Clock &clock);

    // Every spot of the coworking with its availability for [from, until): both ends or none
    // (then "free right now", [now, now + 1 min)), from < until, at most kMaxAvailabilityDays.
    // One query answers the whole floor, the coworking's existence included, and one more finds
    // closures near the window: a window a closure shuts (closedDuring) has no spot available.
    QList<SpotAvailability> availability(const QString &coworkingId,
                                         const std::optional<QDateTime> &from,
                                         const std::optional<QDateTime> &until);
    Spot get(const QString &id); // 404 SPOT_NOT_FOUND
    // Owner, admin; the staff of the spot's coworking (else 403).
    CurrentBooking currentBooking(const Actor &actor, const QString &spotId);

    // Owner, admin. All or nothing.
    QList<Spot> createMany(const Actor &actor, const QString &coworkingId, QList<Spot> drafts);
    Spot update(const Actor &actor, const QString &id, const SpotPatch &changes);
    // 409 HAS_ACTIVE_BOOKINGS while future active bookings exist, unless `force` cancels them.
    void remove(const Actor &actor, const QString &id, bool force);

private:
    // True when `window` touches a local date of a closure and does not lie within that date's
    // special hours (never, on a day closed all day): then no spot is available.
    bool closedDuring(const QString &coworkingId, const TimeRange &window);

    SpotRepository &m_spots;
    BookingRepository &m_bookings;
    UserRepository &m_users;
    ClosureRepository &m_closures;
    AccessPolicy &m_access;
    const Clock &m_clock;
};

} // namespace coworking
