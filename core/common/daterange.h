#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace coworking {

// A range of local dates, both included (the `from` and `until` of statistics and closures).
struct DateRange
{
    QDate from;
    QDate until;
};

// `from` and `until` as a query carried them ("YYYY-MM-DD"; nullopt when absent). 422
// VALIDATION_ERROR naming every wrong parameter: missing, not a date, until before from, more
// than `maxDays` days from..until.
DateRange requireDateRange(const std::optional<QString> &from, const std::optional<QString> &until,
                           int maxDays);

} // namespace coworking
