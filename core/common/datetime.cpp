#include "datetime.h"

#include <QRegularExpression>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace coworking::datetime {

std::optional<QDateTime> parseWithOffset(const QString &text)
{
    // Date, 'T' or space, time with optional fraction, then a mandatory zone designator.
    static const QRegularExpression re(
            uR"(^(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?([Zz]|[+-]\d{2}:?\d{2})$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QDate date(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    const QString fraction = m.captured(7);
    const int msecs = fraction.isEmpty() ? 0 : fraction.left(3).leftJustified(3, u'0').toInt();
    const QTime time(m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt(), msecs);
    if (!date.isValid() || !time.isValid())
        return std::nullopt;
    const QString zone = m.captured(8);
    int offset = 0;
    if (zone.compare(u"Z", Qt::CaseInsensitive) != 0) {
        QString digits = zone.mid(1);
        digits.remove(u':');
        const int hours = digits.left(2).toInt();
        const int minutes = digits.mid(2, 2).toInt();
        if (hours > 23 || minutes > 59)
            return std::nullopt;
        offset = (hours * 3600 + minutes * 60) * (zone.startsWith(u'-') ? -1 : 1);
    }
    return QDateTime(date, time, QTimeZone(offset)).toUTC();
}

QString toUtcString(const QDateTime &t)
{
    if (!t.isValid())
        return {};
    const QDateTime utc = t.toUTC();
    const QDate date = utc.date();
    const QTime time = utc.time();
    if (date.year() < 0 || date.year() > 9999) {
        return utc.toString(time.msec() ? u"yyyy-MM-ddTHH:mm:ss.zzzZ"_s
                                        : u"yyyy-MM-ddTHH:mm:ssZ"_s);
    }
    // yyyy-MM-ddTHH:mm:ss[.zzz]Z by hand: QDateTime::toString goes through QLocale (for a
    // pattern) or asprintf (for Qt::ISODate), a sixth of the CPU of a day's timeline answer.
    char text[24];
    char *end = text;
    const auto put = [&end](int value, int digits, char after) {
        for (int i = digits - 1; i >= 0; --i, value /= 10)
            end[i] = char('0' + value % 10);
        end += digits;
        if (after)
            *end++ = after;
    };
    put(date.year(), 4, '-');
    put(date.month(), 2, '-');
    put(date.day(), 2, 'T');
    put(time.hour(), 2, ':');
    put(time.minute(), 2, ':');
    if (time.msec()) {
        put(time.second(), 2, '.');
        put(time.msec(), 3, 'Z');
    } else {
        put(time.second(), 2, 'Z');
    }
    return QString::fromLatin1(text, end - text);
}

QJsonValue toJsonOrNull(const QDateTime &t)
{
    return t.isValid() ? QJsonValue(toUtcString(t)) : QJsonValue(QJsonValue::Null);
}

std::optional<QTime> parseTimeOfDay(const QString &text, std::optional<int> *offsetSecs)
{
    static const QRegularExpression re(
            uR"(^(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?([Zz]|[+-]\d{2}:?\d{2})?$)"_s);
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    const QTime time(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
    if (!time.isValid())
        return std::nullopt;
    const QString zone = m.captured(4);
    if (offsetSecs) {
        if (zone.isEmpty()) {
            offsetSecs->reset();
        } else if (zone.compare(u"Z", Qt::CaseInsensitive) == 0) {
            *offsetSecs = 0;
        } else {
            QString digits = zone.mid(1);
            digits.remove(u':');
            *offsetSecs = (digits.left(2).toInt() * 3600 + digits.mid(2, 2).toInt() * 60)
                    * (zone.startsWith(u'-') ? -1 : 1);
        }
    }
    return time;
}

QString timeOfDayToString(const QTime &t)
{
    return t.toString(t.second() ? u"HH:mm:ss"_s : u"HH:mm"_s);
}

std::optional<QDate> parseDate(const QString &text)
{
    // Qt::ISODate alone would also take "2030-1-7" or trailing text.
    static const QRegularExpression re(uR"(^\d{4}-\d{2}-\d{2}$)"_s);
    if (!re.match(text).hasMatch())
        return std::nullopt;
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString dateToString(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace coworking::datetime
