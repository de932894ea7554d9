#pragma once

#include "bookings/booking.h"
#include "common/page.h"
#include "coworking.h"
#include "coworkingjson.h"
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
class CoworkingRepository;
class SpotRepository;
class UserRepository;

// The busy intervals of one spot in a timeline window, ordered by start.
struct SpotTimeline
{
    QString spotId;
    QList<Booking> busy;

    bool operator==(const SpotTimeline &) const = default;
};

struct Timeline
{
    QList<SpotTimeline> spots; // every spot of the coworking, by position, then name
    bool staff = false; // the caller may see who booked
};

// Coworkings: the public catalogue, their owners' commands, managers and the timeline.
class CoworkingService final
{
    Q_DISABLE_COPY_MOVE(CoworkingService)
public:
    static constexpr int kMaxTimelineDays = 7;

    CoworkingService(CoworkingRepository &coworkings, SpotRepository &spots, UserRepository &users,
                     BookingRepository &bookings, AccessPolicy &access, const Clock &clock);

    // Queries (anyone, unless said otherwise).
    Page<Coworking> list(const QString &query, const PageRequest &page);
    Coworking get(const QString &id); // 404 COWORKING_NOT_FOUND
    QList<User> managers(const Actor &actor, const QString &coworkingId); // owner, admin
    // The coworkings the caller owns or manages, by name (GET /users/me/coworkings): what the
    // desk offers in its switcher. Administrators get theirs too; they see all through list().
    QList<StaffedCoworking> staffed(const Actor &actor);
    // Both ends required, from < until, at most kMaxTimelineDays (422 otherwise).
    Timeline timeline(const Actor &actor, const QString &coworkingId,
                      const std::optional<QDateTime> &from, const std::optional<QDateTime> &until);

    // Commands.
    Coworking create(const Actor &actor, const CoworkingPatch &fields); // business, admin
    Coworking update(const Actor &actor, const QString &id, const CoworkingPatch &changes);
    // 409 HAS_ACTIVE_BOOKINGS while future active bookings exist, unless `force` cancels them.
    void remove(const Actor &actor, const QString &id, bool force);
    // Both idempotent; 404 USER_NOT_FOUND for an unknown user.
    void addManager(const Actor &actor, const QString &coworkingId, const QString &userId);
    void removeManager(const Actor &actor, const QString &coworkingId, const QString &userId);

private:
    void requireUser(const QString &userId);

    CoworkingRepository &m_coworkings;
    SpotRepository &m_spots;
    UserRepository &m_users;
    BookingRepository &m_bookings;
    AccessPolicy &m_access;
    const Clock &m_clock;
};

} // namespace coworking
