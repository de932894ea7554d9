#include "row.h"

#include "database.h"

#include <libpq-fe.h>

#include <charconv>

namespace coworking {

namespace {

// The whole of `text` as a number; false when it is not one (then QtSql converts it).
template<typename Number>
bool parse(const char *text, int length, Number *n)
{
    const auto [end, error] = std::from_chars(text, text + length, *n);
    return error == std::errc() && end == text + length;
}

bool digits(QByteArrayView text, qsizetype at, qsizetype count, int *value)
{
    if (at + count > text.size())
        return false;
    int n = 0;
    for (qsizetype i = at; i < at + count; ++i) {
        const char c = text[i];
        if (c < '0' || c > '9')
            return false;
        n = n * 10 + (c - '0');
    }
    *value = n;
    return true;
}

// Days from 1970-01-01 to a date of the proleptic Gregorian calendar (H. Hinnant's
// days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2;
    const qint64 era = (year >= 0 ? year : year - 399) / 400;
    const int yoe = int(year - era * 400);
    const int doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
    const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

} // namespace

QDateTime parseTimestamp(QByteArrayView text)
{
    int year = 0, month = 0, day = 0, hour = 0, minute = 0, second = 0;
    if (!digits(text, 0, 4, &year) || text.size() < 19 || text[4] != '-' || text[7] != '-'
        || (text[10] != 'T' && text[10] != ' ') || text[13] != ':' || text[16] != ':'
        || !digits(text, 5, 2, &month) || !digits(text, 8, 2, &day) || !digits(text, 11, 2, &hour)
        || !digits(text, 14, 2, &minute) || !digits(text, 17, 2, &second))
        return {};
    if (month < 1 || month > 12 || day < 1 || day > QDate(year, month, 1).daysInMonth() || hour > 23
        || minute > 59 || second > 59)
        return {};
    qsizetype at = 19;
    int msecs = 0;
    if (at < text.size() && text[at] == '.') {
        // Rounded to the millisecond on the fourth digit, as QDateTime::fromString does.
        int tenths = 0; // of a millisecond
        int scale = 1000;
        for (++at; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at) {
            tenths += (text[at] - '0') * scale;
            scale /= 10;
        }
        msecs = (tenths + 5) / 10; // 1000 carries into the seconds below
    }
    int offsetSecs = 0;
    if (at == text.size() - 1 && text[at] == 'Z') {
        // UTC
    } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
        int hours = 0, minutes = 0, seconds = 0;
        qsizetype next = at + 3;
        if (!digits(text, at + 1, 2, &hours))
            return {};
        if (next < text.size() && text[next] == ':') {
            if (!digits(text, next + 1, 2, &minutes))
                return {};
            next += 3;
            if (next < text.size() && text[next] == ':') {
                if (!digits(text, next + 1, 2, &seconds))
                    return {};
                next += 3;
            }
        }
        if (next != text.size())
            return {};
        offsetSecs = (hours * 3600 + minutes * 60 + seconds) * (text[at] == '-' ? -1 : 1);
    } else {
        return {};
    }
    const qint64 secs = daysFromCivil(year, month, day) * 86400 + hour * 3600 + minute * 60 + second
            - offsetSecs;
    return QDateTime::fromMSecsSinceEpoch(secs * 1000 + msecs, Qt::UTC);
}

Row::Row(const QSqlQuery &query, const pg_result *pg) : m_query(query), m_pg(pg), m_row(query.at())
{
}

const char *Row::raw(int column, int *length) const
{
    if (PQgetisnull(m_pg, m_row, column))
        return nullptr;
    *length = PQgetlength(m_pg, m_row, column);
    return PQgetvalue(m_pg, m_row, column);
}

bool Row::isNull(int column) const
{
    return m_pg ? PQgetisnull(m_pg, m_row, column) != 0 : m_query.isNull(column);
}

QString Row::text(int column) const
{
    if (!m_pg)
        return m_query.value(column).toString();
    int length = 0;
    const char *value = raw(column, &length);
    return value ? QString::fromUtf8(value, length) : QString();
}

template<typename Number>
Number Row::number(int column) const
{
    Number n{};
    if (m_pg) {
        int length = 0;
        const char *value = raw(column, &length);
        // Anything from_chars does not read whole (NaN, Infinity) takes the QtSql path.
        if (!value || parse(value, length, &n))
            return n;
    }
    return m_query.value(column).value<Number>();
}

int Row::integer(int column) const
{
    return number<int>(column);
}

qint64 Row::bigInteger(int column) const
{
    return number<qint64>(column);
}

double Row::real(int column) const
{
    return number<double>(column);
}

QDateTime Row::timestamp(int column) const
{
    if (m_pg) {
        int length = 0;
        const char *value = raw(column, &length);
        if (!value)
            return {};
        const QDateTime parsed = parseTimestamp(QByteArrayView(value, length));
        if (parsed.isValid())
            return parsed;
    }
    return Database::toDateTime(m_query.value(column));
}

bool Row::boolean(int column) const
{
    if (!m_pg)
        return m_query.value(column).toBool();
    constexpr Oid BoolOid = 16;
    if (PQftype(m_pg, column) != BoolOid)
        return m_query.value(column).toBool();
    int length = 0;
    const char *value = raw(column, &length);
    return value && value[0] == 't'; // PostgreSQL's text form of a boolean: t or f
}

} // namespace coworking
