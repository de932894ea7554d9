#pragma once

#include "events/outboxevent.h"
#include "spot.h"

#include <QList>

#include <optional>

namespace coworking {

class SpotRepository
{
public:
    virtual ~SpotRepository() = default;
    // All or nothing, in one transaction.
    virtual void insertMany(const QList<Spot> &spots) = 0;
    // Event spot.status_changed when `active` changes.
    virtual void update(const Spot &spot, const EventOrigin &origin) = 0;
    virtual std::optional<Spot> find(const QString &id) = 0;
    virtual QList<Spot> listByCoworking(const QString &coworkingId) = 0;
    // Event spot.status_changed with status "deleted".
    virtual void remove(const QString &id, const EventOrigin &origin) = 0;
};

} // namespace coworking
