#pragma once

#include "common/jsonreader.h"
#include "spot.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>

#include <optional>

namespace coworking {

class JsonWriter;
struct SpotAvailability;

// The fields a PATCH /spots/{id} sets. `map` may be set to null, which removes the spot from
// the floor plan, hence the flag beside it.
struct SpotPatch
{
    std::optional<QString> name;
    std::optional<QString> description;
    std::optional<int> position;
    std::optional<bool> active;
    bool mapSet = false;
    std::optional<SpotPlacement> map;

    void applyTo(Spot &spot) const;
};

constexpr int kMaxSpotsPerRequest = 500;

// The body of POST /coworkings/{id}/spots: 1..kMaxSpotsPerRequest items, all valid or a 422
// naming each problem by index ("[3].name", "[0].map.width"). Ids and coworking are left unset;
// a missing position is the item's index.
QList<Spot> spotDraftsFromJson(const QJsonArray &array);
// The body of PATCH /spots/{id}; 422 VALIDATION_ERROR on invalid fields.
SpotPatch spotPatchFromJson(const QJsonObject &object);

// {id, coworking_id, name, description, position, status, map}
QJsonObject toJson(const Spot &spot);
std::optional<Spot> spotFromJson(const QJsonObject &object, DecodeError *error = nullptr);
// {x, y, width, height, rotation}: pixels of the floor-plan image, rotation in degrees.
QJsonObject toJson(const SpotPlacement &map);
std::optional<SpotPlacement> spotPlacementFromJson(const QJsonObject &object,
                                                   DecodeError *error = nullptr);
// An item of GET /coworkings/{id}/spots: the Spot fields plus is_available and spot_status,
// with `status` telling, as the original did, whether the spot can be booked for the window.
QJsonObject toJson(const SpotAvailability &item);
// Reads it back: spot.active from spot_status, `free` from is_available (so an inactive spot
// reads as not free: the answer does not tell whether it is booked).
std::optional<SpotAvailability> spotAvailabilityFromJson(const QJsonObject &object,
                                                         DecodeError *error = nullptr);
// The same item written straight into a JSON answer (a whole floor at a time).
void writeJson(JsonWriter &out, const SpotAvailability &item);

} // namespace coworking
