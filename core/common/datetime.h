#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace coworking::datetime {

// ISO 8601 with an explicit offset ("Z" or "+03:00"); a naive datetime yields nullopt, because
// its meaning would depend on whose clock the client had in mind. The result is in UTC.
std::optional<QDateTime> parseWithOffset(const QString &text);

// UTC with "Z", milliseconds only when there are any.
QString toUtcString(const QDateTime &t);
// The same as a JSON value; null for an unset time.
QJsonValue toJsonOrNull(const QDateTime &t);

// "HH:MM" or "HH:MM:SS"; with the compatibility form "08:00:00+03:00" the offset (in seconds
// east of UTC) is returned through `offsetSecs`.
std::optional<QTime> parseTimeOfDay(const QString &text, std::optional<int> *offsetSecs = nullptr);
QString timeOfDayToString(const QTime &t); // "HH:MM" or "HH:MM:SS" when seconds are set

// A calendar date "YYYY-MM-DD" exactly (no time, no week or ordinal forms).
std::optional<QDate> parseDate(const QString &text);
QString dateToString(const QDate &d);

} // namespace coworking::datetime
