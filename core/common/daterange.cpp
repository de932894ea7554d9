#include "daterange.h"

#include "datetime.h"
#include "jsonbody.h"
#include "jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QDate dateParameter(JsonBody &errors, QLatin1StringView name, const std::optional<QString> &text)
{
    if (!text) {
        errors.addError(name, u"is required"_s);
        return {};
    }
    const std::optional<QDate> date = datetime::parseDate(*text);
    if (!date) {
        errors.addError(name, u"must be a date, YYYY-MM-DD"_s);
        return {};
    }
    return *date;
}

} // namespace

DateRange requireDateRange(const std::optional<QString> &fromText,
                           const std::optional<QString> &untilText, int maxDays)
{
    JsonBody errors{ QJsonObject() };
    const QDate from = dateParameter(errors, keys::From, fromText);
    const QDate until = dateParameter(errors, keys::Until, untilText);
    if (from.isValid() && until.isValid()) {
        if (until < from)
            errors.addError(keys::Until, u"must not be before from"_s);
        else if (from.daysTo(until) + 1 > maxDays)
            errors.addError(keys::Until,
                            u"must be at most %1 days after from, both included"_s.arg(maxDays));
    }
    errors.finish();
    return { from, until };
}

} // namespace coworking
