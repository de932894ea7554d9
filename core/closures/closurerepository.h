#pragma once

#include "closure.h"

#include <QList>

#include <optional>

namespace coworking {

class ClosureRepository
{
public:
    virtual ~ClosureRepository() = default;

    // The coworking's closures on local dates from..until (both included), by date.
    virtual QList<Closure> list(const QString &coworkingId, QDate from, QDate until) = 0;
    virtual std::optional<Closure> find(const QString &coworkingId, const QString &id) = 0;
    // False, writing nothing, when the coworking has a closure on that date already.
    virtual bool insert(const Closure &closure) = 0;
    // False when there was no such closure of that coworking.
    virtual bool remove(const QString &coworkingId, const QString &id) = 0;
};

} // namespace coworking
