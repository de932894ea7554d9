#include "multipart.h"

#include "common/apperror.h"

#include <optional>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

using Parameters = QList<QPair<QByteArray, QByteArray>>;

// A header value of the form `type; name=value; name="quoted value"`.
struct ParameterizedValue
{
    QByteArray value; // lower case
    Parameters parameters; // names in lower case, each at most once
};

// tchar of RFC 9110, 5.6.2.
bool isTokenChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

std::optional<ParameterizedValue> parseParameterized(QByteArrayView text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    const auto skipSpace = [&] {
        while (i < n && (text[i] == ' ' || text[i] == '\t'))
            ++i;
    };
    const auto token = [&] {
        const qsizetype start = i;
        while (i < n && isTokenChar(text[i]))
            ++i;
        return text.sliced(start, i - start).toByteArray();
    };

    ParameterizedValue out;
    skipSpace();
    out.value = token().toLower();
    if (i < n && text[i] == '/') { // a media type: type "/" subtype
        ++i;
        const QByteArray subtype = token();
        if (subtype.isEmpty())
            return std::nullopt;
        out.value += '/' + subtype.toLower();
    }
    if (out.value.isEmpty())
        return std::nullopt;
    for (;;) {
        skipSpace();
        if (i == n)
            return out;
        if (text[i] != ';')
            return std::nullopt;
        ++i;
        skipSpace();
        const QByteArray name = token().toLower();
        if (name.isEmpty() || i == n || text[i] != '=')
            return std::nullopt;
        ++i;
        QByteArray value;
        if (i < n && text[i] == '"') {
            ++i;
            bool closed = false;
            while (i < n && !closed) {
                char c = text[i++];
                if (c == '"') {
                    closed = true;
                    continue;
                }
                if (c == '\\') {
                    if (i == n)
                        return std::nullopt;
                    c = text[i++];
                }
                if ((uchar(c) < 0x20 && c != '\t') || c == 0x7f)
                    return std::nullopt;
                value += c;
            }
            if (!closed)
                return std::nullopt;
        } else {
            value = token();
            if (value.isEmpty())
                return std::nullopt;
        }
        for (const auto &existing : std::as_const(out.parameters)) {
            if (existing.first == name)
                return std::nullopt;
        }
        out.parameters.append({ name, value });
    }
}

QByteArray parameter(const Parameters &parameters, QByteArrayView name)
{
    for (const auto &[key, value] : parameters) {
        if (key == name)
            return value;
    }
    return {};
}

bool hasParameter(const Parameters &parameters, QByteArrayView name)
{
    return std::any_of(parameters.cbegin(), parameters.cend(),
                       [name](const auto &p) { return p.first == name; });
}

// bchars of RFC 2046, 5.1.1; a boundary may not end in a space.
bool isValidBoundary(const QByteArray &boundary)
{
    if (boundary.isEmpty() || boundary.size() > 70 || boundary.endsWith(' '))
        return false;
    return std::all_of(boundary.cbegin(), boundary.cend(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || QByteArrayView("'()+_,-./:=? ").contains(c);
    });
}

[[noreturn]] void malformed(const QString &why)
{
    throw AppError::badRequest(u"Malformed multipart/form-data body: "_s + why);
}

// Reads the header section of one part into `part`.
void parseHeaders(QByteArrayView section, MultipartPart &part)
{
    bool disposition = false;
    qsizetype start = 0;
    while (start < section.size()) {
        qsizetype end = section.indexOf("\r\n", start);
        if (end < 0)
            end = section.size();
        const QByteArrayView line = section.sliced(start, end - start);
        start = end + 2;
        // Obsolete line folding, stray CR or LF and bytes outside headers' range: refused.
        if (line.isEmpty() || line.front() == ' ' || line.front() == '\t' || line.contains('\r')
            || line.contains('\n'))
            malformed(u"invalid part header line."_s);
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            malformed(u"a part header has no name."_s);
        const QByteArray name = line.first(colon).toByteArray().toLower();
        if (!std::all_of(name.cbegin(), name.cend(), isTokenChar))
            malformed(u"invalid part header name."_s);
        const QByteArray value = line.sliced(colon + 1).toByteArray().trimmed();
        part.headers.append({ name, value });

        if (name == "content-disposition") {
            if (disposition)
                malformed(u"a part has two Content-Disposition headers."_s);
            disposition = true;
            const auto parsed = parseParameterized(value);
            if (!parsed || parsed->value != "form-data")
                malformed(u"a part's Content-Disposition is not form-data."_s);
            if (!hasParameter(parsed->parameters, "name"))
                malformed(u"a part has no name."_s);
            part.name = parameter(parsed->parameters, "name");
            part.fileName = parameter(parsed->parameters, "filename");
        } else if (name == "content-type") {
            if (!part.contentType.isEmpty())
                malformed(u"a part has two Content-Type headers."_s);
            part.contentType = value;
        }
    }
    if (!disposition)
        malformed(u"a part has no Content-Disposition."_s);
}

} // namespace

QByteArray Multipart::boundary(QByteArrayView contentType)
{
    const auto parsed = parseParameterized(contentType);
    if (!parsed || parsed->value != "multipart/form-data")
        return {};
    const QByteArray boundary = parameter(parsed->parameters, "boundary");
    return isValidBoundary(boundary) ? boundary : QByteArray();
}

QList<MultipartPart> Multipart::parse(QByteArrayView contentType, const QByteArray &body)
{
    const QByteArray boundary = Multipart::boundary(contentType);
    if (boundary.isEmpty())
        throw AppError::badRequest(u"Content-Type multipart/form-data needs a valid boundary "
                                   "parameter."_s);
    // A delimiter is CRLF "--" boundary; the first one may open the body instead (RFC 2046).
    const QByteArray delimiter = "\r\n--" + boundary;
    qsizetype pos = 0;
    if (body.startsWith(QByteArrayView(delimiter).sliced(2))) {
        pos = delimiter.size() - 2;
    } else {
        const qsizetype first = body.indexOf(delimiter); // after a preamble
        if (first < 0)
            malformed(u"no boundary found."_s);
        pos = first + delimiter.size();
    }

    QList<MultipartPart> parts;
    for (;;) {
        // After a delimiter: "--" closes the body; otherwise transport padding and CRLF.
        if (QByteArrayView(body).sliced(pos).startsWith("--"))
            break; // the epilogue, if any, is ignored
        while (pos < body.size() && (body.at(pos) == ' ' || body.at(pos) == '\t'))
            ++pos;
        if (!QByteArrayView(body).sliced(pos).startsWith("\r\n"))
            malformed(u"a boundary is not followed by a line end."_s);
        pos += 2;
        if (parts.size() == kMaxParts)
            malformed(u"too many parts."_s);

        if (QByteArrayView(body).sliced(pos).startsWith("\r\n"))
            malformed(u"a part has no headers."_s);
        // The part ends at the next delimiter; its header section at the first empty line, which
        // must come before that delimiter (whose CRLF may double as the empty line's).
        const qsizetype next = body.indexOf(delimiter, pos);
        if (next < 0)
            malformed(u"the body does not end with a closing boundary."_s);
        const qsizetype headersEnd = body.indexOf("\r\n\r\n", pos);
        if (headersEnd < 0 || headersEnd + 2 > next || headersEnd - pos > kMaxHeaderBytes)
            malformed(u"a part's headers do not end."_s);
        MultipartPart part;
        parseHeaders(QByteArrayView(body).sliced(pos, headersEnd - pos), part);
        const qsizetype dataStart = headersEnd + 4;
        if (next >= dataStart)
            part.data = body.sliced(dataStart, next - dataStart);
        parts.append(std::move(part));
        pos = next + delimiter.size();
    }
    return parts;
}

} // namespace coworking
