#pragma once

#include "floorplanstore.h"

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {

// FloorPlanStore over the client library: REST calls for the plan and its spots, the live feed
// of the coworking for changes made elsewhere. Errors come back in ErrorText's words.
class ClientFloorPlanStore final : public FloorPlanStore
{
public:
    explicit ClientFloorPlanStore(client::CoworkingClient &client) : m_client(client) { }

    void loadPlan(const QString &coworkingId, QObject *context,
                  StoreCallback<PlanData> done) override;
    void loadSpots(const QString &coworkingId, QObject *context,
                   StoreCallback<QList<Spot>> done) override;
    void createSpots(const QString &coworkingId, const QJsonArray &drafts, QObject *context,
                     StoreCallback<QList<Spot>> done) override;
    void updateSpot(const QString &spotId, const QJsonObject &patch, QObject *context,
                    StoreCallback<Spot> done) override;
    void removeSpot(const QString &spotId, QObject *context, StoreCallback<bool> done) override;
    void uploadFloorPlan(const QString &coworkingId, const QByteArray &image, QObject *context,
                         StoreCallback<bool> done) override;
    QObject *watchSpots(const QString &coworkingId, QObject *parent,
                        std::function<void()> changed) override;

    // The Content-Type of an image by its first bytes (PNG, JPEG, WebP), as the server checks.
    static QByteArray imageMimeType(const QByteArray &bytes);

private:
    client::CoworkingClient &m_client;
};

} // namespace ui
} // namespace coworking
