#pragma once

#include "closures/closure.h"

#include <QCoreApplication>
#include <QLocale>
#include <QString>

namespace coworking {
namespace ui {

// A closure in the same words wherever a user meets it: the closures list, the floor's day and
// the kiosk's home.
class ClosureText final
{
    Q_DECLARE_TR_FUNCTIONS(ClosureText)
public:
    // "Closed all day", or the day's special hours: "10:00–16:00" (a closing time at or before
    // the opening time is on the next day, and says so).
    static QString hours(const Closure &closure, const QLocale &locale = {});
    // What the floor says on such a day: "Closed all day: Public holiday" or
    // "Special hours 10:00–16:00: Inventory", the reason left out when there is none.
    static QString notice(const Closure &closure, const QLocale &locale = {});
};

} // namespace ui
} // namespace coworking
