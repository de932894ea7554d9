#pragma once

#include "common/timerange.h"

#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QString>
#include <QTime>
#include <QTimeZone>

#include <optional>

namespace coworking {

// The daily opening hours of a coworking, read in its own time zone. Windows are computed per
// local day, so they follow DST: a 09:00–18:00 day is 9 hours long all year, at shifting UTC times.
class OpeningHours final
{
public:
    // `zoneName` is a coworking's `timezone`: an IANA id ("Europe/Moscow") or a fixed offset
    // ("UTC+03:00"). An unknown zone falls back to UTC and makes isValid() false, so a bad
    // stored value cannot crash a request.
    OpeningHours(QTime opensAt, QTime closesAt, const QString &zoneName);

    // The zone a coworking's `timezone` names, or nullopt when it names none.
    static std::optional<QTimeZone> zoneFromString(const QString &text);

    bool isValid() const { return m_valid; }
    QTime opensAt() const { return m_opensAt; }
    QTime closesAt() const { return m_closesAt; }
    QTimeZone zone() const { return m_zone; }

    // A local date with other hours than the usual (a closure with special hours), or closed
    // all day when `opensAt` or `closesAt` is invalid. windowOn and everything built on it
    // (containsWithinOneDay, free slots, statistics) then read that day so.
    void setSpecialDay(QDate date, QTime opensAt, QTime closesAt);
    bool isClosedOn(QDate localDate) const;
    bool hasSpecialDay(QDate localDate) const { return m_special.contains(localDate); }
    // The hours that hold on `localDate`: the special ones, or the usual ones; invalid times on
    // a closed day.
    QTime opensAtOn(QDate localDate) const;
    QTime closesAtOn(QDate localDate) const;

    // The opening window of one local day, in UTC. When closesAt <= opensAt the window closes on
    // the next local day: 00:00–00:00 is the whole day, 22:00–06:00 is overnight. A time of day
    // that the clock skips (spring forward) opens or closes at the first instant after the gap; a
    // time the clock shows twice (fall back) means its first occurrence.
    TimeRange windowOn(QDate localDate) const;

    // True when `range` lies inside a single opening window: that of the local day it starts on,
    // or, for overnight hours, that of the day before.
    bool containsWithinOneDay(const TimeRange &range) const;

    QDate localDate(const QDateTime &t) const;

    // The first instant at which the local clock reads `time` on `date`, or the first instant
    // after it when the clock skips that time.
    QDateTime toUtc(QDate date, QTime time) const;

private:
    QTime m_opensAt;
    QTime m_closesAt;
    QTimeZone m_zone;
    bool m_valid = false;
    struct DayHours
    {
        QTime opensAt;
        QTime closesAt;
    };
    QHash<QDate, DayHours> m_special;
};

} // namespace coworking
