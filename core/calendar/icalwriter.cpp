#include "icalwriter.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Lines are limited to 75 octets without the CRLF; a continuation line starts with a space.
constexpr qsizetype MaxLineOctets = 75;

bool isUtf8Continuation(char c)
{
    return (uchar(c) & 0xC0) == 0x80;
}

} // namespace

QString ICalWriter::escapeText(const QString &value)
{
    QString out;
    out.reserve(value.size() + 8);
    for (qsizetype i = 0; i < value.size(); ++i) {
        const QChar c = value.at(i);
        switch (c.unicode()) {
        case '\\':
            out += u"\\\\"_s;
            break;
        case ';':
            out += u"\\;"_s;
            break;
        case ',':
            out += u"\\,"_s;
            break;
        case '\r':
            // CRLF is one line break.
            if (i + 1 < value.size() && value.at(i + 1) == u'\n')
                ++i;
            out += u"\\n"_s;
            break;
        case '\n':
            out += u"\\n"_s;
            break;
        default:
            // TEXT allows no control characters but HTAB (3.3.11, "TSAFE-CHAR").
            if (c == u'\t' || (c.unicode() >= 0x20 && c.unicode() != 0x7F))
                out += c;
        }
    }
    return out;
}

QByteArray ICalWriter::utcValue(const QDateTime &time)
{
    return time.toTimeZone(QTimeZone::utc()).toString(u"yyyyMMdd'T'HHmmss'Z'"_s).toLatin1();
}

QByteArray ICalWriter::fold(QByteArrayView line)
{
    QByteArray out;
    out.reserve(line.size() + line.size() / 70 * 3 + 2);
    qsizetype start = 0;
    qsizetype room = MaxLineOctets;
    while (line.size() - start > room) {
        qsizetype cut = start + room;
        while (cut > start && isUtf8Continuation(line.at(cut)))
            --cut;
        out += line.sliced(start, cut - start);
        out += "\r\n ";
        start = cut;
        room = MaxLineOctets - 1; // the leading space counts
    }
    out += line.sliced(start);
    out += "\r\n";
    return out;
}

void ICalWriter::line(QByteArrayView name, QByteArrayView value)
{
    QByteArray content;
    content.reserve(name.size() + 1 + value.size());
    content += name;
    content += ':';
    content += value;
    m_out += fold(content);
}

void ICalWriter::text(QByteArrayView name, const QString &value)
{
    line(name, escapeText(value).toUtf8());
}

void ICalWriter::integer(QByteArrayView name, qint64 value)
{
    line(name, QByteArray::number(value));
}

void ICalWriter::utc(QByteArrayView name, const QDateTime &time)
{
    line(name, utcValue(time));
}

} // namespace coworking
