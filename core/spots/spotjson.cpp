#include "spotjson.h"

#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "common/jsonwriter.h"
#include "spotservice.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr int kMaxNameLength = 100;
constexpr int kMaxDescriptionLength = 2000;
constexpr int kMaxPosition = 1'000'000;

// JsonBody names fields of the object it reads; a nested object's problems are reported under
// their full path ("[3].name", "map.width"), so they are moved to the outer body.
void addNestedErrors(JsonBody &outer, const JsonBody &inner, const QString &prefix)
{
    try {
        inner.finish();
    } catch (const AppError &error) {
        const QJsonArray fields = error.details().value(keys::Fields).toArray();
        for (const QJsonValue field : fields) {
            const QJsonObject f = field.toObject();
            outer.addError(prefix + f.value(keys::Field).toString(),
                           f.value(keys::Message).toString());
        }
    }
}

std::optional<double> requiredNumber(JsonBody &body, const QString &key)
{
    if (!body.has(key) || body.isNull(key)) {
        body.addError(key, u"is required"_s);
        return std::nullopt;
    }
    return body.optionalNumber(key);
}

std::optional<SpotPlacement> placementFromJson(const QJsonObject &object, JsonBody &outer,
                                               const QString &prefix)
{
    JsonBody body(object);
    SpotPlacement map;
    const auto x = requiredNumber(body, keys::X);
    const auto y = requiredNumber(body, keys::Y);
    const auto width = requiredNumber(body, keys::Width);
    const auto height = requiredNumber(body, keys::Height);
    const auto rotation = body.optionalNumber(keys::Rotation);
    if (x && *x < 0)
        body.addError(keys::X, u"must not be negative"_s);
    if (y && *y < 0)
        body.addError(keys::Y, u"must not be negative"_s);
    if (width && *width <= 0)
        body.addError(keys::Width, u"must be greater than 0"_s);
    if (height && *height <= 0)
        body.addError(keys::Height, u"must be greater than 0"_s);
    if (rotation && (*rotation < -360 || *rotation > 360))
        body.addError(keys::Rotation, u"must be between -360 and 360"_s);
    if (body.hasErrors()) {
        addNestedErrors(outer, body, prefix);
        return std::nullopt;
    }
    map.x = *x;
    map.y = *y;
    map.width = *width;
    map.height = *height;
    map.rotation = rotation.value_or(0);
    return map;
}

// The fields a create and a PATCH share; `creating` makes the name required.
SpotPatch readSpotFields(JsonBody &body, bool creating)
{
    SpotPatch patch;
    const QString nameKey = keys::Name;
    if (creating && (!body.has(nameKey) || body.isNull(nameKey))) {
        body.addError(nameKey, u"is required"_s);
    } else if (const auto name = body.optionalString(nameKey, kMaxNameLength)) {
        if (name->trimmed().isEmpty())
            body.addError(nameKey, u"must not be empty"_s);
        else
            patch.name = name->trimmed();
    }
    patch.description = body.optionalString(keys::Description, kMaxDescriptionLength);
    patch.position = body.optionalInt(keys::Position, 0, kMaxPosition);
    if (const auto status = body.optionalString(keys::Status, 20)) {
        if (*status == u"active" || *status == u"inactive")
            patch.active = *status == u"active";
        else
            body.addError(keys::Status, u"must be \"active\" or \"inactive\""_s);
    }
    if (body.has(keys::Map)) {
        patch.mapSet = true;
        if (const auto map = body.optionalObject(keys::Map))
            patch.map = placementFromJson(*map, body, u"map."_s);
    }
    return patch;
}

QLatin1StringView spotStatusName(bool active)
{
    return active ? "active"_L1 : "inactive"_L1;
}

bool readSpotStatus(JsonReader &in, QLatin1StringView key)
{
    const QString status = in.string(key);
    if (in.ok() && status != spotStatusName(true) && status != spotStatusName(false))
        in.fail(key, u"must be \"active\" or \"inactive\""_s);
    return status == spotStatusName(true);
}

} // namespace

void SpotPatch::applyTo(Spot &spot) const
{
    spot.name = name.value_or(spot.name);
    spot.description = description.value_or(spot.description);
    spot.position = position.value_or(spot.position);
    spot.active = active.value_or(spot.active);
    if (mapSet)
        spot.map = map;
}

QList<Spot> spotDraftsFromJson(const QJsonArray &array)
{
    JsonBody errors{ QJsonObject() };
    if (array.isEmpty() || array.size() > kMaxSpotsPerRequest) {
        errors.addError(u"body"_s, u"must be a list of 1 to %1 spots"_s.arg(kMaxSpotsPerRequest));
        errors.finish();
    }
    QList<Spot> spots;
    spots.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString prefix = u"[%1]"_s.arg(i);
        const QJsonValue item = array.at(i);
        if (!item.isObject()) {
            errors.addError(prefix, u"must be an object"_s);
            continue;
        }
        JsonBody body(item.toObject());
        const SpotPatch fields = readSpotFields(body, true);
        addNestedErrors(errors, body, prefix + u'.');
        Spot spot;
        spot.position = int(i);
        fields.applyTo(spot);
        spots.append(spot);
    }
    errors.finish();
    return spots;
}

SpotPatch spotPatchFromJson(const QJsonObject &object)
{
    JsonBody body(object);
    const SpotPatch patch = readSpotFields(body, false);
    body.finish();
    return patch;
}

QJsonObject toJson(const SpotPlacement &map)
{
    return { { keys::X, map.x },
             { keys::Y, map.y },
             { keys::Width, map.width },
             { keys::Height, map.height },
             { keys::Rotation, map.rotation } };
}

std::optional<SpotPlacement> spotPlacementFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    SpotPlacement map;
    map.x = in.number(keys::X);
    map.y = in.number(keys::Y);
    map.width = in.number(keys::Width);
    map.height = in.number(keys::Height);
    map.rotation = in.number(keys::Rotation);
    return in.finish(map, error);
}

QJsonObject toJson(const Spot &spot)
{
    return {
        { keys::Id, spot.id },
        { keys::CoworkingId, spot.coworkingId },
        { keys::Name, spot.name },
        { keys::Description, spot.description },
        { keys::Position, spot.position },
        { keys::Status, spotStatusName(spot.active) },
        { keys::Map, spot.map ? QJsonValue(toJson(*spot.map)) : QJsonValue(QJsonValue::Null) },
    };
}

std::optional<Spot> spotFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Spot spot;
    spot.id = in.id(keys::Id);
    spot.coworkingId = in.id(keys::CoworkingId);
    spot.name = in.string(keys::Name);
    spot.description = in.string(keys::Description);
    spot.position = in.integer(keys::Position);
    spot.active = readSpotStatus(in, keys::Status);
    spot.map = in.nullableNested(keys::Map, &spotPlacementFromJson);
    return in.finish(std::move(spot), error);
}

QJsonObject toJson(const SpotAvailability &item)
{
    QJsonObject object = toJson(item.spot);
    const bool bookable = item.spot.active && item.free;
    object.insert(keys::IsAvailable, bookable);
    object.insert(keys::SpotStatus, spotStatusName(item.spot.active));
    object.insert(keys::Status, spotStatusName(bookable));
    return object;
}

std::optional<SpotAvailability> spotAvailabilityFromJson(const QJsonObject &object,
                                                         DecodeError *error)
{
    JsonReader in(object);
    SpotAvailability item;
    item.free = in.boolean(keys::IsAvailable);
    readSpotStatus(in, keys::Status); // the bookability, which is_available tells as well
    readSpotStatus(in, keys::SpotStatus);
    // The rest is a Spot whose own status is spot_status.
    QJsonObject spotObject = object;
    spotObject.insert(keys::Status, object.value(keys::SpotStatus));
    DecodeError spotError;
    if (std::optional<Spot> spot = spotFromJson(spotObject, &spotError))
        item.spot = std::move(*spot);
    else
        in.fail(spotError.field, spotError.message);
    return in.finish(std::move(item), error);
}

void writeJson(JsonWriter &out, const SpotAvailability &item)
{
    const Spot &spot = item.spot;
    const bool bookable = spot.active && item.free;
    // toJson(const SpotAvailability &)'s members, in QJsonObject's key order.
    out.beginObject()
            .member(keys::CoworkingId, spot.coworkingId)
            .member(keys::Description, spot.description)
            .member(keys::Id, spot.id)
            .member(keys::IsAvailable, bookable)
            .key(keys::Map);
    if (spot.map) {
        out.beginObject()
                .member(keys::Height, spot.map->height)
                .member(keys::Rotation, spot.map->rotation)
                .member(keys::Width, spot.map->width)
                .member(keys::X, spot.map->x)
                .member(keys::Y, spot.map->y)
                .endObject();
    } else {
        out.null();
    }
    out.member(keys::Name, spot.name)
            .member(keys::Position, spot.position)
            .member(keys::SpotStatus, spotStatusName(spot.active))
            .member(keys::Status, spotStatusName(bookable))
            .endObject();
}

} // namespace coworking
