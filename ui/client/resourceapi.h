#pragma once

#include "apiclient.h"
#include "clienttypes.h"

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

    template<typename T>
    using Reader = std::function<std::optional<T>(const QJsonObject &)>;
    template<typename T>
    using Decoder = std::function<std::optional<T>(const ApiResponse &)>;

    // A JSON object body read by `read`.
    template<typename T>
    static Decoder<T> asObject(Reader<T> read)
    {
        return [read = std::move(read)](const ApiResponse &r) -> std::optional<T> {
            const QJsonDocument doc = r.json();
            return doc.isObject() ? read(doc.object()) : std::nullopt;
        };
    }
    // A bare JSON array of objects.
    template<typename T>
    static std::optional<QList<T>> readList(const QJsonValue &value, const Reader<T> &read)
    {
        if (!value.isArray())
            return std::nullopt;
        QList<T> items;
        for (const QJsonValue &v : value.toArray()) {
            std::optional<T> item = v.isObject() ? read(v.toObject()) : std::nullopt;
            if (!item)
                return std::nullopt;
            items.append(std::move(*item));
        }
        return items;
    }
    template<typename T>
    static Decoder<QList<T>> asList(Reader<T> read)
    {
        return [read = std::move(read)](const ApiResponse &r) {
            const QJsonDocument doc = r.json();
            return readList<T>(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(), read);
        };
    }
    // A list page: the array and X-Total-Count.
    template<typename T>
    static Decoder<Page<T>> asPage(Reader<T> read)
    {
        return [read = std::move(read)](const ApiResponse &r) -> std::optional<Page<T>> {
            const QJsonDocument doc = r.json();
            auto items = readList<T>(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(), read);
            if (!items)
                return std::nullopt;
            const qint64 total = r.totalCount();
            return Page<T>{ std::move(*items), total < 0 ? qint64(items->size()) : total };
        };
    }
    static Decoder<QByteArray> bytes()
    {
        return [](const ApiResponse &r) { return std::optional<QByteArray>(r.body); };
    }

    static QUrlQuery pageQuery(const PageRequest &page, QUrlQuery query = {});
    static QString timeString(const QDateTime &t); // UTC, "Z"
    static QString dateString(const QDate &d); // YYYY-MM-DD
    static QString segment(const QString &id); // a path segment, percent-encoded

    ApiClient &m_api;
};

} // namespace coworking::client
