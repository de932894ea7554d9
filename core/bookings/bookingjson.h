#pragma once

#include "booking.h"
#include "common/jsonreader.h"
#include "coworkings/coworking.h"
#include "spots/spot.h"
#include "users/user.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace coworking {

// The Booking resource of API.md. `status` is the effective one: an active booking whose end
// has passed reads "expired" at `now`. Unset times are null.
QJsonObject toJson(const Booking &booking, const QDateTime &now);
// Reads it back: `status` holds the status as sent (the effective one); cancelReason stays
// empty, the API does not send it.
std::optional<Booking> bookingFromJson(const QJsonObject &object, DecodeError *error = nullptr);

// A booking with the resources that list answers embed beside it.
struct BookingDetails
{
    Booking booking;
    std::optional<Coworking> coworking; // GET /users/me/bookings
    std::optional<Spot> spot; // both lists
    std::optional<User> user; // GET /bookings (staff), GET /spots/{id}/current-booking

    bool operator==(const BookingDetails &) const = default;
};

// The Booking JSON plus "coworking", "spot" and "user" for each part that is set.
QJsonObject toJson(const BookingDetails &details, const QDateTime &now);
std::optional<BookingDetails> bookingDetailsFromJson(const QJsonObject &object,
                                                     DecodeError *error = nullptr);

// The short forms embedded in booking answers (and the legacy 409 body).
QJsonObject embeddedSpotJson(const Spot &spot); // {id, name, description}
QJsonObject embeddedCoworkingJson(const Coworking &coworking); // {id, name, address, timezone}
// Only the fields of the short forms are set.
std::optional<Spot> embeddedSpotFromJson(const QJsonObject &object, DecodeError *error = nullptr);
std::optional<Coworking> embeddedCoworkingFromJson(const QJsonObject &object,
                                                   DecodeError *error = nullptr);

// {time_from, time_until}
QJsonObject toJson(const TimeRange &range);
std::optional<TimeRange> timeRangeFromJson(const QJsonObject &object, DecodeError *error = nullptr);
// [{time_from, time_until}]
QJsonArray toJson(const QList<TimeRange> &ranges);

// GET /bookings/{id}/available-times: {available_slots: [{time_from, time_until}]}
QJsonObject availableSlotsToJson(const QList<TimeRange> &ranges);
std::optional<QList<TimeRange>> availableSlotsFromJson(const QJsonObject &object,
                                                       DecodeError *error = nullptr);

} // namespace coworking
