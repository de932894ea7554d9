#include "row.h"

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

} // namespace

Row::Row(const QSqlQuery &query, const pg_result *pg)
    : m_query(query), m_pg(pg), m_row(query.at())
{}

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
