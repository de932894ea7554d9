#pragma once

#include "booking.h"
#include "bookingjson.h"
#include "bookingrepository.h"
#include "bookingrules.h"
#include "common/apperror.h"
#include "common/page.h"
#include "coworkings/coworking.h"
#include "spots/spot.h"
#include "users/user.h"

#include <QJsonObject>
#include <QStringList>

#include <functional>
#include <optional>

namespace coworking {

class AccessPolicy;
class BookingOutcomes;
class Clock;
class ClosureRepository;
class CoworkingRepository;
class OptionRepository;
class SpotRepository;
class UserRepository;

// The body of POST /bookings and /bookings/precheck.
struct BookingRequest
{
    QString spotId;
    TimeRange range;
    QStringList options;
    QString userId; // book on behalf of this user (staff only); empty: the caller

    // Field by field; throws 422 VALIDATION_ERROR listing every invalid field.
    static BookingRequest fromJson(const QJsonObject &body);
};

// The body of PATCH /bookings/{id}: new times and, optionally, another spot of the same coworking.
struct RescheduleRequest
{
    TimeRange range;
    QString spotId; // empty: the booking's own spot

    // Field by field; throws 422 VALIDATION_ERROR listing every invalid field.
    static RescheduleRequest fromJson(const QJsonObject &body);
};

// The longest cancellation reason kept, in characters (DELETE /bookings/{id}?reason=).
inline constexpr int MaxCancelReasonLength = 500;

// Filters of GET /bookings and GET /users/me/bookings as the client sent them.
struct BookingQuery
{
    QString coworkingId;
    QString spotId;
    QString userId;
    std::optional<BookingStatus> status;
    QDateTime from;
    QDateTime until;
};

// Bookings: the commands (create, reschedule, cancel, options, check-in) and the queries (lists,
// one booking, free times) of the API (openapi.json), with every rule for create and reschedule.
// Who may see what is decided by AccessPolicy; a booking the caller may not see is a 404.
class BookingService final
{
    Q_DISABLE_COPY_MOVE(BookingService)
public:
    BookingService(BookingRepository &bookings, SpotRepository &spots,
                   CoworkingRepository &coworkings, ClosureRepository &closures,
                   OptionRepository &options, UserRepository &users, AccessPolicy &access,
                   const Clock &clock, BookingOutcomes &outcomes);

    QDateTime now() const;
    // Where new bookings' codes come from: bookingcode::generate unless a test scripts them.
    void setCodeSource(std::function<QString()> codes);

    // ---- commands

    Booking create(const Actor &actor, const BookingRequest &request);
    // The same checks as create on a request body, without writing: null when the booking
    // could be made now, otherwise the 4xx error that create would raise (5xx still throw).
    std::optional<AppError> precheck(const Actor &actor, const QJsonObject &body);
    // New times and, with `request.spotId`, another spot of the booking's coworking: every rule
    // of create applies to that spot; the booking keeps its id, options and check-in.
    Booking reschedule(const Actor &actor, const QString &bookingId,
                       const RescheduleRequest &request);
    // `reason`: the canceller's words, kept with the booking and told to its booker; at most
    // MaxCancelReasonLength characters (422 otherwise), blank for none.
    void cancel(const Actor &actor, const QString &bookingId, const QString &reason = {});
    Booking addOption(const Actor &actor, const QString &bookingId, const QString &optionId);
    Booking removeOption(const Actor &actor, const QString &bookingId, const QString &optionId);
    Booking checkIn(const Actor &actor, const QString &bookingId);

    // ---- queries

    Page<BookingDetails> myBookings(const Actor &actor, std::optional<BookingStatus> status,
                                    const PageRequest &page);
    Page<BookingDetails> list(const Actor &actor, const BookingQuery &query,
                              const PageRequest &page);
    // Every booking list() would page through, in its order, each with its coworking, spot and
    // user (the CSV export); 422 EXPORT_TOO_LARGE when more than kMaxExportRows match.
    QList<BookingDetails> exportList(const Actor &actor, const BookingQuery &query);
    static constexpr int kMaxExportRows = 100'000;
    Booking get(const Actor &actor, const QString &bookingId);
    // Staff of the coworking and admins: the booking there with the code a person typed
    // (bookingcode::normalize), with its user and spot. Anything else, a malformed code
    // included, is 404 BOOKING_NOT_FOUND.
    BookingDetails findByCode(const Actor &actor, const QString &coworkingId, const QString &typed);
    // Free intervals of the booking's spot on the local day the booking starts.
    QList<TimeRange> availableTimes(const Actor &actor, const QString &bookingId);

private:
    struct Visible
    {
        Booking booking;
        Coworking coworking;
        bool isBooker = false;
        bool isStaff = false;
    };
    // What list() and exportList() read for `query`: 403 for anyone who staffs no coworking (or
    // not the one asked for), 422 for an empty time window.
    BookingFilter staffFilter(const Actor &actor, const BookingQuery &query);
    // The booking when the caller is its booker, staff of its coworking or an admin; 404 else.
    Visible requireVisible(const Actor &actor, const QString &bookingId);

    struct Target
    {
        Spot spot;
        Coworking coworking;
        QString bookerId;
    };
    // Every check of create except the ones the store decides atomically; throws.
    Target checkCreate(const Actor &actor, const BookingRequest &request);
    void checkWindow(const Coworking &coworking, const TimeRange &range);
    // 422 on `field` unless every option is one of `coworking`'s.
    void requireOptionsOf(const Coworking &coworking, const QStringList &optionIds,
                          QLatin1StringView field);
    void requireActive(const Booking &booking);
    // 404 USER_NOT_FOUND, 403 USER_BANNED; the actor's own standing was checked by the auth
    // step of this request, so booking for oneself reads nothing.
    void requireBookable(const Actor &actor, const QString &userId);

    // Staff booking for somebody else learn nothing of that person's bookings elsewhere: the
    // overlap rule then looks at this coworking only. Admins see every booking anyway.
    static OverlapScope overlapScope(const Actor &actor, const QString &bookerId);
    AppError userLimitError(const QString &reason, int limit) const;
    AppError conflictError(const Coworking &coworking, const TimeRange &range,
                           const QString &spotId);
    void decorate(QList<BookingDetails> &items, bool withCoworking, bool withUser);

    BookingRepository &m_bookings;
    SpotRepository &m_spots;
    CoworkingRepository &m_coworkings;
    ClosureRepository &m_closures;
    OptionRepository &m_options;
    UserRepository &m_users;
    AccessPolicy &m_access;
    const Clock &m_clock;
    BookingOutcomes &m_outcomes;
    std::function<QString()> m_codes;
};

} // namespace coworking
