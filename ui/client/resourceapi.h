#pragma once

#include "apiclient.h"
#include "clienttypes.h"

#include "common/jsonreader.h"

#include <QJsonArray>
#include <QJsonObject>

namespace coworking::client {

// What every resource family shares: the ApiClient that carries its calls, and readers that turn
// an answer into the typed value a callback receives.
class ResourceApi
{
    Q_DISABLE_COPY_MOVE(ResourceApi)
public:
    explicit ResourceApi(ApiClient &api) : m_api(api) { }

protected:
    ~ResourceApi() = default;

    // Readers have the shape of core's decoders (`userFromJson`...), which they mostly are.
    template<typename T>
    using Reader = std::optional<T> (*)(const QJsonObject &, DecodeError *);
    template<typename T>
    using Decoder = std::function<std::optional<T>(const ApiResponse &, DecodeError *)>;

    // A JSON object body read by `read`.
    template<typename T>
    static Decoder<T> asObject(Reader<T> read)
    {
        return [read](const ApiResponse &r, DecodeError *error) -> std::optional<T> {
            const QJsonDocument doc = r.json();
            if (!doc.isObject())
                return std::nullopt;
            return read(doc.object(), error);
        };
    }
    // A bare JSON array of objects.
    template<typename T>
    static Decoder<QList<T>> asList(Reader<T> read)
    {
        return [read](const ApiResponse &r, DecodeError *error) -> std::optional<QList<T>> {
            const QJsonDocument doc = r.json();
            if (!doc.isArray())
                return std::nullopt;
            return listFromJson(doc.array(), read, error);
        };
    }
    // A list page: the array and X-Total-Count.
    template<typename T>
    static Decoder<Page<T>> asPage(Reader<T> read)
    {
        return [read](const ApiResponse &r, DecodeError *error) -> std::optional<Page<T>> {
            const QJsonDocument doc = r.json();
            if (!doc.isArray())
                return std::nullopt;
            const qint64 total = r.totalCount();
            return pageFromJson(doc.array(), total < 0 ? doc.array().size() : total, read, error);
        };
    }
    static Decoder<QByteArray> bytes()
    {
        return [](const ApiResponse &r, DecodeError *) {
            return std::optional<QByteArray>(r.body);
        };
    }

    static QUrlQuery pageQuery(const PageRequest &page, QUrlQuery query = {});
    static QString timeString(const QDateTime &t); // UTC, "Z"
    static QString dateString(const QDate &d); // YYYY-MM-DD
    static QString segment(const QString &id); // a path segment, percent-encoded

    ApiClient &m_api;
};

} // namespace coworking::client
