#pragma once

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
QJsonObject toJson(const SpotPlacement &map);
// An item of GET /coworkings/{id}/spots: the Spot fields plus is_available and spot_status,
// with `status` telling, as the original did, whether the spot can be booked for the window.
QJsonObject toJson(const SpotAvailability &item);
// The same item written straight into a JSON answer (a whole floor at a time).
void writeJson(JsonWriter &out, const SpotAvailability &item);

} // namespace coworking
