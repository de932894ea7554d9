#include "coworkingjson.h"

#include "common/datetime.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "common/jsonwriter.h"
#include "coworkingservice.h"
#include "openinghours.h"

#include <cstdlib>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// JsonBody names fields of the object it reads; a nested object's problems are reported under
// their full path ("booking_policy.slot_minutes"), so they are moved to the outer body.
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

BookingPolicyPatch policyPatchFromJson(const QJsonObject &object, JsonBody &outer)
{
    JsonBody body(object);
    BookingPolicyPatch patch;
    patch.minDurationMinutes = body.optionalInt(keys::MinDurationMinutes, 5, 1440);
    patch.maxDurationMinutes = body.optionalInt(keys::MaxDurationMinutes, 5, 1440);
    patch.slotMinutes = body.optionalInt(keys::SlotMinutes, 5, 240);
    // Slots tile the local day, so a slot length must divide it.
    if (patch.slotMinutes && 1440 % *patch.slotMinutes != 0) {
        body.addError(keys::SlotMinutes, u"must divide a day (1440 minutes) evenly"_s);
        patch.slotMinutes.reset();
    }
    patch.maxDaysInAdvance = body.optionalInt(keys::MaxDaysInAdvance, 1, 365);
    patch.maxActiveBookingsPerUser = body.optionalInt(keys::MaxActiveBookingsPerUser, 1, 100);
    patch.checkinRequired = body.optionalBool(keys::CheckinRequired);
    patch.autoReleaseMinutes = body.optionalInt(keys::AutoReleaseMinutes, 1, 240);
    addNestedErrors(outer, body, u"booking_policy."_s);
    return patch;
}

struct TimeOfDayField
{
    std::optional<QTime> time;
    std::optional<int> offsetSecs; // the legacy form "08:00:00+03:00"
};

TimeOfDayField readTimeOfDay(JsonBody &body, const QString &key, bool required)
{
    TimeOfDayField field;
    if (required && (!body.has(key) || body.isNull(key))) {
        body.addError(key, u"is required"_s);
        return field;
    }
    const std::optional<QString> text = body.optionalString(key, 40);
    if (!text)
        return field;
    field.time = datetime::parseTimeOfDay(*text, &field.offsetSecs);
    if (!field.time)
        body.addError(key, u"must be a time of day, HH:MM or HH:MM:SS"_s);
    return field;
}

// "UTC+03:00" for +10800 seconds; plain "UTC" for a zero offset.
QString fixedZoneName(int offsetSecs)
{
    if (offsetSecs == 0)
        return u"UTC"_s;
    const int minutes = std::abs(offsetSecs) / 60;
    return u"UTC%1%2:%3"_s.arg(QChar(offsetSecs < 0 ? u'-' : u'+'))
            .arg(minutes / 60, 2, 10, QChar(u'0'))
            .arg(minutes % 60, 2, 10, QChar(u'0'));
}

QJsonValue nullIfEmpty(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

// The members a list item and the full resource share.
void readListItemFields(JsonReader &in, Coworking &c)
{
    c.id = in.id(keys::Id);
    c.name = in.string(keys::Name);
    c.address = in.string(keys::Address);
    c.opensAt = in.timeOfDay(keys::OpensAt);
    c.closesAt = in.timeOfDay(keys::ClosesAt);
    c.timezone = in.string(keys::Timezone);
    c.images = in.list(keys::Images, &coworkingImageFromJson);
}

} // namespace

void BookingPolicyPatch::applyTo(BookingPolicy &policy) const
{
    policy.minDurationMinutes = minDurationMinutes.value_or(policy.minDurationMinutes);
    policy.maxDurationMinutes = maxDurationMinutes.value_or(policy.maxDurationMinutes);
    policy.slotMinutes = slotMinutes.value_or(policy.slotMinutes);
    policy.maxDaysInAdvance = maxDaysInAdvance.value_or(policy.maxDaysInAdvance);
    policy.maxActiveBookingsPerUser =
            maxActiveBookingsPerUser.value_or(policy.maxActiveBookingsPerUser);
    policy.checkinRequired = checkinRequired.value_or(policy.checkinRequired);
    policy.autoReleaseMinutes = autoReleaseMinutes.value_or(policy.autoReleaseMinutes);
}

CoworkingPatch coworkingPatchFromJson(const QJsonObject &object, bool creating)
{
    JsonBody body(object);
    CoworkingPatch patch;

    const QString nameKey = keys::Name;
    if (creating && (!body.has(nameKey) || body.isNull(nameKey))) {
        body.addError(nameKey, u"is required"_s);
    } else if (const auto name = body.optionalString(nameKey, 200)) {
        if (name->trimmed().isEmpty())
            body.addError(nameKey, u"must not be empty"_s);
        else
            patch.name = name->trimmed();
    }
    patch.description = body.optionalString(keys::Description, 5000);
    patch.address = body.optionalString(keys::Address, 500);

    const TimeOfDayField opens = readTimeOfDay(body, keys::OpensAt, creating);
    const TimeOfDayField closes = readTimeOfDay(body, keys::ClosesAt, creating);
    patch.opensAt = opens.time;
    patch.closesAt = closes.time;

    patch.timezone = body.optionalString(keys::Timezone, 64);
    if (patch.timezone) {
        if (!OpeningHours::zoneFromString(*patch.timezone)) {
            body.addError(keys::Timezone, u"must be an IANA time zone such as Europe/Moscow"_s);
            patch.timezone.reset();
        }
        // With a zone named, an offset on a time of day would be a second, competing zone.
        if (opens.offsetSecs)
            body.addError(keys::OpensAt, u"must not carry an offset when timezone is given"_s);
        if (closes.offsetSecs)
            body.addError(keys::ClosesAt, u"must not carry an offset when timezone is given"_s);
    } else if (opens.offsetSecs || closes.offsetSecs) {
        // The legacy form: the offset of the times of day is the coworking's (fixed) zone.
        if (opens.offsetSecs && closes.offsetSecs && *opens.offsetSecs != *closes.offsetSecs) {
            body.addError(keys::ClosesAt, u"must carry the same offset as opens_at"_s);
        } else {
            const QString zone = fixedZoneName(opens.offsetSecs.value_or(*closes.offsetSecs));
            if (OpeningHours::zoneFromString(zone))
                patch.timezone = zone;
            else
                body.addError(opens.offsetSecs ? keys::OpensAt : keys::ClosesAt,
                              u"carries an offset outside -14:00..+14:00"_s);
        }
    } else if (creating) {
        patch.timezone = u"UTC"_s;
    }

    if (const auto policy = body.optionalObject(keys::BookingPolicy))
        patch.policy = policyPatchFromJson(*policy, body);

    body.finish();
    return patch;
}

QJsonObject toJson(const BookingPolicy &policy)
{
    return {
        { keys::MinDurationMinutes, policy.minDurationMinutes },
        { keys::MaxDurationMinutes, policy.maxDurationMinutes },
        { keys::SlotMinutes, policy.slotMinutes },
        { keys::MaxDaysInAdvance, policy.maxDaysInAdvance },
        { keys::MaxActiveBookingsPerUser, policy.maxActiveBookingsPerUser },
        { keys::CheckinRequired, policy.checkinRequired },
        { keys::AutoReleaseMinutes, policy.autoReleaseMinutes },
    };
}

std::optional<BookingPolicy> bookingPolicyFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    BookingPolicy policy;
    policy.minDurationMinutes = in.integer(keys::MinDurationMinutes);
    policy.maxDurationMinutes = in.integer(keys::MaxDurationMinutes);
    policy.slotMinutes = in.integer(keys::SlotMinutes);
    policy.maxDaysInAdvance = in.integer(keys::MaxDaysInAdvance);
    policy.maxActiveBookingsPerUser = in.integer(keys::MaxActiveBookingsPerUser);
    policy.checkinRequired = in.boolean(keys::CheckinRequired);
    policy.autoReleaseMinutes = in.integer(keys::AutoReleaseMinutes);
    return in.finish(policy, error);
}

QJsonObject toJson(const CoworkingImage &image)
{
    return { { keys::Id, image.id }, { keys::Url, image.url } };
}

std::optional<CoworkingImage> coworkingImageFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    CoworkingImage image{ in.id(keys::Id), in.string(keys::Url) };
    return in.finish(std::move(image), error);
}

QJsonObject toListItemJson(const Coworking &c)
{
    return {
        { keys::Id, c.id },
        { keys::Name, c.name },
        { keys::Address, c.address },
        { keys::OpensAt, datetime::timeOfDayToString(c.opensAt) },
        { keys::ClosesAt, datetime::timeOfDayToString(c.closesAt) },
        { keys::Timezone, c.timezone },
        { keys::Images, toJsonArray(c.images, [](const CoworkingImage &i) { return toJson(i); }) },
    };
}

std::optional<Coworking> coworkingListItemFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Coworking c;
    readListItemFields(in, c);
    return in.finish(std::move(c), error);
}

QJsonObject toJson(const Coworking &c)
{
    QJsonObject object = toListItemJson(c);
    object.insert(keys::Description, c.description);
    object.insert(keys::FloorPlanUrl, nullIfEmpty(c.floorPlanUrl));
    object.insert(keys::OwnerId, c.ownerId);
    object.insert(keys::BookingPolicy, toJson(c.policy));
    return object;
}

std::optional<Coworking> coworkingFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    Coworking c;
    readListItemFields(in, c);
    c.description = in.string(keys::Description);
    c.floorPlanUrl = in.nullableString(keys::FloorPlanUrl);
    c.ownerId = in.id(keys::OwnerId);
    c.policy = in.nested(keys::BookingPolicy, &bookingPolicyFromJson).value_or(BookingPolicy());
    return in.finish(std::move(c), error);
}

namespace {
const QString kOwnerRole = u"owner"_s;
const QString kManagerRole = u"manager"_s;
} // namespace

QJsonObject toJson(const StaffedCoworking &staffed)
{
    QJsonObject object = toJson(staffed.coworking);
    object.insert(keys::Role, staffed.owner ? kOwnerRole : kManagerRole);
    return object;
}

std::optional<StaffedCoworking> staffedCoworkingFromJson(const QJsonObject &object,
                                                         DecodeError *error)
{
    std::optional<Coworking> coworking = coworkingFromJson(object, error);
    if (!coworking)
        return std::nullopt;
    const QString role = object.value(keys::Role).toString();
    if (role != kOwnerRole && role != kManagerRole) {
        if (error)
            *error = { QString(keys::Role), u"must be \"owner\" or \"manager\""_s };
        return std::nullopt;
    }
    return StaffedCoworking{ std::move(*coworking), role == kOwnerRole };
}

QJsonArray timelineToJson(const QList<SpotTimeline> &timeline, bool staff)
{
    QJsonArray array;
    for (const SpotTimeline &spot : timeline) {
        QJsonArray busy;
        for (const Booking &b : spot.busy) {
            QJsonObject item{ { keys::TimeFrom, datetime::toUtcString(b.range.from) },
                              { keys::TimeUntil, datetime::toUtcString(b.range.until) } };
            if (staff) {
                item.insert(keys::BookingId, b.id);
                item.insert(keys::UserId, b.userId);
            }
            busy.append(item);
        }
        array.append(QJsonObject{ { keys::SpotId, spot.spotId }, { keys::Busy, busy } });
    }
    return array;
}

std::optional<SpotTimeline> spotTimelineFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    SpotTimeline timeline;
    timeline.spotId = in.id(keys::SpotId);
    const auto busyFromJson = [&timeline](const QJsonObject &item, DecodeError *itemError) {
        JsonReader busy(item);
        Booking b;
        b.spotId = timeline.spotId;
        b.range = { busy.dateTime(keys::TimeFrom), busy.dateTime(keys::TimeUntil) };
        b.id = busy.nullableId(keys::BookingId);
        b.userId = busy.nullableId(keys::UserId);
        return busy.finish(std::move(b), itemError);
    };
    timeline.busy = in.list(keys::Busy, busyFromJson);
    return in.finish(std::move(timeline), error);
}

std::optional<QList<SpotTimeline>> timelineFromJson(const QJsonArray &array, DecodeError *error)
{
    return listFromJson(array, &spotTimelineFromJson, error);
}

void writeTimeline(JsonWriter &out, const QList<SpotTimeline> &timeline, bool staff)
{
    // timelineToJson's members, in QJsonObject's key order.
    out.beginArray();
    for (const SpotTimeline &spot : timeline) {
        out.beginObject().key(keys::Busy).beginArray();
        for (const Booking &b : spot.busy) {
            out.beginObject();
            if (staff)
                out.member(keys::BookingId, b.id);
            out.member(keys::TimeFrom, datetime::toUtcString(b.range.from))
                    .member(keys::TimeUntil, datetime::toUtcString(b.range.until));
            if (staff)
                out.member(keys::UserId, b.userId);
            out.endObject();
        }
        out.endArray().member(keys::SpotId, spot.spotId).endObject();
    }
    out.endArray();
}

} // namespace coworking
