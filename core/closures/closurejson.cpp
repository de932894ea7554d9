#include "closurejson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QJsonValue timeOrNull(const QTime &t)
{
    return t.isValid() ? QJsonValue(datetime::timeOfDayToString(t)) : QJsonValue();
}

} // namespace

QJsonObject toJson(const Closure &c)
{
    return { { keys::Id, c.id },
             { keys::Date, datetime::dateToString(c.date) },
             { keys::OpensAt, timeOrNull(c.opensAt) },
             { keys::ClosesAt, timeOrNull(c.closesAt) },
             { keys::Reason, c.reason } };
}

std::optional<Closure> closureFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Closure c;
    c.id = in.id(keys::Id);
    c.date = in.date(keys::Date);
    if (in.has(keys::OpensAt) || in.has(keys::ClosesAt)) {
        c.opensAt = in.timeOfDay(keys::OpensAt);
        c.closesAt = in.timeOfDay(keys::ClosesAt);
    }
    c.reason = in.nullableString(keys::Reason);
    return in.finish(std::move(c), error);
}

std::optional<QList<Closure>> closuresFromJson(const QJsonArray &array, DecodeError *error)
{
    return listFromJson(array, &closureFromJson, error);
}

} // namespace coworking
