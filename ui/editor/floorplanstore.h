#pragma once

#include "spots/spot.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace coworking {
namespace ui {

// The answer of one store call: a value, or the reason in words.
template<typename T>
struct StoreResult
{
    std::optional<T> value;
    QString error;
    QString errorCode; // the API's code (e.g. "HAS_ACTIVE_BOOKINGS") when the server refused

    bool ok() const { return value.has_value(); }
    static StoreResult success(T v) { return { std::move(v), {}, {} }; }
    static StoreResult failure(QString message, QString code = {})
    {
        return { std::nullopt, std::move(message), std::move(code) };
    }
};

struct PlanData
{
    QList<Spot> spots;
    QByteArray image; // empty when the coworking has no plan yet
};

template<typename T>
using StoreCallback = std::function<void(StoreResult<T>)>;

// What the editor needs of the server: the port the editor is written against, implemented over
// the client library (ClientFloorPlanStore) and, in tests, by fakes that can fail on demand.
// Every call is asynchronous: the callback runs later on the caller's thread, and not at all once
// `context` is destroyed.
class FloorPlanStore
{
public:
    virtual ~FloorPlanStore();

    // The spots of a coworking and its plan image.
    virtual void loadPlan(const QString &coworkingId, QObject *context,
                          StoreCallback<PlanData> done) = 0;
    virtual void loadSpots(const QString &coworkingId, QObject *context,
                           StoreCallback<QList<Spot>> done) = 0;
    // POST /coworkings/{id}/spots: all or nothing; the created spots in the drafts' order.
    virtual void createSpots(const QString &coworkingId, const QJsonArray &drafts, QObject *context,
                             StoreCallback<QList<Spot>> done) = 0;
    // PATCH /spots/{id}
    virtual void updateSpot(const QString &spotId, const QJsonObject &patch, QObject *context,
                            StoreCallback<Spot> done) = 0;
    // DELETE /spots/{id} (never forced: a spot with future bookings is refused)
    virtual void removeSpot(const QString &spotId, QObject *context, StoreCallback<bool> done) = 0;
    // PUT /coworkings/{id}/floor-plan
    virtual void uploadFloorPlan(const QString &coworkingId, const QByteArray &image,
                                 QObject *context, StoreCallback<bool> done) = 0;
    // Calls `changed` whenever the server says a spot of the coworking may have changed (live
    // messages), until the returned object, owned by `parent`, is deleted. Null when the store
    // has no live channel.
    virtual QObject *watchSpots(const QString &coworkingId, QObject *parent,
                                std::function<void()> changed);
};

} // namespace ui
} // namespace coworking
