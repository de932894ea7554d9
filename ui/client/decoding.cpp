#include "decoding.h"

#include "common/datetime.h"

using namespace Qt::StringLiterals;

namespace coworking::client::decoding {

bool readTime(const QJsonObject &o, const QString &key, QDateTime *out)
{
    const QJsonValue v = o.value(key);
    if (v.isNull() || v.isUndefined()) {
        *out = {};
        return true;
    }
    const auto t = datetime::parseWithOffset(v.toString());
    if (!t)
        return false;
    *out = *t;
    return true;
}

namespace {

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

bool hasId(const QJsonObject &o)
{
    return o.value(u"id"_s).isString() && !str(o, u"id"_s).isEmpty();
}

std::optional<QTime> timeOfDay(const QJsonValue &v)
{
    if (!v.isString())
        return std::nullopt;
    return datetime::parseTimeOfDay(v.toString());
}

QStringList strings(const QJsonArray &array)
{
    QStringList out;
    for (const QJsonValue &v : array)
        out.append(v.toString());
    return out;
}

} // namespace

std::optional<User> user(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    User u;
    u.id = str(o, u"id"_s);
    u.email = str(o, u"email"_s);
    u.fullName = str(o, u"full_name"_s);
    u.avatarUrl = str(o, u"avatar_url"_s);
    u.isBusiness = o.value(u"is_business"_s).toBool();
    u.isAdmin = o.value(u"is_admin"_s).toBool();
    u.isBanned = o.value(u"is_banned"_s).toBool();
    if (!readTime(o, u"created_at"_s, &u.createdAt))
        return std::nullopt;
    return u;
}

std::optional<CoworkingImage> coworkingImage(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    return CoworkingImage{ str(o, u"id"_s), str(o, u"url"_s) };
}

std::optional<Coworking> coworking(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    Coworking c;
    c.id = str(o, u"id"_s);
    c.ownerId = str(o, u"owner_id"_s);
    c.name = str(o, u"name"_s);
    c.description = str(o, u"description"_s);
    c.address = str(o, u"address"_s);
    if (const auto t = timeOfDay(o.value(u"opens_at"_s)))
        c.opensAt = *t;
    if (const auto t = timeOfDay(o.value(u"closes_at"_s)))
        c.closesAt = *t;
    if (o.value(u"timezone"_s).isString())
        c.timezone = str(o, u"timezone"_s);
    c.floorPlanUrl = str(o, u"floor_plan_url"_s);
    for (const QJsonValue &v : o.value(u"images"_s).toArray()) {
        if (const auto image = coworkingImage(v.toObject()))
            c.images.append(*image);
    }
    const QJsonObject p = o.value(u"booking_policy"_s).toObject();
    BookingPolicy &policy = c.policy;
    policy.minDurationMinutes = p.value(u"min_duration_minutes"_s).toInt(policy.minDurationMinutes);
    policy.maxDurationMinutes = p.value(u"max_duration_minutes"_s).toInt(policy.maxDurationMinutes);
    policy.slotMinutes = p.value(u"slot_minutes"_s).toInt(policy.slotMinutes);
    policy.maxDaysInAdvance = p.value(u"max_days_in_advance"_s).toInt(policy.maxDaysInAdvance);
    policy.maxActiveBookingsPerUser =
            p.value(u"max_active_bookings_per_user"_s).toInt(policy.maxActiveBookingsPerUser);
    policy.checkinRequired = p.value(u"checkin_required"_s).toBool(policy.checkinRequired);
    policy.autoReleaseMinutes = p.value(u"auto_release_minutes"_s).toInt(policy.autoReleaseMinutes);
    if (!readTime(o, u"created_at"_s, &c.createdAt))
        return std::nullopt;
    return c;
}

std::optional<Spot> spot(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    Spot s;
    s.id = str(o, u"id"_s);
    s.coworkingId = str(o, u"coworking_id"_s);
    s.name = str(o, u"name"_s);
    s.description = str(o, u"description"_s);
    s.position = o.value(u"position"_s).toInt();
    // In availability lists `status` means bookable; the spot's own is `spot_status` there.
    const QString status =
            o.contains(u"spot_status"_s) ? str(o, u"spot_status"_s) : str(o, u"status"_s);
    s.active = status != u"inactive"_s;
    const QJsonValue map = o.value(u"map"_s);
    if (map.isObject()) {
        const QJsonObject m = map.toObject();
        s.map = SpotPlacement{ m.value(u"x"_s).toDouble(), m.value(u"y"_s).toDouble(),
                               m.value(u"width"_s).toDouble(), m.value(u"height"_s).toDouble(),
                               m.value(u"rotation"_s).toDouble() };
    }
    return s;
}

std::optional<SpotAvailability> spotAvailability(const QJsonObject &o)
{
    auto s = spot(o);
    if (!s)
        return std::nullopt;
    return SpotAvailability{ *s, o.value(u"is_available"_s).toBool() };
}

std::optional<Booking> booking(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    Booking b;
    b.id = str(o, u"id"_s);
    b.userId = str(o, u"user_id"_s);
    b.spotId = str(o, u"spot_id"_s);
    b.coworkingId = str(o, u"coworking_id"_s);
    const auto status = bookingStatusFromString(str(o, u"status"_s));
    if (!status)
        return std::nullopt;
    b.status = *status;
    b.options = strings(o.value(u"options"_s).toArray());
    if (!readTime(o, u"time_from"_s, &b.range.from) || !readTime(o, u"time_until"_s, &b.range.until)
        || !readTime(o, u"created_at"_s, &b.createdAt)
        || !readTime(o, u"cancelled_at"_s, &b.cancelledAt)
        || !readTime(o, u"checked_in_at"_s, &b.checkedInAt))
        return std::nullopt;
    b.cancelReason = str(o, u"cancel_reason"_s);
    return b;
}

std::optional<BookingDetails> bookingDetails(const QJsonObject &o)
{
    auto b = booking(o);
    if (!b)
        return std::nullopt;
    BookingDetails d{ *b, {}, {}, {} };
    if (o.value(u"coworking"_s).isObject())
        d.coworking = coworking(o.value(u"coworking"_s).toObject());
    if (o.value(u"spot"_s).isObject())
        d.spot = spot(o.value(u"spot"_s).toObject());
    if (o.value(u"user"_s).isObject())
        d.user = user(o.value(u"user"_s).toObject());
    return d;
}

std::optional<Option> option(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    return Option{ str(o, u"id"_s), str(o, u"coworking_id"_s), str(o, u"name"_s) };
}

std::optional<Notification> notification(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    Notification n;
    n.id = str(o, u"id"_s);
    n.userId = str(o, u"user_id"_s);
    n.type = notificationTypeFromName(str(o, u"type"_s)).value_or(NotificationType::System);
    n.title = str(o, u"title"_s);
    n.body = str(o, u"body"_s);
    n.data = o.value(u"data"_s).toObject();
    if (!readTime(o, u"created_at"_s, &n.createdAt) || !readTime(o, u"read_at"_s, &n.readAt))
        return std::nullopt;
    return n;
}

std::optional<DeviceToken> deviceToken(const QJsonObject &o)
{
    DeviceToken t;
    t.token = str(o, u"token"_s);
    if (t.token.isEmpty())
        return std::nullopt;
    t.userId = str(o, u"user_id"_s);
    t.deviceType = deviceTypeFromName(str(o, u"device_type"_s)).value_or(DeviceType::Android);
    if (!readTime(o, u"created_at"_s, &t.createdAt) || !readTime(o, u"updated_at"_s, &t.updatedAt))
        return std::nullopt;
    return t;
}

std::optional<OutboxEvent> outboxEvent(const QJsonObject &o)
{
    if (!hasId(o))
        return std::nullopt;
    OutboxEvent e;
    e.id = str(o, u"id"_s);
    e.type = str(o, u"type"_s);
    e.payload = o.value(u"payload"_s).toObject();
    e.state = eventStateFromString(str(o, u"state"_s)).value_or(EventState::Pending);
    e.attempts = o.value(u"attempts"_s).toInt();
    e.lastError = str(o, u"last_error"_s);
    if (!readTime(o, u"created_at"_s, &e.createdAt)
        || !readTime(o, u"next_attempt_at"_s, &e.nextAttemptAt)
        || !readTime(o, u"handled_at"_s, &e.handledAt))
        return std::nullopt;
    return e;
}

std::optional<TimeRange> timeRange(const QJsonObject &o)
{
    TimeRange r;
    if (!readTime(o, u"time_from"_s, &r.from) || !readTime(o, u"time_until"_s, &r.until)
        || !r.isValid())
        return std::nullopt;
    return r;
}

std::optional<SpotTimeline> spotTimeline(const QJsonObject &o)
{
    SpotTimeline t;
    t.spotId = str(o, u"spot_id"_s);
    if (t.spotId.isEmpty())
        return std::nullopt;
    for (const QJsonValue &v : o.value(u"busy"_s).toArray()) {
        const QJsonObject busy = v.toObject();
        const auto range = timeRange(busy);
        if (!range)
            return std::nullopt;
        t.busy.append({ *range, str(busy, u"booking_id"_s), str(busy, u"user_id"_s) });
    }
    return t;
}

std::optional<Closure> closure(const QJsonObject &o)
{
    Closure c;
    c.id = str(o, u"id"_s);
    c.date = QDate::fromString(str(o, u"date"_s), Qt::ISODate);
    if (c.id.isEmpty() || !c.date.isValid())
        return std::nullopt;
    c.opensAt = timeOfDay(o.value(u"opens_at"_s));
    c.closesAt = timeOfDay(o.value(u"closes_at"_s));
    c.reason = str(o, u"reason"_s);
    return c;
}

std::optional<CoworkingStats> coworkingStats(const QJsonObject &o)
{
    CoworkingStats s;
    s.coworkingId = str(o, u"coworking_id"_s);
    s.timezone = str(o, u"timezone"_s);
    s.from = QDate::fromString(str(o, u"from"_s), Qt::ISODate);
    s.until = QDate::fromString(str(o, u"until"_s), Qt::ISODate);
    if (s.coworkingId.isEmpty() || !s.from.isValid() || !s.until.isValid())
        return std::nullopt;
    s.openMinutes = o.value(u"open_minutes"_s).toInteger();
    s.bookedMinutes = o.value(u"booked_minutes"_s).toInteger();
    s.utilisation = o.value(u"utilisation"_s).toDouble();
    s.bookings = o.value(u"bookings"_s).toInt();
    s.cancellations = o.value(u"cancellations"_s).toInt();
    s.noShows = o.value(u"no_shows"_s).toInt();
    s.checkIns = o.value(u"check_ins"_s).toInt();
    for (const QJsonValue &v : o.value(u"by_spot"_s).toArray()) {
        const QJsonObject spotStats = v.toObject();
        s.bySpot.append({ str(spotStats, u"spot_id"_s), str(spotStats, u"name"_s),
                          spotStats.value(u"booked_minutes"_s).toInteger(),
                          spotStats.value(u"utilisation"_s).toDouble(),
                          spotStats.value(u"bookings"_s).toInt() });
    }
    for (const QJsonValue &v : o.value(u"by_hour"_s).toArray()) {
        const QJsonObject hour = v.toObject();
        s.byHour.append({ hour.value(u"weekday"_s).toInt(), hour.value(u"hour"_s).toInt(),
                          hour.value(u"utilisation"_s).toDouble() });
    }
    return s;
}

std::optional<SeriesOccurrence> seriesOccurrence(const QJsonObject &o)
{
    const auto range = timeRange(o);
    if (!range)
        return std::nullopt;
    SeriesOccurrence occurrence{ *range, o.value(u"ok"_s).toBool(!o.contains(u"error"_s)), {} };
    if (o.value(u"error"_s).isObject())
        occurrence.error = errorObject(o.value(u"error"_s).toObject());
    return occurrence;
}

ApiError errorObject(const QJsonObject &error)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    e.code = str(error, u"code"_s);
    e.message = str(error, u"message"_s);
    e.details = error.value(u"details"_s).toObject();
    for (const QJsonValue &v : e.details.value(u"fields"_s).toArray()) {
        const QJsonObject field = v.toObject();
        e.fields.append({ str(field, u"field"_s), str(field, u"message"_s) });
    }
    return e;
}

} // namespace coworking::client::decoding
