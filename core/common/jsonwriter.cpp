#include "jsonwriter.h"

#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>

namespace coworking {

namespace {

char hexDigit(unsigned v)
{
    return char(v < 10 ? '0' + v : 'a' + v - 10);
}

char *escapeUnit(char *out, char16_t u)
{
    *out++ = '\\';
    *out++ = 'u';
    *out++ = hexDigit((u >> 12) & 0xf);
    *out++ = hexDigit((u >> 8) & 0xf);
    *out++ = hexDigit((u >> 4) & 0xf);
    *out++ = hexDigit(u & 0xf);
    return out;
}

} // namespace

JsonWriter::JsonWriter(qsizetype reserve)
    : m_out(std::max<qsizetype>(reserve, 16), Qt::Uninitialized)
{
}

QByteArray JsonWriter::take()
{
    m_out.truncate(m_size);
    m_size = 0;
    return std::move(m_out);
}

char *JsonWriter::room(qsizetype n)
{
    // Appending to a QByteArray piece by piece cost more than the JSON itself.
    if (m_size + n > m_out.size())
        m_out.resize(std::max(m_out.size() * 2, m_size + n));
    return m_out.data() + m_size;
}

void JsonWriter::put(const char *bytes, qsizetype n)
{
    std::memcpy(room(n), bytes, size_t(n));
    m_size += n;
}

void JsonWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first)
        put(',');
    m_first = false;
}

JsonWriter &JsonWriter::open(char bracket)
{
    separate();
    put(bracket);
    m_first = true;
#ifndef QT_NO_DEBUG
    m_lastKeys.append(QLatin1StringView());
#endif
    return *this;
}

JsonWriter &JsonWriter::close(char bracket)
{
    put(bracket);
    m_first = false;
#ifndef QT_NO_DEBUG
    m_lastKeys.removeLast();
#endif
    return *this;
}

JsonWriter &JsonWriter::key(QLatin1StringView name)
{
#ifndef QT_NO_DEBUG
    // QJsonObject keeps its keys sorted: members written in another order would not match it.
    Q_ASSERT_X(!m_lastKeys.isEmpty() && (m_lastKeys.last().isNull() || m_lastKeys.last() < name),
               "JsonWriter::key", "keys must come in sorted order");
    m_lastKeys.last() = name;
#endif
    char *out = room(name.size() + 4);
    if (!m_first)
        *out++ = ',';
    m_first = false;
    *out++ = '"';
    std::memcpy(out, name.data(), size_t(name.size()));
    out += name.size();
    *out++ = '"';
    *out++ = ':';
    m_size = out - m_out.constData();
    m_afterKey = true;
    return *this;
}

JsonWriter &JsonWriter::value(QStringView text)
{
    separate();
    char *out = room(2 + text.size() * 6); // the worst case: every unit as \uXXXX
    *out++ = '"';
    const char16_t *src = text.utf16();
    const char16_t *const end = src + text.size();
    // The rules of QJsonDocument's writer: ASCII controls, '"' and '\' escaped, the rest as
    // UTF-8, and a surrogate without its pair as \uXXXX.
    while (src != end) {
        const char16_t u = *src++;
        if (u < 0x80) {
            if (u >= 0x20 && u != u'"' && u != u'\\') {
                *out++ = char(u);
                continue;
            }
            switch (u) {
            case u'"':
                *out++ = '\\';
                *out++ = '"';
                break;
            case u'\\':
                *out++ = '\\';
                *out++ = '\\';
                break;
            case u'\b':
                *out++ = '\\';
                *out++ = 'b';
                break;
            case u'\f':
                *out++ = '\\';
                *out++ = 'f';
                break;
            case u'\n':
                *out++ = '\\';
                *out++ = 'n';
                break;
            case u'\r':
                *out++ = '\\';
                *out++ = 'r';
                break;
            case u'\t':
                *out++ = '\\';
                *out++ = 't';
                break;
            default:
                out = escapeUnit(out, u);
                break;
            }
        } else if (u < 0x800) {
            *out++ = char(0xc0 | (u >> 6));
            *out++ = char(0x80 | (u & 0x3f));
        } else if (QChar::isHighSurrogate(u) && src != end && QChar::isLowSurrogate(*src)) {
            const char32_t c = QChar::surrogateToUcs4(u, *src++);
            *out++ = char(0xf0 | (c >> 18));
            *out++ = char(0x80 | ((c >> 12) & 0x3f));
            *out++ = char(0x80 | ((c >> 6) & 0x3f));
            *out++ = char(0x80 | (c & 0x3f));
        } else if (QChar::isSurrogate(u)) {
            out = escapeUnit(out, u);
        } else {
            *out++ = char(0xe0 | (u >> 12));
            *out++ = char(0x80 | ((u >> 6) & 0x3f));
            *out++ = char(0x80 | (u & 0x3f));
        }
    }
    *out++ = '"';
    m_size = out - m_out.constData();
    return *this;
}

JsonWriter &JsonWriter::value(QLatin1StringView text)
{
    const bool plain = std::all_of(text.begin(), text.end(), [](char c) {
        return uchar(c) >= 0x20 && uchar(c) < 0x80 && c != '"' && c != '\\';
    });
    if (!plain)
        return value(QString(text));
    separate();
    char *out = room(text.size() + 2);
    *out++ = '"';
    std::memcpy(out, text.data(), size_t(text.size()));
    out += text.size();
    *out++ = '"';
    m_size = out - m_out.constData();
    return *this;
}

JsonWriter &JsonWriter::value(bool b)
{
    separate();
    if (b)
        put("true", 4);
    else
        put("false", 5);
    return *this;
}

void JsonWriter::appendInteger(qint64 n)
{
    char *out = room(24);
    m_size = std::to_chars(out, out + 24, n).ptr - m_out.constData();
}

JsonWriter &JsonWriter::value(qint64 n)
{
    separate();
    appendInteger(n);
    return *this;
}

JsonWriter &JsonWriter::value(double d)
{
    separate();
    constexpr double MaxExactInteger = 9007199254740992.0; // 2^53
    if (!std::isfinite(d)) {
        put("null", 4);
    } else if (std::trunc(d) == d && std::fabs(d) <= MaxExactInteger) {
        appendInteger(qint64(d));
    } else {
        const QByteArray text = QByteArray::number(d, 'g', QLocale::FloatingPointShortest);
        put(text.constData(), text.size());
    }
    return *this;
}

JsonWriter &JsonWriter::null()
{
    separate();
    put("null", 4);
    return *this;
}

} // namespace coworking
