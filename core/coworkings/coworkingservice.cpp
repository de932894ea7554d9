#include "coworkingservice.h"

#include "access/accesspolicy.h"
#include "bookings/bookingrepository.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "coworkingrepository.h"
#include "spots/spotrepository.h"
#include "users/userrepository.h"

#include <QHash>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

void applyPatch(Coworking &c, const CoworkingPatch &patch)
{
    c.name = patch.name.value_or(c.name);
    c.description = patch.description.value_or(c.description);
    c.address = patch.address.value_or(c.address);
    c.opensAt = patch.opensAt.value_or(c.opensAt);
    c.closesAt = patch.closesAt.value_or(c.closesAt);
    c.timezone = patch.timezone.value_or(c.timezone);
    patch.policy.applyTo(c.policy);
}

// The one rule that spans fields, checked on the merged policy: a PATCH of only the minimum must
// not leave it above the stored maximum.
void checkPolicy(const BookingPolicy &policy)
{
    if (policy.maxDurationMinutes < policy.minDurationMinutes)
        throw AppError::invalidField(
                u"booking_policy.max_duration_minutes"_s,
                u"must be at least min_duration_minutes (%1)"_s.arg(policy.minDurationMinutes));
}

} // namespace

CoworkingService::CoworkingService(CoworkingRepository &coworkings, SpotRepository &spots,
                                   UserRepository &users, BookingRepository &bookings,
                                   AccessPolicy &access, const Clock &clock)
    : m_coworkings(coworkings),
      m_spots(spots),
      m_users(users),
      m_bookings(bookings),
      m_access(access),
      m_clock(clock)
{
}

Page<Coworking> CoworkingService::list(const QString &query, const PageRequest &page)
{
    return m_coworkings.list(query.trimmed(), page);
}

Coworking CoworkingService::get(const QString &id)
{
    return m_access.requireCoworking(id);
}

QList<User> CoworkingService::managers(const Actor &actor, const QString &coworkingId)
{
    m_access.requireOwner(actor, coworkingId);
    return m_coworkings.managers(coworkingId);
}

QList<StaffedCoworking> CoworkingService::staffed(const Actor &actor)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    QList<StaffedCoworking> result;
    // A person runs a handful of coworkings: one look-up each keeps the port small.
    for (const QString &id : m_coworkings.staffedBy(actor.userId)) {
        if (std::optional<Coworking> c = m_coworkings.find(id))
            result.append({ *c, c->ownerId == actor.userId });
    }
    std::sort(result.begin(), result.end(),
              [](const StaffedCoworking &a, const StaffedCoworking &b) {
                  return QString::localeAwareCompare(a.coworking.name, b.coworking.name) < 0;
              });
    return result;
}

Timeline CoworkingService::timeline(const Actor &actor, const QString &coworkingId,
                                    const std::optional<QDateTime> &from,
                                    const std::optional<QDateTime> &until)
{
    JsonBody errors{ QJsonObject() };
    if (!from)
        errors.addError(keys::TimeFrom, u"is required"_s);
    if (!until)
        errors.addError(keys::TimeUntil, u"is required"_s);
    if (from && until) {
        if (*from >= *until)
            errors.addError(keys::TimeUntil, u"must be later than time_from"_s);
        else if (from->secsTo(*until) > qint64(kMaxTimelineDays) * 24 * 3600)
            errors.addError(keys::TimeUntil,
                            u"must be at most %1 days after time_from"_s.arg(kMaxTimelineDays));
    }
    errors.finish();

    const Coworking c = m_access.requireCoworking(coworkingId);
    Timeline result;
    result.staff = m_access.isStaff(actor, c);

    const QList<Spot> spots = m_spots.listByCoworking(coworkingId);
    QHash<QString, qsizetype> indexOf;
    result.spots.reserve(spots.size());
    for (const Spot &spot : spots) {
        indexOf.insert(spot.id, result.spots.size());
        result.spots.append(SpotTimeline{ spot.id, {} });
    }
    // One query for the whole floor, then distributed to the spots.
    const QList<Booking> bookings = m_bookings.activeInCoworking(coworkingId, { *from, *until });
    for (const Booking &b : bookings) {
        const auto it = indexOf.constFind(b.spotId);
        if (it != indexOf.constEnd())
            result.spots[*it].busy.append(b);
    }
    for (SpotTimeline &spot : result.spots) {
        std::sort(spot.busy.begin(), spot.busy.end(),
                  [](const Booking &a, const Booking &b) { return a.range.from < b.range.from; });
    }
    return result;
}

Coworking CoworkingService::create(const Actor &actor, const CoworkingPatch &fields)
{
    if (actor.isAnonymous())
        throw AppError::unauthorized();
    if (!actor.isBusiness && !actor.isAdmin)
        throw AppError::forbidden(u"Only business accounts may create coworkings."_s);

    Coworking c;
    c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.ownerId = actor.userId;
    c.createdAt = m_clock.now();
    applyPatch(c, fields);
    checkPolicy(c.policy);
    m_coworkings.insert(c);
    return c;
}

Coworking CoworkingService::update(const Actor &actor, const QString &id,
                                   const CoworkingPatch &changes)
{
    Coworking c = m_access.requireOwner(actor, id);
    applyPatch(c, changes);
    checkPolicy(c.policy);
    m_coworkings.update(c);
    return c;
}

void CoworkingService::remove(const Actor &actor, const QString &id, bool force)
{
    m_access.requireOwner(actor, id);
    const QDateTime now = m_clock.now();
    const int active = m_bookings.countFutureActive(BookingScope::Coworking, id, now);
    if (active > 0) {
        if (!force)
            throw AppError::conflict(
                    errc::HasActiveBookings,
                    u"The coworking has %1 upcoming booking(s); cancel them first or delete with "
                    "force=true."_s.arg(active),
                    QJsonObject{ { keys::Count, active } });
        // Cancelled first, so their holders are told, before the rows go with the coworking.
        m_bookings.cancelFuture(BookingScope::Coworking, id, CancelReasons::CoworkingDeleted,
                                { actor.userId, now });
    }
    m_coworkings.remove(id);
}

void CoworkingService::requireUser(const QString &userId)
{
    if (!m_users.findById(userId))
        throw AppError::notFound(errc::UserNotFound, u"No such user."_s);
}

void CoworkingService::addManager(const Actor &actor, const QString &coworkingId,
                                  const QString &userId)
{
    m_access.requireOwner(actor, coworkingId);
    requireUser(userId);
    m_coworkings.addManager(coworkingId, userId);
}

void CoworkingService::removeManager(const Actor &actor, const QString &coworkingId,
                                     const QString &userId)
{
    m_access.requireOwner(actor, coworkingId);
    requireUser(userId);
    m_coworkings.removeManager(coworkingId, userId);
}

} // namespace coworking
