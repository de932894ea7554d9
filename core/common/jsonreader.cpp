#include "jsonreader.h"

#include "datetime.h"
#include "jsonbody.h"

#include <cmath>
#include <limits>

namespace coworking {

bool JsonReader::has(QLatin1StringView key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void JsonReader::fail(const QString &field, const QString &message)
{
    if (!m_error)
        m_error = DecodeError{ field, message };
}

QJsonValue JsonReader::required(QLatin1StringView key)
{
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined())
        fail(key, u"is required"_s);
    return value;
}

bool JsonReader::expect(QLatin1StringView key, bool condition, const QString &message)
{
    if (!condition)
        fail(key, message);
    return condition;
}

QString JsonReader::string(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined() || !expect(key, value.isString(), u"must be a string"_s))
        return {};
    return value.toString();
}

QString JsonReader::nullableString(QLatin1StringView key)
{
    if (!has(key))
        return {};
    return string(key);
}

QString JsonReader::id(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok() || expect(key, JsonBody::isUuid(text), u"must be a UUID"_s))
        return text;
    return {};
}

QString JsonReader::nullableId(QLatin1StringView key)
{
    if (!has(key))
        return {};
    return id(key);
}

QStringList JsonReader::idList(QLatin1StringView key)
{
    QStringList ids;
    const QJsonArray values = array(key);
    ids.reserve(values.size());
    for (qsizetype i = 0; i < values.size(); ++i) {
        const QString text = values.at(i).toString();
        if (!JsonBody::isUuid(text)) {
            fail(QString(key) + u'[' + QString::number(i) + u']', u"must be a UUID"_s);
            return {};
        }
        ids.append(text);
    }
    return ids;
}

QDateTime JsonReader::dateTime(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined())
        return {};
    const std::optional<QDateTime> t = datetime::parseWithOffset(value.toString());
    if (!expect(key, value.isString() && t.has_value(),
                u"must be an ISO 8601 datetime with an offset"_s))
        return {};
    return *t;
}

QDateTime JsonReader::nullableDateTime(QLatin1StringView key)
{
    if (!has(key))
        return {};
    return dateTime(key);
}

QTime JsonReader::timeOfDay(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const std::optional<QTime> t = datetime::parseTimeOfDay(text);
    if (!expect(key, t.has_value(), u"must be a time of day, HH:MM or HH:MM:SS"_s))
        return {};
    return *t;
}

QDate JsonReader::date(QLatin1StringView key)
{
    const QString text = string(key);
    if (!ok())
        return {};
    const std::optional<QDate> d = datetime::parseDate(text);
    if (!expect(key, d.has_value(), u"must be a date, YYYY-MM-DD"_s))
        return {};
    return *d;
}

qint64 JsonReader::integer64(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined())
        return 0;
    const double d = value.toDouble();
    // Integers beyond 2^53 do not survive a double, which is how QJsonValue holds numbers.
    constexpr double MaxExactInteger = 9007199254740992.0;
    if (!expect(key, value.isDouble() && std::trunc(d) == d && std::fabs(d) <= MaxExactInteger,
                u"must be an integer"_s))
        return 0;
    return qint64(d);
}

int JsonReader::integer(QLatin1StringView key)
{
    const qint64 n = integer64(key);
    if (!expect(key, n >= std::numeric_limits<int>::min() && n <= std::numeric_limits<int>::max(),
                u"is out of range"_s))
        return 0;
    return int(n);
}

double JsonReader::number(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined() || !expect(key, value.isDouble(), u"must be a number"_s))
        return 0;
    return value.toDouble();
}

bool JsonReader::boolean(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined() || !expect(key, value.isBool(), u"must be true or false"_s))
        return false;
    return value.toBool();
}

QJsonObject JsonReader::object(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined() || !expect(key, value.isObject(), u"must be an object"_s))
        return {};
    return value.toObject();
}

QJsonArray JsonReader::array(QLatin1StringView key)
{
    const QJsonValue value = required(key);
    if (value.isUndefined() || !expect(key, value.isArray(), u"must be an array"_s))
        return {};
    return value.toArray();
}

} // namespace coworking
