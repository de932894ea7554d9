#include "apirequest.h"

#include "common/apperror.h"
#include "common/datetime.h"
#include "common/jsonbody.h"
#include "common/page.h"

#include <QHttpServerRequest>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

ApiRequest::ApiRequest(const QHttpServerRequest &request, QString method, QString path)
    : m_request(request),
      m_method(std::move(method)),
      m_path(std::move(path)),
      m_query(request.query())
{
}

QHostAddress ApiRequest::remoteAddress() const
{
    return m_request.remoteAddress();
}

QByteArray ApiRequest::header(const QByteArray &name) const
{
    for (const auto &[key, value] : m_request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiResponse conditionalResponse(const ApiRequest &request, QByteArray body, QByteArray contentType,
                                const QByteArray &etag, const QByteArray &cacheControl)
{
    const QByteArray ifNoneMatch = request.headerList("If-None-Match");
    const QList<QByteArray> tags = ifNoneMatch.split(',');
    const bool held = ifNoneMatch.trimmed() == "*"
            || std::any_of(tags.cbegin(), tags.cend(), [&etag](const QByteArray &listed) {
                          QByteArray tag = listed.trimmed();
                          if (tag.startsWith("W/"))
                              tag = tag.mid(2);
                          return tag == etag;
                      });
    if (held) {
        return ApiResponse{ 304, {}, {}, {} }
                .withHeader("ETag", etag)
                .withHeader("Cache-Control", cacheControl);
    }
    return ApiResponse{ 200, std::move(body), std::move(contentType), {} }
            .withHeader("ETag", etag)
            .withHeader("Cache-Control", cacheControl)
            .withHeader("X-Content-Type-Options", "nosniff");
}

QByteArray ApiRequest::headerList(const QByteArray &name) const
{
    QByteArrayList values;
    for (const auto &[key, value] : m_request.headers()) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            values.append(value);
    }
    return values.join(',');
}

QByteArray ApiRequest::body() const
{
    return m_request.body();
}

QString ApiRequest::contentType() const
{
    QByteArray type = header("Content-Type");
    const qsizetype semicolon = type.indexOf(';');
    if (semicolon >= 0)
        type.truncate(semicolon);
    return QString::fromLatin1(type.trimmed().toLower());
}

QString ApiRequest::query(const QString &name) const
{
    const QString value = m_query.queryItemValue(name, QUrl::FullyDecoded);
    JsonBody::requireNoNul(name, value);
    return value;
}

bool ApiRequest::hasQuery(const QString &name) const
{
    return m_query.hasQueryItem(name);
}

std::optional<QString> ApiRequest::optionalQuery(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    return query(name);
}

std::optional<QDateTime> ApiRequest::queryDateTime(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    // A '+' in a query string decodes to a space; clients that forget to escape the offset
    // ("...T09:00:00+03:00") would otherwise get a puzzling 422.
    QString text = query(name);
    if (text.size() > 19 && text.at(text.size() - 6) == u' ')
        text[text.size() - 6] = u'+';
    const auto parsed = datetime::parseWithOffset(text);
    if (!parsed)
        throw AppError::invalidField(name,
                                     u"must be an ISO 8601 datetime with an "
                                     "offset, e.g. 2026-11-24T09:00:00+03:00"_s);
    return parsed;
}

std::optional<bool> ApiRequest::queryBool(const QString &name) const
{
    if (!hasQuery(name))
        return std::nullopt;
    const QString v = query(name).toLower();
    if (v == u"true" || v == u"1")
        return true;
    if (v == u"false" || v == u"0")
        return false;
    throw AppError::invalidField(name, u"must be true or false"_s);
}

QString ApiRequest::queryId(const QString &name) const
{
    if (!hasQuery(name))
        return {};
    const QString v = query(name);
    if (!JsonBody::isUuid(v))
        throw AppError::invalidField(name, u"must be a UUID"_s);
    return v.toLower();
}

PageRequest ApiRequest::page() const
{
    PageRequest page;
    if (hasQuery(u"count"_s)) {
        bool ok = false;
        page.count = query(u"count"_s).toInt(&ok);
        if (!ok || page.count < 1 || page.count > 100)
            throw AppError::invalidField(u"count"_s, u"must be an integer from 1 to 100"_s);
    }
    if (hasQuery(u"page"_s)) {
        bool ok = false;
        page.page = query(u"page"_s).toInt(&ok);
        if (!ok || page.page < 0 || page.page > 1'000'000)
            throw AppError::invalidField(u"page"_s, u"must be a non-negative integer"_s);
    }
    return page;
}

QJsonObject ApiRequest::jsonObject() const
{
    const QString type = contentType();
    if (!type.isEmpty() && type != u"application/json")
        throw AppError::badRequest(u"Content-Type must be application/json."_s);
    return JsonBody::parseObject(body());
}

} // namespace coworking
