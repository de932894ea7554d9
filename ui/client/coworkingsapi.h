#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /coworkings and what hangs off one: images, floor plan, managers, timeline, closures, stats.
class CoworkingsApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    void list(const QString &query, PageRequest page, QObject *context,
              Callback<Page<Coworking>> done);
    void get(const QString &id, QObject *context, Callback<Coworking> done);
    // GET /users/me/coworkings: those the signed-in user owns or manages, by name.
    void mine(QObject *context, Callback<QList<StaffedCoworking>> done);
    // POST /coworkings: {name, description, address, opens_at, closes_at, timezone?,
    // booking_policy?}; the caller becomes the owner.
    void create(const QJsonObject &body, QObject *context, Callback<Coworking> done);
    void update(const QString &id, const QJsonObject &patch, QObject *context,
                Callback<Coworking> done);
    // 409 HAS_ACTIVE_BOOKINGS while future bookings exist, unless `force` cancels them.
    void remove(const QString &id, bool force, QObject *context, Callback<Done> done);
    void addImage(const QString &id, const QByteArray &image, const QByteArray &mimeType,
                  QObject *context, Callback<CoworkingImage> done);
    void removeImage(const QString &id, const QString &imageId, QObject *context,
                     Callback<Done> done);
    void uploadFloorPlan(const QString &id, const QByteArray &image, const QByteArray &mimeType,
                         QObject *context, Callback<Coworking> done);
    void managers(const QString &id, QObject *context, Callback<QList<User>> done);
    void addManager(const QString &id, const QString &userId, QObject *context,
                    Callback<Done> done);
    void removeManager(const QString &id, const QString &userId, QObject *context,
                       Callback<Done> done);
    // At most 7 days.
    void timeline(const QString &id, const QDateTime &from, const QDateTime &until,
                  QObject *context, Callback<QList<SpotTimeline>> done);
    // Local dates of the coworking.
    void closures(const QString &id, const QDate &from, const QDate &until, QObject *context,
                  Callback<QList<Closure>> done);
    // 409 CLOSURE_CONFLICT (details.bookings) over active bookings unless `cancelBookings`.
    void addClosure(const QString &id, const Closure &closure, bool cancelBookings,
                    QObject *context, Callback<Closure> done);
    void removeClosure(const QString &id, const QString &closureId, QObject *context,
                       Callback<Done> done);
    void stats(const QString &id, const QDate &from, const QDate &until, QObject *context,
               Callback<CoworkingStats> done);
};

} // namespace coworking::client
