#pragma once

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
    virtual void update(const Spot &spot) = 0;
    virtual std::optional<Spot> find(const QString &id) = 0;
    virtual QList<Spot> listByCoworking(const QString &coworkingId) = 0;
    virtual void remove(const QString &id) = 0;
};

} // namespace coworking
