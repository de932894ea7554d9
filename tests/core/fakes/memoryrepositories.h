#pragma once

// In-memory implementations of core's repository ports, for table-driven tests of the services:
// the rules alone, without a database or HTTP. Each keeps the promises its port documents (the
// booking store decides overlaps and limits atomically, as the SQL one does in one transaction),
// so a service test that passes here tests the service, not the fake.
#include "bookings/bookingrepository.h"
#include "closures/closurerepository.h"
#include "coworkings/coworkingrepository.h"
#include "options/optionrepository.h"
#include "spots/spotrepository.h"
#include "users/userrepository.h"

#include <QHash>
#include <QList>
#include <QSet>

#include <utility>

namespace coworking::test {

class MemoryClosures final : public ClosureRepository
{
public:
    QList<Closure> list(const QString &coworkingId, QDate from, QDate until) override;
    std::optional<Closure> find(const QString &coworkingId, const QString &id) override;
    bool insert(const Closure &closure) override;
    bool remove(const QString &coworkingId, const QString &id) override;

private:
    QList<Closure> m_closures;
};

class MemoryCoworkings final : public CoworkingRepository
{
public:
    void insert(const Coworking &c) override;
    void update(const Coworking &c) override;
    std::optional<Coworking> find(const QString &id) override;
    Page<Coworking> list(const QString &query, const PageRequest &page) override;
    void remove(const QString &id) override;
    QList<User> managers(const QString &coworkingId) override;
    void addManager(const QString &coworkingId, const QString &userId) override;
    void removeManager(const QString &coworkingId, const QString &userId) override;
    bool isManager(const QString &coworkingId, const QString &userId) override;
    QStringList staffedBy(const QString &userId) override;

private:
    QList<Coworking> m_items; // in insertion order, as a list answers
    QSet<std::pair<QString, QString>> m_managers; // (coworking, user)
};

class MemoryOptions final : public OptionRepository
{
public:
    void insert(const Option &option) override;
    std::optional<Option> find(const QString &id) override;
    QList<Option> list(const QString &coworkingId) override;
    QList<Option> findMany(const QStringList &ids) override;
    void remove(const QString &id) override;

private:
    QList<Option> m_items;
};

class MemoryUsers final : public UserRepository
{
public:
    bool insert(const User &user) override;
    std::optional<User> findById(const QString &id) override;
    std::optional<UserStanding> findStanding(const QString &id) override;
    QList<UserStanding> findStandings(const QStringList &ids) override;
    std::optional<User> findByEmail(const QString &email) override;
    bool update(const User &user) override;
    Page<User> list(const UserFilter &filter, const PageRequest &page) override;
    void setBanned(const QString &id, bool banned, const EventOrigin &origin) override;

private:
    QList<User> m_items;
};

class MemorySpots final : public SpotRepository
{
public:
    explicit MemorySpots(MemoryCoworkings &coworkings, BookingRepository &bookings)
        : m_coworkings(coworkings), m_bookings(bookings)
    {
    }
    void insertMany(const QList<Spot> &spots) override;
    void update(const Spot &spot, const EventOrigin &origin) override;
    std::optional<Spot> find(const QString &id) override;
    std::optional<SpotInCoworking> findWithCoworking(const QString &id) override;
    QList<Spot> listByCoworking(const QString &coworkingId) override;
    std::optional<QList<SpotAvailability>>
    availabilityInCoworking(const QString &coworkingId, const TimeRange &window) override;
    void remove(const QString &id, const EventOrigin &origin) override;

private:
    MemoryCoworkings &m_coworkings;
    BookingRepository &m_bookings;
    QList<Spot> m_items;
};

// Bookings, with the outbox events their writes would commit, so tests can check that a refused
// command wrote nothing and an accepted one wrote exactly its event.
class MemoryBookings final : public BookingRepository
{
public:
    // The event types written so far ("booking.created", ...), in order.
    QStringList events;
    // Spots of each coworking, for findFreeSpot; set by whoever creates spots.
    QHash<QString, QStringList> spotsOfCoworking;

    BookingWriteResult create(const Booking &booking, int maxActivePerUser, const QDateTime &now,
                              const EventOrigin &origin, OverlapScope overlap) override;
    BookingWriteResult reschedule(const QString &bookingId, const QString &spotId,
                                  const TimeRange &range, const EventOrigin &origin,
                                  OverlapScope overlap) override;
    std::optional<Booking> find(const QString &id) override;
    std::optional<Booking> findByCode(const QString &coworkingId, const QString &code) override;
    Page<Booking> list(const BookingFilter &filter, const PageRequest &page,
                       const QDateTime &now) override;
    QList<Booking> activeInCoworking(const QString &coworkingId, const TimeRange &range) override;
    QSet<QString> busySpotsInCoworking(const QString &coworkingId, const TimeRange &range) override;
    QList<Booking> activeOnSpot(const QString &spotId, const TimeRange &range) override;
    std::optional<QString> findFreeSpot(const QString &coworkingId, const TimeRange &range,
                                        const QString &exceptSpotId) override;
    bool cancel(const QString &id, const QString &reason, const QString &note,
                const EventOrigin &origin) override;
    bool checkIn(const QString &id, const EventOrigin &origin) override;
    void addOption(const QString &bookingId, const QString &optionId) override;
    void removeOption(const QString &bookingId, const QString &optionId) override;
    int countFutureActive(BookingScope scope, const QString &id, const QDateTime &now) override;
    QStringList cancelFuture(BookingScope scope, const QString &id, const QString &reason,
                             const EventOrigin &origin) override;

private:
    // What create and reschedule decide in one transaction; `self` is left out of every check.
    BookingWriteResult decide(const Booking &candidate, const QString &self, int maxActivePerUser,
                              const QDateTime &now, OverlapScope overlap) const;
    Booking *findMutable(const QString &id);

    QList<Booking> m_items;
};

} // namespace coworking::test
