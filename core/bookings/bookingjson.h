#pragma once

#include "booking.h"
#include "coworkings/coworking.h"
#include "spots/spot.h"
#include "users/user.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace coworking {

// The Booking resource of the API (openapi.json). `status` is the effective one: an active booking
// whose end has passed reads "expired" at `now`. Unset times are null.
QJsonObject toJson(const Booking &booking, const QDateTime &now);

// A booking with the resources that list answers embed beside it.
struct BookingDetails
{
    Booking booking;
    std::optional<Coworking> coworking; // GET /users/me/bookings
    std::optional<Spot> spot; // both lists
    std::optional<User> user; // GET /bookings (staff)
};

// The Booking JSON plus "coworking", "spot" and "user" for each part that is set.
QJsonObject toJson(const BookingDetails &details, const QDateTime &now);

// The short forms embedded in booking answers (and the legacy 409 body).
QJsonObject embeddedSpotJson(const Spot &spot); // {id, name, description}
QJsonObject embeddedCoworkingJson(const Coworking &coworking); // {id, name, address, timezone}

// [{time_from, time_until}]
QJsonArray toJson(const QList<TimeRange> &ranges);

} // namespace coworking
