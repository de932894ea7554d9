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
                   CoworkingRepository &coworkings, OptionRepository &options,
                   UserRepository &users, AccessPolicy &access, const Clock &clock,
                   BookingOutcomes &outcomes);

    QDateTime now() const;

    // ---- commands

    Booking create(const Actor &actor, const BookingRequest &request);
    // The same checks as create on a request body, without writing: null when the booking
    // could be made now, otherwise the 4xx error that create would raise (5xx still throw).
    std::optional<AppError> precheck(const Actor &actor, const QJsonObject &body);
    Booking reschedule(const Actor &actor, const QString &bookingId, const TimeRange &range);
    void cancel(const Actor &actor, const QString &bookingId);
    Booking addOption(const Actor &actor, const QString &bookingId, const QString &optionId);
    Booking removeOption(const Actor &actor, const QString &bookingId, const QString &optionId);
    Booking checkIn(const Actor &actor, const QString &bookingId);

    // ---- queries

    Page<BookingDetails> myBookings(const Actor &actor, std::optional<BookingStatus> status,
                                    const PageRequest &page);
    Page<BookingDetails> list(const Actor &actor, const BookingQuery &query,
                              const PageRequest &page);
    Booking get(const Actor &actor, const QString &bookingId);
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
    void requireActive(const Booking &booking);
    // 404 USER_NOT_FOUND, 403 USER_BANNED; the actor's own standing was checked by the auth
    // step of this request, so booking for oneself reads nothing.
    void requireBookable(const Actor &actor, const QString &userId);

    AppError userLimitError(const QString &reason, int limit) const;
    AppError conflictError(const Coworking &coworking, const TimeRange &range,
                           const QString &spotId);
    void decorate(QList<BookingDetails> &items, bool withCoworking, bool withUser);

    BookingRepository &m_bookings;
    SpotRepository &m_spots;
    CoworkingRepository &m_coworkings;
    OptionRepository &m_options;
    UserRepository &m_users;
    AccessPolicy &m_access;
    const Clock &m_clock;
    BookingOutcomes &m_outcomes;
};

} // namespace coworking
