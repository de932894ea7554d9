#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QTime>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

// Times shown in a coworking's zone, whatever the zone of the computer, in the user's locale,
// with the zone named where a reader could mistake it ("09:00–11:00 (Europe/Moscow)").
class ZoneTime final
{
    Q_DECLARE_TR_FUNCTIONS(ZoneTime)
public:
    ZoneTime() = default;
    // An IANA id, or the "UTC+03:00" form of fixed zones; an unknown id falls back to UTC.
    explicit ZoneTime(const QString &zoneId, QLocale locale = {});

    QTimeZone zone() const { return m_zone; }
    QString zoneName() const { return m_zoneId; }
    QLocale locale() const { return m_locale; }

    QDateTime toLocal(const QDateTime &utc) const { return utc.toTimeZone(m_zone); }
    QDate localDate(const QDateTime &utc) const { return toLocal(utc).date(); }
    // The UTC moment of a wall-clock time of the coworking (DST-correct).
    QDateTime toUtc(QDate date, QTime time) const;

    QString time(const QDateTime &utc) const; // "14:30"
    QString date(const QDate &date) const; // "Wed 2 Dec 2026"
    QString dateTime(const QDateTime &utc) const; // "Wed 2 Dec 2026 14:30"
    QString range(const QDateTime &from, const QDateTime &until) const; // "14:30–16:00"
    // A range with the day when it is not `day`, and the zone named.
    QString rangeWithZone(const QDateTime &from, const QDateTime &until) const;
    QString withZone(const QString &text) const;

private:
    QString m_zoneId = u"UTC"_s;
    QTimeZone m_zone = QTimeZone::utc();
    QLocale m_locale;
};

} // namespace ui
} // namespace coworking
