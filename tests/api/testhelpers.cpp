#include "testhelpers.h"

using namespace Qt::StringLiterals;

namespace coworking::test {

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

QStringList sortedKeys(const QJsonObject &object)
{
    return sorted(object.keys());
}

QStringList valuesOf(const QJsonArray &items, const QString &key)
{
    QStringList values;
    for (const QJsonValue &item : items)
        values.append(item.toObject().value(key).toString());
    return values;
}

QJsonObject merged(QJsonObject base, const QJsonObject &overrides, const QStringList &removed)
{
    for (auto it = overrides.begin(); it != overrides.end(); ++it)
        base.insert(it.key(), it.value());
    for (const QString &key : removed)
        base.remove(key);
    return base;
}

QJsonObject bookingBody(const QString &spotId, const QString &from, const QString &until,
                        const QJsonObject &extra)
{
    return merged(
            { { u"spot_id"_s, spotId }, { u"time_from"_s, from }, { u"time_until"_s, until } },
            extra);
}

QJsonObject bookingBody(const QString &spotId, const QDateTime &from, const QDateTime &until,
                        const QJsonObject &extra)
{
    return bookingBody(spotId, from.toString(Qt::ISODate), until.toString(Qt::ISODate), extra);
}

QDateTime utc(int day, int hour, int minute)
{
    return QDateTime(QDate(2030, 1, day), QTime(hour, minute), QTimeZone::utc());
}

namespace {

QString january(int day, const char *hhmm, const char *zone)
{
    return u"2030-01-%1T%2:00%3"_s.arg(day, 2, 10, QLatin1Char('0'))
            .arg(QLatin1String(hhmm), QLatin1String(zone));
}

} // namespace

QString utcText(int day, const char *hhmm)
{
    return january(day, hhmm, "Z");
}

QString mskText(int day, const char *hhmm)
{
    return january(day, hhmm, "+03:00");
}

bool hasErrorShape(const Reply &reply, QString *why)
{
    const QJsonObject error = reply.obj().value(u"error"_s).toObject();
    QString problem;
    if (error.isEmpty()) {
        problem = u"no error object in: "_s;
    } else if (error.value(u"code"_s).toString().isEmpty()
               || error.value(u"message"_s).toString().isEmpty()
               || !error.value(u"details"_s).isObject()) {
        problem = u"bad error shape: "_s;
    }
    if (problem.isEmpty())
        return true;
    if (why)
        *why = problem + QString::fromUtf8(reply.body);
    return false;
}

Reply expectStatus(const Reply &reply, int status, const char *what)
{
    if (reply.status != status)
        qFatal("%s failed: expected %d, got %d %s", what, status, reply.status,
               reply.body.constData());
    return reply;
}

} // namespace coworking::test
