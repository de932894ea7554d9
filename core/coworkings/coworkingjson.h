#pragma once

#include "common/jsonreader.h"
#include "coworking.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTime>

#include <optional>

namespace coworking {

class JsonWriter;
struct SpotTimeline;

// The fields of booking_policy a request sets; the others keep their value (or the default).
struct BookingPolicyPatch
{
    std::optional<int> minDurationMinutes;
    std::optional<int> maxDurationMinutes;
    std::optional<int> slotMinutes;
    std::optional<int> maxDaysInAdvance;
    std::optional<int> maxActiveBookingsPerUser;
    std::optional<bool> checkinRequired;
    std::optional<int> autoReleaseMinutes;

    void applyTo(BookingPolicy &policy) const;
};

// A create or PATCH body of a coworking, each field already checked on its own. Rules that span
// fields of the merged result (max ≥ min duration) are the service's.
struct CoworkingPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<QString> address;
    std::optional<QTime> opensAt;
    std::optional<QTime> closesAt;
    // The zone the request names: its `timezone`, or, for the legacy form without one, the fixed
    // zone of the offset that opens_at / closes_at carry ("UTC+03:00").
    std::optional<QString> timezone;
    BookingPolicyPatch policy;
};

// Reads a body of POST (`creating`: name, opens_at and closes_at required; an absent timezone
// is "UTC") or PATCH /coworkings. Throws 422 VALIDATION_ERROR naming every invalid field, nested
// ones as "booking_policy.slot_minutes".
CoworkingPatch coworkingPatchFromJson(const QJsonObject &object, bool creating);

// GET /coworkings/{id}, and the answers of create and update.
QJsonObject toJson(const Coworking &coworking);
// Reads it back; createdAt stays unset (the API does not send it).
std::optional<Coworking> coworkingFromJson(const QJsonObject &object, DecodeError *error = nullptr);
// An item of GET /users/me/coworkings: the coworking as GET /coworkings/{id} has it, and
// `role`: "owner" or "manager".
QJsonObject toJson(const StaffedCoworking &staffed);
std::optional<StaffedCoworking> staffedCoworkingFromJson(const QJsonObject &object,
                                                         DecodeError *error = nullptr);
// An item of GET /coworkings: {id, name, address, opens_at, closes_at, timezone, images}.
QJsonObject toListItemJson(const Coworking &coworking);
// Only the fields of the list item are set.
std::optional<Coworking> coworkingListItemFromJson(const QJsonObject &object,
                                                   DecodeError *error = nullptr);
// {id, url}
QJsonObject toJson(const CoworkingImage &image);
std::optional<CoworkingImage> coworkingImageFromJson(const QJsonObject &object,
                                                     DecodeError *error = nullptr);
QJsonObject toJson(const BookingPolicy &policy);
std::optional<BookingPolicy> bookingPolicyFromJson(const QJsonObject &object,
                                                   DecodeError *error = nullptr);

// GET /coworkings/{id}/timeline; `staff` adds booking_id and user_id to each busy interval.
QJsonArray timelineToJson(const QList<SpotTimeline> &timeline, bool staff);
// One item of it: {spot_id, busy: [{time_from, time_until, booking_id?, user_id?}]}. Each busy
// Booking gets spotId, range and, from a staff answer, id and userId; the rest stays unset.
std::optional<SpotTimeline> spotTimelineFromJson(const QJsonObject &object,
                                                 DecodeError *error = nullptr);
std::optional<QList<SpotTimeline>> timelineFromJson(const QJsonArray &array,
                                                    DecodeError *error = nullptr);
// The same array written straight as JSON (a day of a 200-spot floor at a time).
void writeTimeline(JsonWriter &out, const QList<SpotTimeline> &timeline, bool staff);

} // namespace coworking
