#include "memoryrepositories.h"

#include "events/outboxevent.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking::test {

// ---- MemoryClosures

QList<Closure> MemoryClosures::list(const QString &coworkingId, QDate from, QDate until)
{
    QList<Closure> found;
    for (const Closure &c : std::as_const(m_closures)) {
        if (c.coworkingId == coworkingId && c.date >= from && c.date <= until)
            found.append(c);
    }
    std::sort(found.begin(), found.end(),
              [](const Closure &a, const Closure &b) { return a.date < b.date; });
    return found;
}

std::optional<Closure> MemoryClosures::find(const QString &coworkingId, const QString &id)
{
    for (const Closure &c : std::as_const(m_closures)) {
        if (c.coworkingId == coworkingId && c.id == id)
            return c;
    }
    return std::nullopt;
}

bool MemoryClosures::insert(const Closure &closure)
{
    if (!list(closure.coworkingId, closure.date, closure.date).isEmpty())
        return false;
    m_closures.append(closure);
    return true;
}

bool MemoryClosures::remove(const QString &coworkingId, const QString &id)
{
    return m_closures.removeIf([&](const Closure &c) {
        return c.coworkingId == coworkingId && c.id == id;
    }) > 0;
}

namespace {

template<typename T>
Page<T> pageOf(const QList<T> &all, const PageRequest &page)
{
    return { all.mid(page.offset(), page.count), all.size() };
}

template<typename T, typename Pred>
QList<T> filtered(const QList<T> &items, Pred pred)
{
    QList<T> result;
    std::copy_if(items.cbegin(), items.cend(), std::back_inserter(result), pred);
    return result;
}

template<typename T>
std::optional<T> findById(const QList<T> &items, const QString &id)
{
    const auto it = std::find_if(items.cbegin(), items.cend(),
                                 [&id](const T &item) { return item.id == id; });
    return it == items.cend() ? std::nullopt : std::optional(*it);
}

template<typename T>
void replaceById(QList<T> &items, const T &item)
{
    std::replace_if(
            items.begin(), items.end(), [&item](const T &i) { return i.id == item.id; }, item);
}

} // namespace

// ---- coworkings

void MemoryCoworkings::insert(const Coworking &c)
{
    m_items.append(c);
}

void MemoryCoworkings::update(const Coworking &c)
{
    replaceById(m_items, c);
}

std::optional<Coworking> MemoryCoworkings::find(const QString &id)
{
    return findById(m_items, id);
}

Page<Coworking> MemoryCoworkings::list(const QString &query, const PageRequest &page)
{
    return pageOf(filtered(m_items,
                           [&query](const Coworking &c) {
                               return c.name.contains(query, Qt::CaseInsensitive);
                           }),
                  page);
}

void MemoryCoworkings::remove(const QString &id)
{
    m_items.removeIf([&id](const Coworking &c) { return c.id == id; });
    m_managers.removeIf([&id](const auto &pair) { return pair.first == id; });
}

QList<User> MemoryCoworkings::managers(const QString &coworkingId)
{
    QList<User> result;
    for (const auto &[coworking, user] : std::as_const(m_managers)) {
        if (coworking != coworkingId)
            continue;
        User manager;
        manager.id = user;
        result.append(manager);
    }
    return result;
}

void MemoryCoworkings::addManager(const QString &coworkingId, const QString &userId)
{
    m_managers.insert({ coworkingId, userId });
}

void MemoryCoworkings::removeManager(const QString &coworkingId, const QString &userId)
{
    m_managers.remove({ coworkingId, userId });
}

bool MemoryCoworkings::isManager(const QString &coworkingId, const QString &userId)
{
    return m_managers.contains({ coworkingId, userId });
}

QStringList MemoryCoworkings::staffedBy(const QString &userId)
{
    QStringList result;
    for (const Coworking &c : std::as_const(m_items)) {
        if (c.ownerId == userId || m_managers.contains({ c.id, userId }))
            result.append(c.id);
    }
    return result;
}

// ---- options

void MemoryOptions::insert(const Option &option)
{
    m_items.append(option);
}

std::optional<Option> MemoryOptions::find(const QString &id)
{
    return findById(m_items, id);
}

QList<Option> MemoryOptions::list(const QString &coworkingId)
{
    return filtered(m_items, [&coworkingId](const Option &o) {
        return coworkingId.isEmpty() || o.coworkingId == coworkingId;
    });
}

QList<Option> MemoryOptions::findMany(const QStringList &ids)
{
    return filtered(m_items, [&ids](const Option &o) { return ids.contains(o.id); });
}

void MemoryOptions::remove(const QString &id)
{
    m_items.removeIf([&id](const Option &o) { return o.id == id; });
}

// ---- users

bool MemoryUsers::insert(const User &user)
{
    if (findByEmail(user.email))
        return false;
    m_items.append(user);
    return true;
}

std::optional<User> MemoryUsers::findById(const QString &id)
{
    return coworking::test::findById(m_items, id);
}

std::optional<UserStanding> MemoryUsers::findStanding(const QString &id)
{
    const std::optional<User> user = findById(id);
    if (!user)
        return std::nullopt;
    return UserStanding{ Actor::fromUser(*user), user->isBanned };
}

QList<UserStanding> MemoryUsers::findStandings(const QStringList &ids)
{
    QList<UserStanding> out;
    for (const QString &id : ids) {
        if (const auto standing = findStanding(id))
            out.append(*standing);
    }
    return out;
}

std::optional<User> MemoryUsers::findByEmail(const QString &email)
{
    const auto it = std::find_if(m_items.cbegin(), m_items.cend(), [&email](const User &u) {
        return u.email.compare(email, Qt::CaseInsensitive) == 0;
    });
    return it == m_items.cend() ? std::nullopt : std::optional(*it);
}

bool MemoryUsers::update(const User &user)
{
    const std::optional<User> holder = findByEmail(user.email);
    if (holder && holder->id != user.id)
        return false;
    replaceById(m_items, user);
    return true;
}

Page<User> MemoryUsers::list(const UserFilter &filter, const PageRequest &page)
{
    return pageOf(filtered(m_items,
                           [&filter](const User &u) {
                               if (!filter.email.isEmpty())
                                   return u.email.compare(filter.email, Qt::CaseInsensitive) == 0;
                               return u.email.contains(filter.query, Qt::CaseInsensitive)
                                       || u.fullName.contains(filter.query, Qt::CaseInsensitive);
                           }),
                  page);
}

void MemoryUsers::setBanned(const QString &id, bool banned, const EventOrigin &)
{
    for (User &u : m_items) {
        if (u.id == id)
            u.isBanned = banned;
    }
}

// ---- spots

void MemorySpots::insertMany(const QList<Spot> &spots)
{
    m_items.append(spots);
}

void MemorySpots::update(const Spot &spot, const EventOrigin &)
{
    replaceById(m_items, spot);
}

std::optional<Spot> MemorySpots::find(const QString &id)
{
    return findById(m_items, id);
}

std::optional<SpotInCoworking> MemorySpots::findWithCoworking(const QString &id)
{
    const std::optional<Spot> spot = find(id);
    if (!spot)
        return std::nullopt;
    const std::optional<Coworking> coworking = m_coworkings.find(spot->coworkingId);
    if (!coworking)
        return std::nullopt;
    return SpotInCoworking{ *spot, *coworking };
}

QList<Spot> MemorySpots::listByCoworking(const QString &coworkingId)
{
    QList<Spot> result = filtered(
            m_items, [&coworkingId](const Spot &s) { return s.coworkingId == coworkingId; });
    std::stable_sort(result.begin(), result.end(), [](const Spot &a, const Spot &b) {
        return std::tie(a.position, a.name) < std::tie(b.position, b.name);
    });
    return result;
}

std::optional<QList<SpotAvailability>>
MemorySpots::availabilityInCoworking(const QString &coworkingId, const TimeRange &window)
{
    if (!m_coworkings.find(coworkingId))
        return std::nullopt;
    const QSet<QString> busy = m_bookings.busySpotsInCoworking(coworkingId, window);
    QList<SpotAvailability> result;
    for (const Spot &spot : listByCoworking(coworkingId))
        result.append({ spot, !busy.contains(spot.id) });
    return result;
}

void MemorySpots::remove(const QString &id, const EventOrigin &)
{
    m_items.removeIf([&id](const Spot &s) { return s.id == id; });
}

// ---- bookings

Booking *MemoryBookings::findMutable(const QString &id)
{
    const auto it = std::find_if(m_items.begin(), m_items.end(),
                                 [&id](const Booking &b) { return b.id == id; });
    return it == m_items.end() ? nullptr : &*it;
}

BookingWriteResult MemoryBookings::decide(const Booking &candidate, const QString &self,
                                          int maxActivePerUser, const QDateTime &now,
                                          OverlapScope overlap) const
{
    int held = 0;
    for (const Booking &b : m_items) {
        if (b.id == self || b.status != BookingStatus::Active)
            continue;
        // The SQL store checks the booker's rules first, then the spot (the exclusion constraint).
        const bool inScope =
                overlap == OverlapScope::AnyCoworking || b.coworkingId == candidate.coworkingId;
        if (b.userId == candidate.userId && inScope && b.range.overlaps(candidate.range))
            return BookingWriteResult::UserOverlap;
        if (b.userId == candidate.userId && b.coworkingId == candidate.coworkingId
            && b.range.until > now)
            ++held;
    }
    if (maxActivePerUser >= 0 && held >= maxActivePerUser)
        return BookingWriteResult::UserLimit;
    for (const Booking &b : m_items) {
        if (b.id != self && b.status == BookingStatus::Active && b.spotId == candidate.spotId
            && b.range.overlaps(candidate.range))
            return BookingWriteResult::SpotConflict;
    }
    return BookingWriteResult::Ok;
}

BookingWriteResult MemoryBookings::create(const Booking &booking, int maxActivePerUser,
                                          const QDateTime &now, const EventOrigin &,
                                          OverlapScope overlap)
{
    // The unique index on the code, checked like the store's (no code is NULL there: unique).
    if (!booking.code.isEmpty()
        && std::any_of(m_items.cbegin(), m_items.cend(),
                       [&booking](const Booking &b) { return b.code == booking.code; })) {
        return BookingWriteResult::CodeTaken;
    }
    const BookingWriteResult result = decide(booking, {}, maxActivePerUser, now, overlap);
    if (result == BookingWriteResult::Ok) {
        m_items.append(booking);
        events.append(EventTypes::BookingCreated);
    }
    return result;
}

BookingWriteResult MemoryBookings::reschedule(const QString &bookingId, const QString &spotId,
                                              const TimeRange &range, const EventOrigin &,
                                              OverlapScope overlap)
{
    Booking *booking = findMutable(bookingId);
    if (!booking || booking->status != BookingStatus::Active)
        return BookingWriteResult::SpotConflict;
    Booking moved = *booking;
    moved.range = range;
    moved.spotId = spotId;
    // A move does not count against the limit: the booking already holds its place.
    const BookingWriteResult result = decide(moved, bookingId, -1, QDateTime(), overlap);
    if (result == BookingWriteResult::Ok) {
        booking->range = range;
        booking->spotId = spotId;
        ++booking->revision;
        events.append(EventTypes::BookingRescheduled);
    }
    return result;
}

std::optional<Booking> MemoryBookings::find(const QString &id)
{
    return findById(m_items, id);
}

std::optional<Booking> MemoryBookings::findByCode(const QString &coworkingId, const QString &code)
{
    for (const Booking &b : m_items) {
        if (b.coworkingId == coworkingId && b.code == code)
            return b;
    }
    return std::nullopt;
}

Page<Booking> MemoryBookings::list(const BookingFilter &filter, const PageRequest &page,
                                   const QDateTime &now)
{
    const TimeRange window{ filter.from, filter.until };
    return pageOf(filtered(m_items,
                           [&](const Booking &b) {
                               return (filter.coworkingIds.isEmpty()
                                       || filter.coworkingIds.contains(b.coworkingId))
                                       && (filter.coworkingId.isEmpty()
                                           || b.coworkingId == filter.coworkingId)
                                       && (filter.spotId.isEmpty() || b.spotId == filter.spotId)
                                       && (filter.userId.isEmpty() || b.userId == filter.userId)
                                       && (!filter.status
                                           || b.effectiveStatus(now) == *filter.status)
                                       && (!filter.from.isValid() || !filter.until.isValid()
                                           || b.range.overlaps(window));
                           }),
                  page);
}

QList<Booking> MemoryBookings::activeInCoworking(const QString &coworkingId, const TimeRange &range)
{
    return filtered(m_items, [&](const Booking &b) {
        return b.coworkingId == coworkingId && b.status == BookingStatus::Active
                && b.range.overlaps(range);
    });
}

QSet<QString> MemoryBookings::busySpotsInCoworking(const QString &coworkingId,
                                                   const TimeRange &range)
{
    QSet<QString> result;
    for (const Booking &b : activeInCoworking(coworkingId, range))
        result.insert(b.spotId);
    return result;
}

QList<Booking> MemoryBookings::activeOnSpot(const QString &spotId, const TimeRange &range)
{
    return filtered(m_items, [&](const Booking &b) {
        return b.spotId == spotId && b.status == BookingStatus::Active && b.range.overlaps(range);
    });
}

std::optional<QString> MemoryBookings::findFreeSpot(const QString &coworkingId,
                                                    const TimeRange &range,
                                                    const QString &exceptSpotId)
{
    const QSet<QString> busy = busySpotsInCoworking(coworkingId, range);
    for (const QString &spot : spotsOfCoworking.value(coworkingId)) {
        if (spot != exceptSpotId && !busy.contains(spot))
            return spot;
    }
    return std::nullopt;
}

bool MemoryBookings::cancel(const QString &id, const QString &reason, const QString &note,
                            const EventOrigin &origin)
{
    Booking *booking = findMutable(id);
    if (!booking || booking->status != BookingStatus::Active)
        return false;
    booking->status = BookingStatus::Cancelled;
    booking->cancelledAt = origin.at;
    booking->cancelReason = reason;
    booking->cancelNote = note;
    ++booking->revision;
    events.append(EventTypes::BookingCancelled);
    return true;
}

bool MemoryBookings::checkIn(const QString &id, const EventOrigin &origin)
{
    Booking *booking = findMutable(id);
    if (!booking || booking->status != BookingStatus::Active)
        return false;
    if (!booking->checkedInAt.isValid()) {
        booking->checkedInAt = origin.at;
        events.append(EventTypes::BookingCheckedIn);
    }
    return true;
}

void MemoryBookings::addOption(const QString &bookingId, const QString &optionId)
{
    if (Booking *booking = findMutable(bookingId); booking && !booking->options.contains(optionId))
        booking->options.append(optionId);
}

void MemoryBookings::removeOption(const QString &bookingId, const QString &optionId)
{
    if (Booking *booking = findMutable(bookingId))
        booking->options.removeAll(optionId);
}

namespace {

bool inScope(const Booking &b, BookingScope scope, const QString &id)
{
    switch (scope) {
    case BookingScope::User:
        return b.userId == id;
    case BookingScope::Spot:
        return b.spotId == id;
    case BookingScope::Coworking:
        return b.coworkingId == id;
    }
    return false;
}

} // namespace

int MemoryBookings::countFutureActive(BookingScope scope, const QString &id, const QDateTime &now)
{
    return int(std::count_if(m_items.cbegin(), m_items.cend(), [&](const Booking &b) {
        return inScope(b, scope, id) && b.status == BookingStatus::Active && b.range.until > now;
    }));
}

QStringList MemoryBookings::cancelFuture(BookingScope scope, const QString &id,
                                         const QString &reason, const EventOrigin &origin)
{
    QStringList cancelled;
    for (const Booking &b : std::as_const(m_items)) {
        if (inScope(b, scope, id) && b.status == BookingStatus::Active && b.range.until > origin.at)
            cancelled.append(b.id);
    }
    for (const QString &bookingId : std::as_const(cancelled))
        cancel(bookingId, reason, {}, origin);
    return cancelled;
}

} // namespace coworking::test
