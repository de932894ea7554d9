#include "bookingservice.h"

#include "access/accesspolicy.h"
#include "bookingcode.h"
#include "bookingoutcomes.h"
#include "closures/closureservice.h"
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

#include <QHash>
#include <QUuid>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// A booker may check in this long before the start; staff at any time while it is active.
constexpr int CheckInLeadSecs = 15 * 60;
constexpr int MaxCodeDraws = 5;

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

RescheduleRequest RescheduleRequest::fromJson(const QJsonObject &body)
{
    JsonBody json(body);
    RescheduleRequest request;
    request.range.from = json.requiredDateTime(keys::TimeFrom);
    request.range.until = json.requiredDateTime(keys::TimeUntil);
    request.spotId = json.optionalId(keys::SpotId).value_or(QString());
    json.finish();
    return request;
}

BookingService::BookingService(BookingRepository &bookings, SpotRepository &spots,
                               CoworkingRepository &coworkings, ClosureRepository &closures,
                               OptionRepository &options, UserRepository &users,
                               AccessPolicy &access, const Clock &clock, BookingOutcomes &outcomes)
    : m_bookings(bookings),
      m_spots(spots),
      m_coworkings(coworkings),
      m_closures(closures),
      m_options(options),
      m_users(users),
      m_access(access),
      m_clock(clock),
      m_outcomes(outcomes),
      m_codes(&bookingcode::generate)
{
}

void BookingService::setCodeSource(std::function<QString()> codes)
{
    m_codes = std::move(codes);
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
    // The closures of the day the booking starts on and of the day before (overnight hours).
    const QDate day = OpeningHours(coworking.opensAt, coworking.closesAt, coworking.timezone)
                              .localDate(range.from);
    const OpeningHours hours = openingHoursWithClosures(coworking, m_closures, day, day);
    if (const auto violation = checkBookingWindow(range, hours, coworking.policy, now())) {
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
    requireOptionsOf(coworking, request.options, keys::Options);
    return { std::move(target->spot), std::move(target->coworking), bookerId };
}

void BookingService::requireOptionsOf(const Coworking &coworking, const QStringList &optionIds,
                                      QLatin1StringView field)
{
    if (optionIds.isEmpty())
        return;
    const QList<Option> found = m_options.findMany(optionIds);
    for (const QString &id : optionIds) {
        const auto it = std::find_if(found.cbegin(), found.cend(),
                                     [&id](const Option &o) { return o.id == id; });
        if (it == found.cend() || it->coworkingId != coworking.id) {
            throw AppError::invalidField(field, u"%1 is not an option of this coworking"_s.arg(id));
        }
    }
}

OverlapScope BookingService::overlapScope(const Actor &actor, const QString &bookerId)
{
    return bookerId == actor.userId || actor.isAdmin ? OverlapScope::AnyCoworking
                                                     : OverlapScope::SameCoworking;
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
    // A code collides about once in 1e11 / (bookings stored) draws; a few draws are plenty.
    for (int attempt = 0; attempt < MaxCodeDraws; ++attempt) {
        booking.code = m_codes();
        switch (m_bookings.create(booking, limit, at, { actor.userId, at },
                                  overlapScope(actor, target.bookerId))) {
        case BookingWriteResult::Ok:
            m_outcomes.bookingCreated();
            return booking;
        case BookingWriteResult::UserOverlap:
            throw userLimitError(u"overlap"_s, limit);
        case BookingWriteResult::UserLimit:
            throw userLimitError(u"max_active"_s, limit);
        case BookingWriteResult::CodeTaken:
            continue;
        case BookingWriteResult::SpotConflict:
            m_outcomes.bookingConflict();
            throw conflictError(target.coworking, booking.range, booking.spotId);
        }
    }
    // Five collisions in a row mean a broken source of codes, not bad luck.
    throw AppError::internal();
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
        if (overlapScope(actor, target.bookerId) == OverlapScope::SameCoworking)
            overlapping.coworkingId = target.coworking.id;
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
                                   const RescheduleRequest &request)
{
    const Visible v = requireVisible(actor, bookingId);
    requireActive(v.booking);
    const QString spotId = request.spotId.isEmpty() ? v.booking.spotId : request.spotId;
    const std::optional<Spot> spot = m_spots.find(spotId);
    if (!spot)
        throw AppError::notFound(errc::SpotNotFound, u"No such spot."_s);
    if (spot->coworkingId != v.booking.coworkingId) {
        throw AppError::invalidField(keys::SpotId,
                                     u"must be a spot of the booking's own coworking"_s);
    }
    if (!spot->active) {
        throw AppError::conflict(errc::SpotInactive, u"This spot is not available for booking."_s);
    }
    requireBookable(actor, v.booking.userId);
    checkWindow(v.coworking, request.range);
    // The options were the coworking's when booked; one may have moved on since (a check that
    // costs one read, and only when the booking has options).
    requireOptionsOf(v.coworking, v.booking.options, keys::Options);

    const TimeRange utc{ request.range.from.toUTC(), request.range.until.toUTC() };
    switch (m_bookings.reschedule(bookingId, spotId, utc, { actor.userId, now() },
                                  overlapScope(actor, v.booking.userId))) {
    case BookingWriteResult::Ok:
        break;
    case BookingWriteResult::UserOverlap:
    case BookingWriteResult::UserLimit:
    case BookingWriteResult::CodeTaken: // a move keeps its code
        throw userLimitError(u"overlap"_s, v.coworking.policy.maxActiveBookingsPerUser);
    case BookingWriteResult::SpotConflict:
        m_outcomes.bookingConflict();
        throw conflictError(v.coworking, utc, spotId);
    }
    const std::optional<Booking> updated = m_bookings.find(bookingId);
    if (!updated)
        throw bookingNotFound();
    return *updated;
}

void BookingService::cancel(const Actor &actor, const QString &bookingId, const QString &reason)
{
    const QString note = reason.trimmed();
    // Characters as people count them, not UTF-16 units.
    if (note.toUcs4().size() > MaxCancelReasonLength) {
        throw AppError::invalidField(keys::Reason,
                                     u"must be at most %1 characters"_s.arg(MaxCancelReasonLength));
    }
    const Visible v = requireVisible(actor, bookingId);
    requireActive(v.booking);
    const QString kind = v.isBooker ? CancelReasons::User : CancelReasons::Staff;
    // Someone else may have cancelled it between the read and this write.
    if (!m_bookings.cancel(bookingId, kind, note, { actor.userId, now() }))
        throw bookingNotActive(BookingStatus::Cancelled);
    m_outcomes.bookingCancelled();
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

BookingDetails BookingService::findByCode(const Actor &actor, const QString &coworkingId,
                                          const QString &typed)
{
    // One answer for every miss, so that a code tells nothing about other coworkings.
    const std::optional<Coworking> coworking = m_coworkings.find(coworkingId);
    if (!coworking || actor.isAnonymous() || !m_access.isStaff(actor, *coworking))
        throw bookingNotFound();
    const std::optional<QString> code = bookingcode::normalize(typed);
    if (!code)
        throw bookingNotFound();
    const std::optional<Booking> booking = m_bookings.findByCode(coworking->id, *code);
    if (!booking)
        throw bookingNotFound();
    QList<BookingDetails> items{ BookingDetails{ *booking, std::nullopt, std::nullopt,
                                                 std::nullopt } };
    decorate(items, false, true);
    return items.takeFirst();
}

void BookingService::decorate(QList<BookingDetails> &items, bool withCoworking, bool withUser)
{
    // Each spot, coworking and user is read once: a page holds a handful, an export as many as
    // its bookings have.
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

BookingFilter BookingService::staffFilter(const Actor &actor, const BookingQuery &query)
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
    return filter;
}

Page<BookingDetails> BookingService::list(const Actor &actor, const BookingQuery &query,
                                          const PageRequest &page)
{
    const Page<Booking> found = m_bookings.list(staffFilter(actor, query), page, now());

    Page<BookingDetails> result;
    result.total = found.total;
    for (const Booking &b : found.items)
        result.items.append(BookingDetails{ b, std::nullopt, std::nullopt, std::nullopt });
    decorate(result.items, false, true);
    return result;
}

QList<BookingDetails> BookingService::exportList(const Actor &actor, const BookingQuery &query)
{
    const BookingFilter filter = staffFilter(actor, query);
    const QDateTime at = now();
    // Counted first, so that an export over the limit reads no rows.
    const qint64 total = m_bookings.list(filter, PageRequest{ 1, 0 }, at).total;
    if (total > kMaxExportRows) {
        throw AppError::unprocessable(
                errc::ExportTooLarge,
                u"%1 bookings match; an export holds at most %2. Narrow the filters "
                "(a coworking, a spot, a shorter time range)."_s.arg(total)
                        .arg(kMaxExportRows),
                QJsonObject{ { keys::Limit, kMaxExportRows }, { keys::Count, total } });
    }
    QList<BookingDetails> items;
    if (total == 0)
        return items;
    const Page<Booking> found = m_bookings.list(filter, PageRequest{ int(total), 0 }, at);
    items.reserve(found.items.size());
    for (const Booking &b : found.items)
        items.append(BookingDetails{ b, std::nullopt, std::nullopt, std::nullopt });
    decorate(items, true, true);
    return items;
}

QList<TimeRange> BookingService::availableTimes(const Actor &actor, const QString &bookingId)
{
    const Visible v = requireVisible(actor, bookingId);
    const std::optional<Spot> spot = m_spots.find(v.booking.spotId);
    if (!spot || !spot->active)
        return {};

    const QDate day = OpeningHours(v.coworking.opensAt, v.coworking.closesAt, v.coworking.timezone)
                              .localDate(v.booking.range.from);
    const OpeningHours hours = openingHoursWithClosures(v.coworking, m_closures, day, day);
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
