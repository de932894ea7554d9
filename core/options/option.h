#pragma once

#include <QString>

namespace coworking {

// An extra a coworking offers with a booking (a monitor, a locker...).
struct Option
{
    QString id;
    QString coworkingId;
    QString name;

    bool operator==(const Option &) const = default;
};

} // namespace coworking
