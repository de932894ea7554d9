#pragma once

#include "booking.h"
#include "common/errorenvelope.h"
#include "common/jsonreader.h"
#include "coworkings/coworking.h"
#include "spots/spot.h"
#include "users/user.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace coworking {

// The Booking resource of the API (openapi.json). `status` is the effective one: an active booking
// whose end has passed reads "expired" at `now`. Unset times are null. Every answer that carries
// it goes to the booker, staff of the coworking or an admin, so it carries the booking's `code`;
// what other members see of a booking (timeline, live channel) is encoded elsewhere, without it.
QJsonObject toJson(const Booking &booking, const QDateTime &now);
// `cancel_reason` is the canceller's words (cancelNote), null when none.
// Reads it back: `status` holds the status as sent (the effective one); cancelReason (the kind
// of cancellation) stays empty, the API does not send it.
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

// POST /bookings/precheck: {ok: true}, or {ok: false, error: {code, message, details}} with the
// error the booking itself would get.
struct PrecheckResult
{
    std::optional<ErrorEnvelope> error;

    bool ok() const { return !error; }
    bool operator==(const PrecheckResult &) const = default;
};

QJsonObject toJson(const PrecheckResult &result);
std::optional<PrecheckResult> precheckResultFromJson(const QJsonObject &object,
                                                     DecodeError *error = nullptr);

} // namespace coworking
