#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

namespace coworking {

// One local date of a coworking on which its usual opening hours do not hold: closed all day
// (no hours), or open only opensAt-closesAt ("special hours", read like the usual ones: a
// closing time at or before the opening time closes on the next day). One per date.
struct Closure
{
    QString id;
    QString coworkingId;
    QDate date; // in the coworking's time zone
    QTime opensAt; // both invalid: closed all day
    QTime closesAt;
    QString reason;
    QDateTime createdAt;

    bool closedAllDay() const { return !opensAt.isValid() || !closesAt.isValid(); }

    bool operator==(const Closure &) const = default;
};

} // namespace coworking
