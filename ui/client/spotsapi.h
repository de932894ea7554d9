#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /coworkings/{id}/spots and /spots.
class SpotsApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // Spots with their availability for [from, until) (invalid times: free right now).
    void list(const QString &coworkingId, const QDateTime &from, const QDateTime &until,
              QObject *context, Callback<QList<SpotAvailability>> done);
    void get(const QString &id, QObject *context, Callback<Spot> done);
    // Bulk: [{name, description, position, status?, map?}] → the created spots.
    void create(const QString &coworkingId, const QList<QJsonObject> &spots, QObject *context,
                Callback<QList<Spot>> done);
    void update(const QString &id, const QJsonObject &patch, QObject *context, Callback<Spot> done);
    void remove(const QString &id, bool force, QObject *context, Callback<Done> done);
    // Staff: the booking in progress now, with its user; Http 404 when none.
    void currentBooking(const QString &id, QObject *context, Callback<BookingDetails> done);
};

} // namespace coworking::client
