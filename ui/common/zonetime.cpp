#include "zonetime.h"

namespace coworking {
namespace ui {

ZoneTime::ZoneTime(const QString &zoneId, QLocale locale) : m_locale(std::move(locale))
{
    QTimeZone zone(zoneId.toUtf8());
    if (!zone.isValid() && zoneId.startsWith(u"UTC"_s) && zoneId.size() > 3) {
        // The fixed-offset form the server writes for legacy opening hours: "UTC+03:00".
        const QString offset = zoneId.mid(3);
        const int sign = offset.startsWith(u'-') ? -1 : 1;
        const QTime t = QTime::fromString(offset.mid(1), u"hh:mm"_s);
        if (t.isValid())
            zone = QTimeZone(sign * (t.hour() * 3600 + t.minute() * 60));
    }
    if (zone.isValid()) {
        m_zone = zone;
        m_zoneId = zoneId;
    }
}

QDateTime ZoneTime::toUtc(QDate date, QTime time) const
{
    return QDateTime(date, time, m_zone).toUTC();
}

QString ZoneTime::time(const QDateTime &utc) const
{
    return m_locale.toString(toLocal(utc).time(), QLocale::ShortFormat);
}

QString ZoneTime::date(const QDate &date) const
{
    // "ddd d MMM yyyy" is read naturally in both languages; the names come from the locale.
    return m_locale.toString(date, u"ddd d MMM yyyy"_s);
}

QString ZoneTime::dateTime(const QDateTime &utc) const
{
    return date(localDate(utc)) + u' ' + time(utc);
}

QString ZoneTime::range(const QDateTime &from, const QDateTime &until) const
{
    return time(from) + u'\x2013' + time(until);
}

QString ZoneTime::rangeWithZone(const QDateTime &from, const QDateTime &until) const
{
    QString text = date(localDate(from)) + u' ' + time(from) + u'\x2013';
    if (localDate(until) != localDate(from))
        text += date(localDate(until)) + u' ';
    return withZone(text + time(until));
}

QString ZoneTime::withZone(const QString &text) const
{
    return tr("%1 (%2)", "a time and the zone it is in").arg(text, m_zoneId);
}

} // namespace ui
} // namespace coworking
