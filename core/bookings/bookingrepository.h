#pragma once

#include "booking.h"
#include "common/page.h"
#include "events/outboxevent.h"

#include <QList>
#include <QSet>

#include <optional>

namespace coworking {

struct BookingFilter
{
    QStringList coworkingIds; // empty: any (admin); otherwise restricted to these
    QString coworkingId;
    QString spotId;
    QString userId;
    std::optional<BookingStatus> status; // effective status, evaluated against `now`
    QDateTime from; // overlapping [from, until) when set
    QDateTime until;
};

enum class BookingScope { User, Spot, Coworking };

// What the store decided about a write that must be atomic with its checks.
enum class BookingWriteResult {
    Ok,
    SpotConflict, // an active booking of the spot overlaps
    UserOverlap, // the same user already holds an overlapping active booking
    UserLimit, // too many future active bookings in that coworking
    CodeTaken, // another booking has the same code (a rare collision: draw another)
};

// Which of the booker's active bookings the overlap rule looks at. Staff booking on a member's
// behalf see only their own coworking: were the rule judged across coworkings, its answer would
// tell them where the member is booked elsewhere (the overlap could be probed hour by hour).
enum class OverlapScope {
    AnyCoworking, // the booker's own request (or an admin's, who may see every booking)
    SameCoworking, // staff acting on behalf of the booker
};

// Every write that changes a booking also writes its outbox event (events/outboxevent.h) in the
// same transaction, caused by `origin`; nothing is written for a change that did not happen.
class BookingRepository
{
public:
    virtual ~BookingRepository() = default;

    // Inserts the booking with its options if, inside one transaction, no active booking of
    // the spot overlaps, the user holds no overlapping active booking (in `overlap`'s scope)
    // and has fewer than `maxActivePerUser` active bookings in that coworking ending after `now`.
    // PostgreSQL: the exclusion constraint decides spot conflicts. The booking's code must be
    // unique among all bookings: CodeTaken, with nothing written, when it is not.
    // Event: booking.created.
    virtual BookingWriteResult create(const Booking &booking, int maxActivePerUser,
                                      const QDateTime &now, const EventOrigin &origin,
                                      OverlapScope overlap) = 0;
    // Moves an active booking to `spotId` (its own or another of its coworking) and `range` under
    // the same checks; it does not conflict with itself. Event: booking.rescheduled with the
    // previous range and spot.
    virtual BookingWriteResult reschedule(const QString &bookingId, const QString &spotId,
                                          const TimeRange &range, const EventOrigin &origin,
                                          OverlapScope overlap) = 0;

    virtual std::optional<Booking> find(const QString &id) = 0;
    // The booking of that coworking with exactly that code (bookingcode::normalize'd).
    virtual std::optional<Booking> findByCode(const QString &coworkingId, const QString &code) = 0;
    virtual Page<Booking> list(const BookingFilter &filter, const PageRequest &page,
                               const QDateTime &now) = 0;
    // Active bookings overlapping `range`, for one coworking (availability, timeline).
    virtual QList<Booking> activeInCoworking(const QString &coworkingId,
                                             const TimeRange &range) = 0;
    // Ids of the spots of one coworking with an active booking overlapping `range`: all that
    // availability needs, without reading and decoding whole bookings.
    virtual QSet<QString> busySpotsInCoworking(const QString &coworkingId,
                                               const TimeRange &range) = 0;
    virtual QList<Booking> activeOnSpot(const QString &spotId, const TimeRange &range) = 0;
    // A spot of the coworking, active and free for the whole range, other than `exceptSpotId`.
    virtual std::optional<QString> findFreeSpot(const QString &coworkingId, const TimeRange &range,
                                                const QString &exceptSpotId) = 0;

    // Only an active booking is changed; false otherwise. Cancelled at origin.at with the kind
    // of cancellation (CancelReasons) and the canceller's words (`note`, may be empty); event
    // booking.cancelled with the reason and the note.
    virtual bool cancel(const QString &id, const QString &reason, const QString &note,
                        const EventOrigin &origin) = 0;
    // The first check-in time stays; event booking.checked_in for the first one only.
    virtual bool checkIn(const QString &id, const EventOrigin &origin) = 0;
    virtual void addOption(const QString &bookingId, const QString &optionId) = 0;
    virtual void removeOption(const QString &bookingId, const QString &optionId) = 0;

    // Active bookings that have not ended by `now`, of a user / spot / coworking.
    virtual int countFutureActive(BookingScope scope, const QString &id, const QDateTime &now) = 0;
    // Cancels the active bookings that have not ended by origin.at, each with its
    // booking.cancelled event, and returns their ids.
    virtual QStringList cancelFuture(BookingScope scope, const QString &id, const QString &reason,
                                     const EventOrigin &origin) = 0;
};

} // namespace coworking
