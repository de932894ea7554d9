#pragma once

#include "option.h"

#include <QList>

#include <optional>

namespace coworking {

class OptionRepository
{
public:
    virtual ~OptionRepository() = default;
    virtual void insert(const Option &option) = 0;
    virtual std::optional<Option> find(const QString &id) = 0;
    virtual QList<Option> list(const QString &coworkingId) = 0; // empty id: all
    virtual QList<Option> findMany(const QStringList &ids) = 0;
    // Also detaches the option from every booking that carried it (booking_options cascade).
    virtual void remove(const QString &id) = 0;
};

} // namespace coworking
