#include "bookingservice.h"

#include "access/accesspolicy.h"
#include "common/clock.h"
#include "common/datetime.h"
#include "common/errorcodes.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "coworkings/coworkingrepository.h"
#include "coworkings/openinghours.h"
#include "options/optionrepository.h"
#include "spots/spotrepository.h"
#include "users/userrepository.h"

#include <QCryptographicHash>
#include <QHash>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// A booker may check in this long before the start; staff at any time while it is active.
constexpr int CheckInLeadSecs = 15 * 60;
constexpr int MaxIdempotencyKeyLength = 200;

AppError bookingNotFound()
{
    return AppError::notFound(errc::BookingNotFound, u"No such booking."_s);
}

AppError bookingNotActive(BookingStatus status)
{
    return AppError::conflict(
            errc::BookingNotActive,
            u"This booking is %1 and can no longer be changed."_s.arg(toString(status)),
            { { keys::Status, toString(status) } });
}

OpeningHours openingHoursOf(const Coworking &c)
{
    return OpeningHours(c.opensAt, c.closesAt, c.timezone);
}

} // namespace

BookingRequest BookingRequest::fromJson(const QJsonObject &body)
{
    JsonBody json(body);
    BookingRequest request;
    request.spotId = json.requiredId(keys::SpotId);
    request.range.from = json.requiredDateTime(keys::TimeFrom);
    request.range.until = json.requiredDateTime(keys::TimeUntil);
    request.options = json.optionalIdList(keys::Options).value_or(QStringList());
    request.userId = json.optionalId(keys::UserId).value_or(QString());
    json.finish();
    // Stored and answered in one order, whatever order the client sent.
    std::sort(request.options.begin(), request.options.end());
    return request;
}

BookingService::BookingService(BookingRepository &bookings, IdempotencyRepository &idempotency,
                               SpotRepository &spots, CoworkingRepository &coworkings,
                               OptionRepository &options, UserRepository &users,
                               AccessPolicy &access, const Clock &clock)
    : m_bookings(bookings),
      m_idempotency(idempotency),
      m_spots(spots),
      m_coworkings(coworkings),
      m_options(options),
      m_users(users),
      m_access(access),
      m_clock(clock)
{
}

QDateTime BookingService::now() const
{
    return m_clock.now();
}

// ---- commands -------------------------------------------------------------------------------

void BookingService::requireBookable(const Actor &actor, const QString &userId)
{
    if (userId == actor.userId)
        return;
    const std::optional<User> user = m_users.findById(userId);
    if (!user)
        throw AppError::notFound(errc::UserNotFound, u"No such user."_s);
    if (user->isBanned)
        throw AppError(ErrorKind::Forbidden, errc::UserBanned,
                       u"This user is banned and cannot make bookings."_s);
}

void BookingService::checkWindow(const Coworking &coworking, const TimeRange &range)
{
    if (const auto violation =
                checkBookingWindow(range, openingHoursOf(coworking), coworking.policy, now())) {
        throw toAppError(*violation);
    }
}

void BookingService::requireActive(const Booking &booking)
{
    const BookingStatus status = booking.effectiveStatus(now());
    if (status != BookingStatus::Active)
        throw bookingNotActive(status);
}

BookingService::Target BookingService::checkCreate(const Actor &actor,
                                                   const BookingRequest &request)
{
    std::optional<SpotInCoworking> target = m_spots.findWithCoworking(request.spotId);
    if (!target)
        throw AppError::notFound(errc::SpotNotFound, u"No such spot."_s);
    const Coworking &coworking = target->coworking;

    QString bookerId = actor.userId;
    if (!request.userId.isEmpty() && request.userId != actor.userId) {
        if (!m_access.isStaff(actor, coworking)) {
            throw AppError::forbidden(u"Only the staff of this coworking may book "
                                      "on behalf of another user."_s);
        }
        bookerId = request.userId;
    }
    requireBookable(actor, bookerId);

    if (!target->spot.active) {
        throw AppError::conflict(errc::SpotInactive, u"This spot is not available for booking."_s);
    }
    checkWindow(coworking, request.range);

    if (!request.options.isEmpty()) {
        const QList<Option> found = m_options.findMany(request.options);
        for (const QString &id : request.options) {
            const auto it = std::find_if(found.cbegin(), found.cend(),
                                         [&id](const Option &o) { return o.id == id; });
            if (it == found.cend() || it->coworkingId != coworking.id) {
                throw AppError::invalidField(keys::Options,
                                             u"%1 is not an option of this "
                                             "coworking"_s.arg(id));
            }
        }
    }
    return { std::move(target->spot), std::move(target->coworking), bookerId };
}

AppError BookingService::userLimitError(const QString &reason, int limit) const
{
    const QString message = reason == u"overlap"
            ? u"The booker already has an active booking at that time."_s
            : u"The booker already holds the maximum of %1 active bookings in "
              "this coworking."_s.arg(limit);
    return AppError::conflict(errc::UserLimit, message,
                              { { keys::Reason, reason }, { keys::Limit, limit } });
}

AppError BookingService::conflictError(const Coworking &coworking, const TimeRange &range,
                                       const QString &spotId)
{
    QJsonValue alternative = QJsonValue::Null;
    if (const auto freeId = m_bookings.findFreeSpot(coworking.id, range, spotId)) {
        if (const auto spot = m_spots.find(*freeId))
            alternative = embeddedSpotJson(*spot);
    }
    const QString message = u"This spot is already booked for part of that time."_s;
    AppError error = AppError::conflict(errc::BookingConflict, message,
                                        { { keys::AlternativeSpot, alternative } });
    // The original service answered {"message", "spot"}; old clients still read those.
    error.withExtra({ { keys::Message, message }, { keys::Spot, alternative } });
    return error;
}

Booking BookingService::create(const Actor &actor, const BookingRequest &request)
{
    const Target target = checkCreate(actor, request);
    const QDateTime at = now();

    Booking booking;
    booking.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    booking.userId = target.bookerId;
    booking.spotId = target.spot.id;
    booking.coworkingId = target.coworking.id;
    booking.range = { request.range.from.toUTC(), request.range.until.toUTC() };
    booking.status = BookingStatus::Active;
    booking.options = request.options;
    booking.createdAt = at;

    const int limit = target.coworking.policy.maxActiveBookingsPerUser;
    switch (m_bookings.create(booking, limit, at, { actor.userId, at })) {
    case BookingWriteResult::Ok:
        return booking;
    case BookingWriteResult::UserOverlap:
        throw userLimitError(u"overlap"_s, limit);
    case BookingWriteResult::UserLimit:
        throw userLimitError(u"max_active"_s, limit);
    case BookingWriteResult::SpotConflict:
        break;
    }
    throw conflictError(target.coworking, booking.range, booking.spotId);
}

std::optional<AppError> BookingService::precheck(const Actor &actor, const QJsonObject &body)
{
    try {
        const BookingRequest request = BookingRequest::fromJson(body);
        const Target target = checkCreate(actor, request);
        const QDateTime at = now();
        const int limit = target.coworking.policy.maxActiveBookingsPerUser;

        // The same order as the store decides in create: the booker's rules, then the spot.
        BookingFilter overlapping;
        overlapping.userId = target.bookerId;
        overlapping.status = BookingStatus::Active;
        overlapping.from = request.range.from;
        overlapping.until = request.range.until;
        if (m_bookings.list(overlapping, PageRequest{ 1, 0 }, at).total > 0)
            return userLimitError(u"overlap"_s, limit);

        BookingFilter held;
        held.userId = target.bookerId;
        held.coworkingId = target.coworking.id;
        held.status = BookingStatus::Active;
        if (m_bookings.list(held, PageRequest{ 1, 0 }, at).total >= limit)
            return userLimitError(u"max_active"_s, limit);

        if (!m_bookings.activeOnSpot(target.spot.id, request.range).isEmpty())
            return conflictError(target.coworking, request.range, target.spot.id);
        return std::nullopt;
    } catch (const AppError &error) {
        switch (error.kind()) {
        case ErrorKind::Validation:
        case ErrorKind::NotFound:
        case ErrorKind::Forbidden:
        case ErrorKind::Conflict:
            return error;
        default:
            throw;
        }
    }
}

Booking BookingService::reschedule(const Actor &actor, const QString &bookingId,
                                   const TimeRange &range)
{
    const Visible v = requireVisible(actor, bookingId);
    requireActive(v.booking);
    const std::optional<Spot> spot = m_spots.find(v.booking.spotId);
    if (!spot || !spot->active) {
        throw AppError::conflict(errc::SpotInactive, u"This spot is not available for booking."_s);
    }
    requireBookable(actor, v.booking.userId);
    checkWindow(v.coworking, range);

    const TimeRange utc{ range.from.toUTC(), range.until.toUTC() };
    switch (m_bookings.reschedule(bookingId, utc, { actor.userId, now() })) {
    case BookingWriteResult::Ok:
        break;
    case BookingWriteResult::UserOverlap:
    case BookingWriteResult::UserLimit:
        throw userLimitError(u"overlap"_s, v.coworking.policy.maxActiveBookingsPerUser);
    case BookingWriteResult::SpotConflict:
        throw conflictError(v.coworking, utc, v.booking.spotId);
    }
    const std::optional<Booking> updated = m_bookings.find(bookingId);
    if (!updated)
        throw bookingNotFound();
    return *updated;
}

void BookingService::cancel(const Actor &actor, const QString &bookingId)
{
    const Visible v = requireVisible(actor, bookingId);
    requireActive(v.booking);
    const QString reason = v.isBooker ? CancelReasons::User : CancelReasons::Staff;
    // Someone else may have cancelled it between the read and this write.
    if (!m_bookings.cancel(bookingId, reason, { actor.userId, now() }))
        throw bookingNotActive(BookingStatus::Cancelled);
}

Booking BookingService::addOption(const Actor &actor, const QString &bookingId,
                                  const QString &optionId)
{
    const Visible v = requireVisible(actor, bookingId);
    const std::optional<Option> option = m_options.find(optionId);
    if (!option || option->coworkingId != v.booking.coworkingId) {
        throw AppError::invalidField(keys::OptionId, u"is not an option of this coworking"_s);
    }
    requireActive(v.booking);
    m_bookings.addOption(bookingId, optionId);
    return get(actor, bookingId);
}

Booking BookingService::removeOption(const Actor &actor, const QString &bookingId,
                                     const QString &optionId)
{
    const Visible v = requireVisible(actor, bookingId);
    const std::optional<Option> option = m_options.find(optionId);
    if (!option || option->coworkingId != v.booking.coworkingId) {
        throw AppError::invalidField(keys::OptionId, u"is not an option of this coworking"_s);
    }
    requireActive(v.booking);
    m_bookings.removeOption(bookingId, optionId);
    return get(actor, bookingId);
}

Booking BookingService::checkIn(const Actor &actor, const QString &bookingId)
{
    const Visible v = requireVisible(actor, bookingId);
    // A second tap on the kiosk is not an error.
    if (v.booking.checkedInAt.isValid())
        return v.booking;

    const QDateTime at = now();
    const QDateTime opensAt = v.booking.range.from.addSecs(-CheckInLeadSecs);
    const bool active = v.booking.effectiveStatus(at) == BookingStatus::Active;
    const bool allowed = active && (v.isStaff || at >= opensAt);
    const auto notAllowed = [&] {
        return AppError::conflict(
                errc::CheckinNotAllowed,
                active ? u"Check-in opens 15 minutes before the booking starts."_s
                       : u"Only an active booking that has not ended can be checked in."_s,
                { { keys::OpensAt, datetime::toUtcString(opensAt) } });
    };
    if (!allowed || !m_bookings.checkIn(bookingId, { actor.userId, at }))
        throw notAllowed();
    const std::optional<Booking> updated = m_bookings.find(bookingId);
    if (!updated)
        throw bookingNotFound();
    return *updated;
}

// ---- idempotency ----------------------------------------------------------------------------

void BookingService::validateIdempotencyKey(const QByteArray &key)
{
    const bool printable =
            std::all_of(key.cbegin(), key.cend(), [](char c) { return c >= 0x20 && c <= 0x7e; });
    if (key.isEmpty() || key.size() > MaxIdempotencyKeyLength || !printable) {
        throw AppError::invalidField(
                u"Idempotency-Key"_s,
                u"must be 1 to %1 printable ASCII characters"_s.arg(MaxIdempotencyKeyLength));
    }
}

QString BookingService::requestHash(const QJsonObject &body)
{
    // QJsonObject keeps its keys sorted, so the compact form is canonical.
    const QByteArray canonical = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return QString::fromLatin1(
            QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

IdempotentAnswer BookingService::runIdempotent(const Actor &actor, const QString &key,
                                               const QJsonObject &body,
                                               const std::function<IdempotentAnswer()> &command,
                                               const std::function<bool(int)> &store)
{
    validateIdempotencyKey(key.toLatin1());
    const QString hash = requestHash(body);
    const auto replay = [&](const StoredAnswer &stored) -> IdempotentAnswer {
        if (stored.requestHash != hash) {
            throw AppError::unprocessable(errc::IdempotencyKeyReused,
                                          u"This Idempotency-Key was already used "
                                          "with a different request body."_s);
        }
        return { stored.status, stored.body, true };
    };

    if (const auto stored = m_idempotency.find(actor.userId, key))
        return replay(*stored);

    const IdempotentAnswer answer = command();
    if (!store(answer.status))
        return answer;
    if (m_idempotency.save(actor.userId, key, { hash, answer.status, answer.body }, now()))
        return answer;
    // A concurrent request with the same key stored its answer first: that answer counts (the
    // rules kept this one from booking the same window twice).
    if (const auto stored = m_idempotency.find(actor.userId, key))
        return replay(*stored);
    return answer;
}

// ---- queries --------------------------------------------------------------------------------

BookingService::Visible BookingService::requireVisible(const Actor &actor, const QString &bookingId)
{
    const std::optional<Booking> booking = m_bookings.find(bookingId);
    if (!booking || actor.isAnonymous())
        throw bookingNotFound();
    const std::optional<Coworking> coworking = m_coworkings.find(booking->coworkingId);
    if (!coworking)
        throw bookingNotFound();
    Visible v{ *booking, *coworking, booking->userId == actor.userId, false };
    v.isStaff = m_access.isStaff(actor, *coworking);
    if (!v.isBooker && !v.isStaff)
        throw bookingNotFound();
    return v;
}

Booking BookingService::get(const Actor &actor, const QString &bookingId)
{
    return requireVisible(actor, bookingId).booking;
}

void BookingService::decorate(QList<BookingDetails> &items, bool withCoworking, bool withUser)
{
    // A page holds at most 100 bookings of a handful of spots, coworkings and users.
    QHash<QString, std::optional<Coworking>> coworkings;
    QHash<QString, std::optional<Spot>> spots;
    QHash<QString, std::optional<User>> users;
    for (BookingDetails &item : items) {
        const Booking &b = item.booking;
        if (!spots.contains(b.spotId))
            spots.insert(b.spotId, m_spots.find(b.spotId));
        item.spot = spots.value(b.spotId);
        if (withCoworking) {
            if (!coworkings.contains(b.coworkingId))
                coworkings.insert(b.coworkingId, m_coworkings.find(b.coworkingId));
            item.coworking = coworkings.value(b.coworkingId);
        }
        if (withUser) {
            if (!users.contains(b.userId))
                users.insert(b.userId, m_users.findById(b.userId));
            item.user = users.value(b.userId);
        }
    }
}

Page<BookingDetails> BookingService::myBookings(const Actor &actor,
                                                std::optional<BookingStatus> status,
                                                const PageRequest &page)
{
    BookingFilter filter;
    filter.userId = actor.userId;
    filter.status = status;
    const Page<Booking> found = m_bookings.list(filter, page, now());

    Page<BookingDetails> result;
    result.total = found.total;
    for (const Booking &b : found.items)
        result.items.append(BookingDetails{ b, std::nullopt, std::nullopt, std::nullopt });
    decorate(result.items, true, false);
    return result;
}

Page<BookingDetails> BookingService::list(const Actor &actor, const BookingQuery &query,
                                          const PageRequest &page)
{
    bool all = false;
    const QStringList staffed = m_access.staffedCoworkings(actor, &all);
    if (!all && staffed.isEmpty()) {
        throw AppError::forbidden(u"Only administrators and the staff of a "
                                  "coworking may list bookings."_s);
    }
    if (query.from.isValid() && query.until.isValid() && query.from >= query.until) {
        throw AppError::invalidField(keys::TimeUntil, u"must be after time_from"_s);
    }

    BookingFilter filter;
    if (!query.coworkingId.isEmpty()) {
        if (!all && !staffed.contains(query.coworkingId)) {
            throw AppError::forbidden(u"You are not on the staff of this "
                                      "coworking."_s);
        }
        filter.coworkingId = query.coworkingId;
    } else if (!all) {
        filter.coworkingIds = staffed;
    }
    filter.spotId = query.spotId;
    filter.userId = query.userId;
    filter.status = query.status;
    filter.from = query.from;
    filter.until = query.until;
    const Page<Booking> found = m_bookings.list(filter, page, now());

    Page<BookingDetails> result;
    result.total = found.total;
    for (const Booking &b : found.items)
        result.items.append(BookingDetails{ b, std::nullopt, std::nullopt, std::nullopt });
    decorate(result.items, false, true);
    return result;
}

QList<TimeRange> BookingService::availableTimes(const Actor &actor, const QString &bookingId)
{
    const Visible v = requireVisible(actor, bookingId);
    const std::optional<Spot> spot = m_spots.find(v.booking.spotId);
    if (!spot || !spot->active)
        return {};

    const OpeningHours hours = openingHoursOf(v.coworking);
    const QDate day = hours.localDate(v.booking.range.from);
    const TimeRange window = hours.windowOn(day);
    if (!window.isValid())
        return {};
    QList<TimeRange> busy;
    for (const Booking &b : m_bookings.activeOnSpot(spot->id, window))
        busy.append(b.range);
    // Even when cancelled, its own time is not offered back as a free slot of this booking.
    busy.append(v.booking.range);
    return freeSlots(day, hours, v.coworking.policy, busy, now());
}

} // namespace coworking
