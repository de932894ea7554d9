#include "openinghours.h"

#include <QFileInfo>
#include <QList>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coworking {

OpeningHours::OpeningHours(QTime opensAt, QTime closesAt, const QString &zoneName)
    : m_opensAt(opensAt), m_closesAt(closesAt)
{
    const std::optional<QTimeZone> zone = zoneFromString(zoneName);
    m_zone = zone.value_or(QTimeZone::utc());
    m_valid = zone.has_value() && opensAt.isValid() && closesAt.isValid();
}

std::optional<QTimeZone> OpeningHours::zoneFromString(const QString &text)
{
    static const QRegularExpression fixedOffset(uR"(^UTC([+-])(\d{2}):?(\d{2})$)"_s);
    if (const auto m = fixedOffset.match(text); m.hasMatch()) {
        const int hours = m.captured(2).toInt();
        const int minutes = m.captured(3).toInt();
        // Real offsets lie between -12:00 and +14:00; anything beyond is a typo.
        if (minutes > 59 || hours * 60 + minutes > 14 * 60)
            return std::nullopt;
        const int sign = m.captured(1) == u"-" ? -1 : 1;
        return QTimeZone(sign * (hours * 3600 + minutes * 60));
    }

    // Qt also accepts POSIX TZ rules, to which "MSK" or "ABC" is a valid zone at UTC+0: a typo
    // would silently mean UTC. So only names of the tz database count, including its aliases
    // ("Asia/Calcutta", "Etc/UTC") that Qt does not list but can load.
    static const QRegularExpression ianaName(uR"(^[A-Za-z][A-Za-z0-9_+-]*(/[A-Za-z0-9_+-]+)*$)"_s);
    if (!ianaName.match(text).hasMatch())
        return std::nullopt;
    const QByteArray id = text.toUtf8();
    const QTimeZone zone(id);
    if (!zone.isValid())
        return std::nullopt;
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return zone;
    for (const QString &dir :
         { u"/usr/share/zoneinfo/"_s, u"/usr/lib/zoneinfo/"_s, u"/usr/share/lib/zoneinfo/"_s }) {
        if (QFileInfo(dir + text).isFile())
            return zone;
    }
    return std::nullopt;
}

QDateTime OpeningHours::toUtc(QDate date, QTime time) const
{
    // The wall-clock reading written as if it were UTC, only to do offset arithmetic on it.
    const QDateTime wall(date, time, QTimeZone::utc());
    if (!wall.isValid())
        return {};

    // UTC offsets stay well within a day, so the offsets in effect two days either side are all
    // that can map some instant onto this wall time.
    const QDateTime lo = wall.addDays(-2);
    const QDateTime hi = wall.addDays(2);
    const int offsetBefore = m_zone.offsetFromUtc(lo);
    const QTimeZone::OffsetDataList transitions =
            m_zone.hasTransitions() ? m_zone.transitions(lo, hi) : QTimeZone::OffsetDataList{};

    // Qt 6.4 gives an invalid QDateTime in a gap and the later occurrence in an overlap; resolve
    // both explicitly so the rule does not depend on the Qt version.
    QList<int> offsets{ offsetBefore };
    for (const QTimeZone::OffsetData &t : transitions)
        offsets.append(t.offsetFromUtc);
    QDateTime first;
    for (const int offset : std::as_const(offsets)) {
        const QDateTime instant = wall.addSecs(-offset);
        if (m_zone.offsetFromUtc(instant) == offset && (!first.isValid() || instant < first))
            first = instant;
    }
    if (first.isValid())
        return first;

    // The clock skipped this time: the transition that skipped it is the first instant after.
    int previous = offsetBefore;
    for (const QTimeZone::OffsetData &t : transitions) {
        if (t.atUtc.addSecs(previous) <= wall && wall < t.atUtc.addSecs(t.offsetFromUtc))
            return t.atUtc.toUTC();
        previous = t.offsetFromUtc;
    }
    return {};
}

void OpeningHours::setSpecialDay(QDate date, QTime opensAt, QTime closesAt)
{
    m_special.insert(date, DayHours{ opensAt, closesAt });
}

bool OpeningHours::isClosedOn(QDate localDate) const
{
    return !opensAtOn(localDate).isValid() || !closesAtOn(localDate).isValid();
}

QTime OpeningHours::opensAtOn(QDate localDate) const
{
    const auto it = m_special.constFind(localDate);
    return it == m_special.cend() ? m_opensAt : it->opensAt;
}

QTime OpeningHours::closesAtOn(QDate localDate) const
{
    const auto it = m_special.constFind(localDate);
    return it == m_special.cend() ? m_closesAt : it->closesAt;
}

TimeRange OpeningHours::windowOn(QDate localDate) const
{
    const QTime opens = opensAtOn(localDate);
    const QTime closes = closesAtOn(localDate);
    if (!opens.isValid() || !closes.isValid() || !localDate.isValid())
        return {};
    const QDate closingDate = closes <= opens ? localDate.addDays(1) : localDate;
    return { toUtc(localDate, opens), toUtc(closingDate, closes) };
}

bool OpeningHours::containsWithinOneDay(const TimeRange &range) const
{
    if (!range.isValid())
        return false;
    const QDate day = localDate(range.from);
    // Overnight hours: a range after midnight belongs to the window opened the evening before.
    for (const QDate d : { day, day.addDays(-1) }) {
        const TimeRange window = windowOn(d);
        if (window.isValid() && window.contains(range))
            return true;
    }
    return false;
}

QDate OpeningHours::localDate(const QDateTime &t) const
{
    return t.toTimeZone(m_zone).date();
}

} // namespace coworking
