#pragma once

#include "events/outboxevent.h"
#include "common/timerange.h"
#include "coworkings/coworking.h"
#include "spot.h"

#include <QList>

#include <optional>

namespace coworking {

// A spot with the coworking it belongs to; the coworking's images are left out.
struct SpotInCoworking
{
    Spot spot;
    Coworking coworking;
};

class SpotRepository
{
public:
    virtual ~SpotRepository() = default;
    // All or nothing, in one transaction.
    virtual void insertMany(const QList<Spot> &spots) = 0;
    // Event spot.status_changed when `active` changes.
    virtual void update(const Spot &spot, const EventOrigin &origin) = 0;
    virtual std::optional<Spot> find(const QString &id) = 0;
    // find() and the spot's coworking in one round trip (what a booking checks first).
    virtual std::optional<SpotInCoworking> findWithCoworking(const QString &id) = 0;
    virtual QList<Spot> listByCoworking(const QString &coworkingId) = 0;
    // The coworking's spots as listByCoworking, each with whether no active booking overlaps
    // `window`; nullopt when the coworking does not exist. One round trip for the whole floor.
    virtual std::optional<QList<SpotAvailability>>
    availabilityInCoworking(const QString &coworkingId, const TimeRange &window) = 0;
    // Event spot.status_changed with status "deleted".
    virtual void remove(const QString &id, const EventOrigin &origin) = 0;
};

} // namespace coworking
