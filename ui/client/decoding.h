#pragma once

#include "clienttypes.h"

#include "events/outboxevent.h"

#include <QJsonArray>
#include <QJsonObject>

#include <functional>
#include <optional>

// Readers of the API's JSON. Resources core has codecs for are decoded with those; what is left
// here are the shapes only the client reads.
namespace coworking::client::decoding {

std::optional<User> user(const QJsonObject &o);
std::optional<Coworking> coworking(const QJsonObject &o);
std::optional<Spot> spot(const QJsonObject &o);
std::optional<SpotAvailability> spotAvailability(const QJsonObject &o);
std::optional<Booking> booking(const QJsonObject &o);
std::optional<BookingDetails> bookingDetails(const QJsonObject &o);
std::optional<Option> option(const QJsonObject &o);
std::optional<Notification> notification(const QJsonObject &o);
std::optional<DeviceToken> deviceToken(const QJsonObject &o);
std::optional<OutboxEvent> outboxEvent(const QJsonObject &o);
std::optional<CoworkingImage> coworkingImage(const QJsonObject &o);
std::optional<TimeRange> timeRange(const QJsonObject &o);
std::optional<SpotTimeline> spotTimeline(const QJsonObject &o);
std::optional<Closure> closure(const QJsonObject &o);
std::optional<CoworkingStats> coworkingStats(const QJsonObject &o);
std::optional<SeriesOccurrence> seriesOccurrence(const QJsonObject &o);
// {code, message, details} as inside the error envelope (also precheck's `error`).
ApiError errorObject(const QJsonObject &error);

// Every element of an array of objects, or nullopt when one does not decode.
template<typename T>
std::optional<QList<T>> list(const QJsonArray &array,
                             const std::function<std::optional<T>(const QJsonObject &)> &one)
{
    QList<T> items;
    items.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject())
            return std::nullopt;
        std::optional<T> item = one(v.toObject());
        if (!item)
            return std::nullopt;
        items.append(std::move(*item));
    }
    return items;
}

// Optional timestamp: null/absent reads as an invalid QDateTime; a malformed one fails.
bool readTime(const QJsonObject &o, const QString &key, QDateTime *out);

} // namespace coworking::client::decoding
