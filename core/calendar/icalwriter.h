#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

namespace coworking {

// Writes iCalendar (RFC 5545) content lines: each ends with CRLF and is folded so that no line is
// longer than 75 octets, never inside a UTF-8 character (3.1); TEXT values are escaped (3.3.11).
// Names and parameters are the caller's literals; only values come from data.
class ICalWriter final
{
public:
    void begin(QByteArrayView component) { line("BEGIN", component); }
    void end(QByteArrayView component) { line("END", component); }
    // A TEXT value: escaped, control characters other than tabs dropped.
    void text(QByteArrayView name, const QString &value);
    // A value already in its type's form (VERSION, PRODID, DURATION, INTEGER).
    void line(QByteArrayView name, QByteArrayView value);
    void integer(QByteArrayView name, qint64 value);
    // A DATE-TIME in UTC ("20300107T060000Z"): the form that needs no VTIMEZONE.
    void utc(QByteArrayView name, const QDateTime &time);

    const QByteArray &bytes() const { return m_out; }

    static QString escapeText(const QString &value);
    static QByteArray utcValue(const QDateTime &time);
    // One content line, folded, with its CRLF.
    static QByteArray fold(QByteArrayView line);

private:
    QByteArray m_out;
};

} // namespace coworking
