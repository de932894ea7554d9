#pragma once

#include <QByteArrayView>
#include <QDateTime>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

#include <algorithm>

struct pg_result;

namespace coworking {

// One row of a result, read by column position (Database::forEachRow hands them out). With
// PostgreSQL the typed readers take the text libpq received straight from its result: going
// through QSqlQuery::value (a QVariant per value, the column type decoded every time) was a
// third of a 200-spot answer's CPU. Elsewhere they read through QSqlQuery.
class Row final
{
public:
    // `pg`: the PGresult holding all of the query's rows, or null to read through `query`.
    Row(const QSqlQuery &query, const pg_result *pg);

    bool isNull(int column) const;
    QString text(int column) const; // NULL reads as a null QString
    int integer(int column) const;
    qint64 bigInteger(int column) const;
    double real(int column) const;
    bool boolean(int column) const;
    // A timestamp in UTC; invalid for NULL. As Database::toDateTime(value(column)), without
    // QtSql's parse through QDateTime::fromString.
    QDateTime timestamp(int column) const;
    // Any other type, as QtSql converts it (timestamps: Database::toDateTime(row.value(i))).
    QVariant value(int column) const { return m_query.value(column); }
    // Rows in the whole result, when the driver knows (PostgreSQL), else 0.
    int resultSize() const { return std::max(m_query.size(), 0); }

private:
    const char *raw(int column, int *length) const;
    template<typename Number>
    Number number(int column) const;

    const QSqlQuery &m_query;
    const pg_result *m_pg;
    int m_row;
};

// "YYYY-MM-DD HH:MM:SS[.fraction]" with 'T' or a space in the middle and a zone ("Z", "+00",
// "+05:30"), as PostgreSQL prints timestamptz and the SQLite schema stores times. Invalid when
// the text is anything else.
QDateTime parseTimestamp(QByteArrayView text);

} // namespace coworking
