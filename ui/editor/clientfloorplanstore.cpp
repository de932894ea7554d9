#include "clientfloorplanstore.h"

#include "client/coworkingclient.h"
#include "client/livefeed.h"
#include "common/errortext.h"
#include "floorplaneditor.h"

namespace coworking {
namespace ui {

namespace {

template<typename T, typename R>
StoreResult<T> failed(const client::Result<R> &r)
{
    return StoreResult<T>::failure(ErrorText::describe(r.error()), r.error().code);
}

QList<Spot> spotsOf(const QList<SpotAvailability> &items)
{
    QList<Spot> spots;
    spots.reserve(items.size());
    for (const SpotAvailability &item : items)
        spots.append(item.spot);
    return spots;
}

} // namespace

void ClientFloorPlanStore::loadPlan(const QString &coworkingId, QObject *context,
                                    StoreCallback<PlanData> done)
{
    m_client.coworkings().get(
            coworkingId, context, [this, coworkingId, context, done](client::Result<Coworking> c) {
                if (!c)
                    return done(failed<PlanData>(c));
                const QString url = c.value().floorPlanUrl;
                loadSpots(
                        coworkingId, context,
                        [this, url, context, done](StoreResult<QList<Spot>> spots) {
                            if (!spots.ok())
                                return done(StoreResult<PlanData>::failure(spots.error));
                            if (url.isEmpty())
                                return done(StoreResult<PlanData>::success({ *spots.value, {} }));
                            m_client.storage().download(
                                    QUrl(url), context,
                                    [list = *spots.value, done](client::Result<QByteArray> image) {
                                        if (!image)
                                            return done(failed<PlanData>(image));
                                        done(StoreResult<PlanData>::success(
                                                { list, image.value() }));
                                    });
                        });
            });
}

void ClientFloorPlanStore::loadSpots(const QString &coworkingId, QObject *context,
                                     StoreCallback<QList<Spot>> done)
{
    m_client.spots().list(coworkingId, {}, {}, context,
                          [done](client::Result<QList<SpotAvailability>> r) {
                              if (!r)
                                  return done(failed<QList<Spot>>(r));
                              done(StoreResult<QList<Spot>>::success(spotsOf(r.value())));
                          });
}

void ClientFloorPlanStore::createSpots(const QString &coworkingId, const QJsonArray &drafts,
                                       QObject *context, StoreCallback<QList<Spot>> done)
{
    QList<QJsonObject> bodies;
    for (const QJsonValue &d : drafts)
        bodies.append(d.toObject());
    m_client.spots().create(coworkingId, bodies, context, [done](client::Result<QList<Spot>> r) {
        if (!r)
            return done(failed<QList<Spot>>(r));
        done(StoreResult<QList<Spot>>::success(r.value()));
    });
}

void ClientFloorPlanStore::updateSpot(const QString &spotId, const QJsonObject &patch,
                                      QObject *context, StoreCallback<Spot> done)
{
    m_client.spots().update(spotId, patch, context, [done](client::Result<Spot> r) {
        if (!r)
            return done(failed<Spot>(r));
        done(StoreResult<Spot>::success(r.value()));
    });
}

void ClientFloorPlanStore::removeSpot(const QString &spotId, QObject *context,
                                      StoreCallback<bool> done)
{
    m_client.spots().remove(spotId, false, context, [done](client::Result<client::Done> r) {
        if (!r)
            return done(failed<bool>(r));
        done(StoreResult<bool>::success(true));
    });
}

void ClientFloorPlanStore::uploadFloorPlan(const QString &coworkingId, const QByteArray &image,
                                           QObject *context, StoreCallback<bool> done)
{
    m_client.coworkings().uploadFloorPlan(coworkingId, image, imageMimeType(image), context,
                                          [done](client::Result<Coworking> r) {
                                              if (!r)
                                                  return done(failed<bool>(r));
                                              done(StoreResult<bool>::success(true));
                                          });
}

QObject *ClientFloorPlanStore::watchSpots(const QString &coworkingId, QObject *parent,
                                          std::function<void()> changed)
{
    client::LiveFeed *feed = m_client.openLive(coworkingId, parent);
    // A snapshot may follow a gap or a reconnect: whatever it missed is read again.
    QObject::connect(feed, &client::LiveFeed::snapshotReceived, parent, [changed] { changed(); });
    QObject::connect(feed, &client::LiveFeed::spotChanged, parent, [changed] { changed(); });
    return feed;
}

QByteArray ClientFloorPlanStore::imageMimeType(const QByteArray &bytes)
{
    if (bytes.startsWith("\x89PNG"))
        return "image/png";
    if (bytes.startsWith("\xFF\xD8\xFF"))
        return "image/jpeg";
    if (bytes.startsWith("RIFF") && bytes.mid(8, 4) == "WEBP")
        return "image/webp";
    return "application/octet-stream";
}

FloorPlanEditor::FloorPlanEditor(client::CoworkingClient &client, QWidget *parent)
    : FloorPlanEditor(std::make_unique<ClientFloorPlanStore>(client), parent)
{
}

} // namespace ui
} // namespace coworking
