#include "spotservice.h"

#include "access/accesspolicy.h"
#include "bookings/bookingrepository.h"
#include "closures/closurerepository.h"
#include "coworkings/openinghours.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "spotrepository.h"
#include "users/userrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

AppError spotNotFound()
{
    return AppError::notFound(errc::SpotNotFound, u"No such spot."_s);
}

} // namespace

SpotService::SpotService(SpotRepository &spots, BookingRepository &bookings, UserRepository &users,
                         ClosureRepository &closures, AccessPolicy &access, const Clock &clock)
    : m_spots(spots),
      m_bookings(bookings),
      m_users(users),
      m_closures(closures),
      m_access(access),
      m_clock(clock)
{
}

QList<SpotAvailability> SpotService::availability(const QString &coworkingId,
                                                  const std::optional<QDateTime> &from,
                                                  const std::optional<QDateTime> &until)
{
    JsonBody errors{ QJsonObject() };
    if (from && !until)
        errors.addError(keys::TimeUntil, u"is required when time_from is given"_s);
    if (until && !from)
        errors.addError(keys::TimeFrom, u"is required when time_until is given"_s);
    if (from && until) {
        if (*from >= *until)
            errors.addError(keys::TimeUntil, u"must be later than time_from"_s);
        else if (from->secsTo(*until) > qint64(kMaxAvailabilityDays) * 24 * 3600)
            errors.addError(keys::TimeUntil,
                            u"must be at most %1 days after time_from"_s.arg(kMaxAvailabilityDays));
    }
    errors.finish();

    TimeRange window;
    if (from) {
        window = { *from, *until };
    } else {
        // "Free right now": a minute is long enough to mean now, short enough not to count a
        // booking that starts a while later.
        const QDateTime now = m_clock.now();
        window = { now, now.addSecs(60) };
    }

    std::optional<QList<SpotAvailability>> floor =
            m_spots.availabilityInCoworking(coworkingId, window);
    if (!floor)
        throw AccessPolicy::coworkingNotFound();
    if (closedDuring(coworkingId, window)) {
        for (SpotAvailability &item : *floor)
            item.free = false;
    }
    return std::move(*floor);
}

bool SpotService::closedDuring(const QString &coworkingId, const TimeRange &window)
{
    // UTC dates a day either side hold every local date the window touches, whatever the zone;
    // only when one of them has a closure is the coworking read for its zone and hours.
    const QList<Closure> near = m_closures.list(coworkingId, window.from.toUTC().date().addDays(-1),
                                                window.until.toUTC().date().addDays(1));
    if (near.isEmpty())
        return false;
    const Coworking c = m_access.requireCoworking(coworkingId);
    OpeningHours hours(c.opensAt, c.closesAt, c.timezone);
    for (const Closure &closure : near)
        hours.setSpecialDay(closure.date, closure.opensAt, closure.closesAt);
    for (const Closure &closure : near) {
        const TimeRange day{ hours.toUtc(closure.date, QTime(0, 0)),
                             hours.toUtc(closure.date.addDays(1), QTime(0, 0)) };
        if (!day.overlaps(window))
            continue;
        const TimeRange open = hours.windowOn(closure.date);
        if (!open.isValid() || !open.contains(window))
            return true;
    }
    return false;
}

Spot SpotService::get(const QString &id)
{
    auto spot = m_spots.find(id);
    if (!spot)
        throw spotNotFound();
    return *spot;
}

CurrentBooking SpotService::currentBooking(const Actor &actor, const QString &spotId)
{
    const Spot spot = get(spotId);
    m_access.requireStaff(actor, spot.coworkingId);

    const QDateTime now = m_clock.now();
    // [now, now + 1 ms) overlaps exactly the bookings with time_from <= now < time_until.
    const QList<Booking> bookings = m_bookings.activeOnSpot(spotId, { now, now.addMSecs(1) });
    for (const Booking &b : bookings) {
        if (b.range.from <= now && now < b.range.until) {
            auto user = m_users.findById(b.userId);
            if (!user)
                break;
            return CurrentBooking{ b, *user, now };
        }
    }
    throw AppError::notFound(errc::NoCurrentBooking, u"No booking is in progress on this spot."_s);
}

QList<Spot> SpotService::createMany(const Actor &actor, const QString &coworkingId,
                                    QList<Spot> drafts)
{
    m_access.requireOwner(actor, coworkingId);
    for (Spot &spot : drafts) {
        spot.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
        spot.coworkingId = coworkingId;
    }
    m_spots.insertMany(drafts);
    return drafts;
}

Spot SpotService::update(const Actor &actor, const QString &id, const SpotPatch &changes)
{
    Spot spot = get(id);
    m_access.requireOwner(actor, spot.coworkingId);
    changes.applyTo(spot);
    m_spots.update(spot, { actor.userId, m_clock.now() });
    return spot;
}

void SpotService::remove(const Actor &actor, const QString &id, bool force)
{
    const Spot spot = get(id);
    m_access.requireOwner(actor, spot.coworkingId);
    const QDateTime now = m_clock.now();
    const int active = m_bookings.countFutureActive(BookingScope::Spot, id, now);
    if (active > 0) {
        if (!force)
            throw AppError::conflict(
                    errc::HasActiveBookings,
                    u"The spot has %1 upcoming booking(s); cancel them first or delete with "
                    "force=true."_s.arg(active),
                    QJsonObject{ { keys::Count, active } });
        // Cancelled first, so their holders are told, before the rows go with the spot.
        m_bookings.cancelFuture(BookingScope::Spot, id, CancelReasons::SpotDeleted,
                                { actor.userId, now });
    }
    m_spots.remove(id, { actor.userId, now });
}

} // namespace coworking
