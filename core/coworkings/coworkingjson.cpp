#include "coworkingjson.h"

#include "common/datetime.h"
#include "common/jsonbody.h"
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
        const QJsonArray fields = error.details().value("fields"_L1).toArray();
        for (const QJsonValue field : fields) {
            const QJsonObject f = field.toObject();
            outer.addError(prefix + f.value("field"_L1).toString(),
                           f.value("message"_L1).toString());
        }
    }
}

BookingPolicyPatch policyPatchFromJson(const QJsonObject &object, JsonBody &outer)
{
    JsonBody body(object);
    BookingPolicyPatch patch;
    patch.minDurationMinutes = body.optionalInt(u"min_duration_minutes"_s, 5, 1440);
    patch.maxDurationMinutes = body.optionalInt(u"max_duration_minutes"_s, 5, 1440);
    patch.slotMinutes = body.optionalInt(u"slot_minutes"_s, 5, 240);
    // Slots tile the local day, so a slot length must divide it.
    if (patch.slotMinutes && 1440 % *patch.slotMinutes != 0) {
        body.addError(u"slot_minutes"_s, u"must divide a day (1440 minutes) evenly"_s);
        patch.slotMinutes.reset();
    }
    patch.maxDaysInAdvance = body.optionalInt(u"max_days_in_advance"_s, 1, 365);
    patch.maxActiveBookingsPerUser = body.optionalInt(u"max_active_bookings_per_user"_s, 1, 100);
    patch.checkinRequired = body.optionalBool(u"checkin_required"_s);
    patch.autoReleaseMinutes = body.optionalInt(u"auto_release_minutes"_s, 1, 240);
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

QJsonArray imagesToJson(const QList<CoworkingImage> &images)
{
    QJsonArray array;
    for (const CoworkingImage &image : images)
        array.append(QJsonObject{ { u"id"_s, image.id }, { u"url"_s, image.url } });
    return array;
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

    const QString nameKey = u"name"_s;
    if (creating && (!body.has(nameKey) || body.isNull(nameKey))) {
        body.addError(nameKey, u"is required"_s);
    } else if (const auto name = body.optionalString(nameKey, 200)) {
        if (name->trimmed().isEmpty())
            body.addError(nameKey, u"must not be empty"_s);
        else
            patch.name = name->trimmed();
    }
    patch.description = body.optionalString(u"description"_s, 5000);
    patch.address = body.optionalString(u"address"_s, 500);

    const TimeOfDayField opens = readTimeOfDay(body, u"opens_at"_s, creating);
    const TimeOfDayField closes = readTimeOfDay(body, u"closes_at"_s, creating);
    patch.opensAt = opens.time;
    patch.closesAt = closes.time;

    patch.timezone = body.optionalString(u"timezone"_s, 64);
    if (patch.timezone) {
        if (!OpeningHours::zoneFromString(*patch.timezone)) {
            body.addError(u"timezone"_s, u"must be an IANA time zone such as Europe/Moscow"_s);
            patch.timezone.reset();
        }
        // With a zone named, an offset on a time of day would be a second, competing zone.
        if (opens.offsetSecs)
            body.addError(u"opens_at"_s, u"must not carry an offset when timezone is given"_s);
        if (closes.offsetSecs)
            body.addError(u"closes_at"_s, u"must not carry an offset when timezone is given"_s);
    } else if (opens.offsetSecs || closes.offsetSecs) {
        // The legacy form: the offset of the times of day is the coworking's (fixed) zone.
        if (opens.offsetSecs && closes.offsetSecs && *opens.offsetSecs != *closes.offsetSecs) {
            body.addError(u"closes_at"_s, u"must carry the same offset as opens_at"_s);
        } else {
            const QString zone = fixedZoneName(opens.offsetSecs.value_or(*closes.offsetSecs));
            if (OpeningHours::zoneFromString(zone))
                patch.timezone = zone;
            else
                body.addError(opens.offsetSecs ? u"opens_at"_s : u"closes_at"_s,
                              u"carries an offset outside -14:00..+14:00"_s);
        }
    } else if (creating) {
        patch.timezone = u"UTC"_s;
    }

    if (const auto policy = body.optionalObject(u"booking_policy"_s))
        patch.policy = policyPatchFromJson(*policy, body);

    body.finish();
    return patch;
}

QJsonObject toJson(const BookingPolicy &policy)
{
    return {
        { u"min_duration_minutes"_s, policy.minDurationMinutes },
        { u"max_duration_minutes"_s, policy.maxDurationMinutes },
        { u"slot_minutes"_s, policy.slotMinutes },
        { u"max_days_in_advance"_s, policy.maxDaysInAdvance },
        { u"max_active_bookings_per_user"_s, policy.maxActiveBookingsPerUser },
        { u"checkin_required"_s, policy.checkinRequired },
        { u"auto_release_minutes"_s, policy.autoReleaseMinutes },
    };
}

QJsonObject toListItemJson(const Coworking &c)
{
    return {
        { u"id"_s, c.id },
        { u"name"_s, c.name },
        { u"address"_s, c.address },
        { u"opens_at"_s, datetime::timeOfDayToString(c.opensAt) },
        { u"closes_at"_s, datetime::timeOfDayToString(c.closesAt) },
        { u"timezone"_s, c.timezone },
        { u"images"_s, imagesToJson(c.images) },
    };
}

QJsonObject toJson(const Coworking &c)
{
    QJsonObject object = toListItemJson(c);
    object.insert(u"description"_s, c.description);
    object.insert(u"floor_plan_url"_s, nullIfEmpty(c.floorPlanUrl));
    object.insert(u"owner_id"_s, c.ownerId);
    object.insert(u"booking_policy"_s, toJson(c.policy));
    return object;
}

QJsonArray timelineToJson(const QList<SpotTimeline> &timeline, bool staff)
{
    QJsonArray array;
    for (const SpotTimeline &spot : timeline) {
        QJsonArray busy;
        for (const Booking &b : spot.busy) {
            QJsonObject item{ { u"time_from"_s, datetime::toUtcString(b.range.from) },
                              { u"time_until"_s, datetime::toUtcString(b.range.until) } };
            if (staff) {
                item.insert(u"booking_id"_s, b.id);
                item.insert(u"user_id"_s, b.userId);
            }
            busy.append(item);
        }
        array.append(QJsonObject{ { u"spot_id"_s, spot.spotId }, { u"busy"_s, busy } });
    }
    return array;
}

void writeTimeline(JsonWriter &out, const QList<SpotTimeline> &timeline, bool staff)
{
    // timelineToJson's members, in QJsonObject's key order.
    out.beginArray();
    for (const SpotTimeline &spot : timeline) {
        out.beginObject().key("busy"_L1).beginArray();
        for (const Booking &b : spot.busy) {
            out.beginObject();
            if (staff)
                out.member("booking_id"_L1, b.id);
            out.member("time_from"_L1, datetime::toUtcString(b.range.from))
                    .member("time_until"_L1, datetime::toUtcString(b.range.until));
            if (staff)
                out.member("user_id"_L1, b.userId);
            out.endObject();
        }
        out.endArray().member("spot_id"_L1, spot.spotId).endObject();
    }
    out.endArray();
}

} // namespace coworking
