// Every codec of the API reads back what it writes: decode(encode(x)) == x and
// encode(decode(json)) == json, and a document missing a required member or holding one of the
// wrong type reads as nothing, naming the member by its path.
#include "auth/authjson.h"
#include "bookings/bookingjson.h"
#include "common/apperror.h"
#include "common/datetime.h"
#include "common/errorenvelope.h"
#include "common/jsonkeys.h"
#include "common/jsonreader.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingservice.h"
#include "events/outboxevent.h"
#include "live/livemessage.h"
#include "notifications/notificationjson.h"
#include "options/optionjson.h"
#include "spots/spotjson.h"
#include "stats/statsjson.h"
#include "users/userjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

// One codec applied to one value: the JSON it encodes to, and a check of the way back.
struct RoundTrip
{
    QJsonObject json;
    // Decodes `json`; an empty answer means it came back equal, otherwise it says what differed.
    std::function<QString(const QJsonObject &)> check;
};

// A decoder applied to a document, answering the problem it found (none: it decoded).
using Decoder = std::function<std::optional<DecodeError>(const QJsonObject &)>;

template<typename T, typename Encode, typename Decode>
RoundTrip roundTrip(const T &value, Encode encode, Decode decode)
{
    return { encode(value), [value, encode, decode](const QJsonObject &json) -> QString {
                DecodeError error;
                const std::optional<T> decoded = decode(json, &error);
                if (!decoded)
                    return u"did not decode: "_s + error.field + u' ' + error.message;
                if (!(*decoded == value))
                    return u"decoded to another value"_s;
                const QJsonObject again = encode(*decoded);
                if (again != json) {
                    return u"re-encoded differently: "_s
                            + QString::fromUtf8(
                                    QJsonDocument(again).toJson(QJsonDocument::Compact));
                }
                return {};
            } };
}

template<typename Decode>
Decoder decoder(Decode decode)
{
    return [decode](const QJsonObject &json) -> std::optional<DecodeError> {
        DecodeError error;
        if (decode(json, &error))
            return std::nullopt;
        return error;
    };
}

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

const QString BookingId = u"0b9e6c1e-4c1f-4d3a-9f57-0a1b2c3d4e5f"_s;
const QString UserId = u"1c2d3e4f-5a6b-4c7d-8e9f-a0b1c2d3e4f5"_s;
const QString SpotId = u"2d3e4f5a-6b7c-4d8e-9fa0-b1c2d3e4f5a6"_s;
const QString CoworkingId = u"3e4f5a6b-7c8d-4e9f-a0b1-c2d3e4f5a6b7"_s;
const QString OptionId = u"4f5a6b7c-8d9e-4fa0-b1c2-d3e4f5a6b7c8"_s;
const QString ImageId = u"5a6b7c8d-9e0f-4a1b-8c2d-e3f4a5b6c7d8"_s;

Booking sampleBooking()
{
    Booking b;
    b.id = BookingId;
    b.userId = UserId;
    b.spotId = SpotId;
    b.coworkingId = CoworkingId;
    b.range = { at(u"2026-11-24T06:00:00Z"_s), at(u"2026-11-24T07:30:00.250Z"_s) };
    b.options = { OptionId };
    b.createdAt = at(u"2026-11-20T10:11:12.345Z"_s);
    b.code = u"K7MW3HXP"_s;
    return b;
}

User sampleUser()
{
    User u;
    u.id = UserId;
    u.email = u"anna@example.com"_s;
    u.fullName = u"Анна Петрова"_s;
    u.isBusiness = true;
    u.createdAt = at(u"2026-01-02T03:04:05Z"_s);
    return u;
}

Spot sampleSpot()
{
    Spot s;
    s.id = SpotId;
    s.coworkingId = CoworkingId;
    s.name = u"Desk 1"_s;
    s.description = u"By the window"_s;
    s.position = 3;
    s.map = SpotPlacement{ 12.5, 40, 80, 60.25, -15 };
    return s;
}

Coworking sampleCoworking()
{
    Coworking c;
    c.id = CoworkingId;
    c.ownerId = UserId;
    c.name = u"Loft"_s;
    c.description = u"Quiet \"open\" space"_s;
    c.address = u"Main street 1"_s;
    c.opensAt = QTime(8, 0);
    c.closesAt = QTime(21, 30, 15);
    c.timezone = u"Europe/Moscow"_s;
    c.policy.slotMinutes = 30;
    c.policy.checkinRequired = true;
    c.floorPlanUrl = u"/storage/plan.png"_s;
    c.images = { { ImageId, u"/storage/a.jpg"_s } };
    return c;
}

Notification sampleNotification()
{
    Notification n;
    n.id = BookingId;
    n.userId = UserId;
    n.type = NotificationType::BookingReminder;
    n.title = u"Soon"_s;
    n.body = u"Your booking starts in 15 minutes"_s;
    n.data = { { u"booking_id"_s, BookingId } };
    n.createdAt = at(u"2026-11-24T05:45:00Z"_s);
    return n;
}

QJsonObject without(QJsonObject json, QLatin1StringView key)
{
    json.remove(key);
    return json;
}

QJsonObject with(QJsonObject json, QLatin1StringView key, const QJsonValue &value)
{
    json.insert(key, value);
    return json;
}

// `json` with the member at `path` (keys and array indexes) replaced by `value`, or removed
// when `value` is undefined.
QJsonValue replaced(const QJsonValue &json, QStringList path, const QJsonValue &value)
{
    const QString head = path.takeFirst();
    bool isIndex = false;
    const int index = head.toInt(&isIndex);
    if (isIndex) {
        QJsonArray array = json.toArray();
        array[index] = path.isEmpty() ? value : replaced(array.at(index), path, value);
        return array;
    }
    QJsonObject object = json.toObject();
    if (path.isEmpty() && value.isUndefined())
        object.remove(head);
    else
        object.insert(head, path.isEmpty() ? value : replaced(object.value(head), path, value));
    return object;
}

QJsonObject replacedAt(const QJsonObject &json, const QString &path, const QJsonValue &value)
{
    return replaced(json, path.split(u'/'), value).toObject();
}

LiveSnapshot sampleSnapshot()
{
    Booking b;
    b.id = BookingId;
    b.spotId = SpotId;
    b.userId = UserId;
    b.range = { at(u"2026-11-24T06:00:00Z"_s), at(u"2026-11-24T07:00:00Z"_s) };
    b.checkedInAt = at(u"2026-11-24T05:55:00Z"_s);
    Spot inactive = sampleSpot();
    inactive.id = OptionId;
    inactive.active = false;
    inactive.map.reset();
    return { CoworkingId,
             at(u"2026-11-24T05:00:00.125Z"_s),
             { at(u"2026-11-24T05:00:00.125Z"_s), at(u"2026-11-25T05:00:00.125Z"_s) },
             { sampleSpot(), inactive },
             { b } };
}

CoworkingStats sampleStats()
{
    CoworkingStats s;
    s.coworkingId = CoworkingId;
    s.timezone = u"Europe/Berlin"_s;
    s.from = QDate(2030, 3, 25);
    s.until = QDate(2030, 3, 31);
    s.openMinutes = 20040;
    s.bookedMinutes = 180;
    s.utilisation = 180.0 / 20040.0;
    s.bookings = 3;
    s.cancellations = 1;
    s.noShows = 1;
    s.checkIns = 1;
    s.bySpot = { SpotStats{ SpotId, u"Desk 1"_s, 180, 180.0 / 10020.0, 3, 1, 1, 1 },
                 SpotStats{ OptionId, u"Desk 2"_s, 0, 0.0, 0, 0, 0, 0 } };
    for (int i = 0; i < 168; ++i)
        s.byHour.append(HourStats{ i / 24 + 1, i % 24, i == 145 ? 0 : 120, i == 145 ? 0 : 60,
                                   i == 145 ? 0.0 : 0.5 });
    return s;
}

LiveBookingChange sampleBookingChange()
{
    LiveBookingChange c;
    c.event = u"rescheduled"_s;
    c.coworkingId = CoworkingId;
    c.booking = sampleSnapshot().bookings.first();
    c.previous = TimeRange{ at(u"2026-11-24T08:00:00Z"_s), at(u"2026-11-24T09:00:00Z"_s) };
    c.previousSpotId = u"99999999-9999-4999-8999-999999999999"_s; // moved from another spot
    return c;
}

} // namespace

Q_DECLARE_METATYPE(RoundTrip)
Q_DECLARE_METATYPE(Decoder)

class TestCodecs final : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void malformed_data();
    void malformed();
    void listsAndPages();
    void errorEnvelopeOfAppError();
    void liveMessageAsSent();
};

void TestCodecs::roundTrip_data()
{
    QTest::addColumn<RoundTrip>("codec");
    const QDateTime now = at(u"2026-11-24T05:00:00Z"_s);
    const auto booking = [now](const Booking &b) { return toJson(b, now); };
    const auto details = [now](const BookingDetails &d) { return toJson(d, now); };

    QTest::newRow("booking, active") << ::roundTrip(sampleBooking(), booking, &bookingFromJson);
    QTest::newRow("coworking stats") << ::roundTrip(
            sampleStats(), qOverload<const CoworkingStats &>(&toJson), &coworkingStatsFromJson);
    Booking cancelled = sampleBooking();
    cancelled.status = BookingStatus::Cancelled;
    cancelled.options.clear();
    cancelled.cancelledAt = at(u"2026-11-21T00:00:00Z"_s);
    cancelled.checkedInAt = at(u"2026-11-24T05:50:00.001Z"_s);
    cancelled.code.clear(); // null: a row loaded around the server
    cancelled.cancelNote = u"Нужна уборка & \"покраска\""_s; // JSON cancel_reason
    QTest::newRow("booking, cancelled, checked in, no code")
            << ::roundTrip(cancelled, booking, &bookingFromJson);
    Booking expired = sampleBooking();
    expired.status = BookingStatus::Expired;
    QTest::newRow("booking, expired") << ::roundTrip(expired, booking, &bookingFromJson);

    BookingDetails mine{ sampleBooking(), {}, {}, {} };
    mine.coworking = Coworking();
    mine.coworking->id = CoworkingId;
    mine.coworking->name = u"Loft"_s;
    mine.coworking->address = u"Main street 1"_s;
    mine.coworking->timezone = u"Asia/Tokyo"_s;
    mine.spot = Spot();
    mine.spot->id = SpotId;
    mine.spot->name = u"Desk 1"_s;
    mine.spot->description = u""_s;
    QTest::newRow("booking with coworking and spot (my bookings)")
            << ::roundTrip(mine, details, &bookingDetailsFromJson);
    BookingDetails staffList{ sampleBooking(), {}, mine.spot, sampleUser() };
    QTest::newRow("booking with user and spot (staff list)")
            << ::roundTrip(staffList, details, &bookingDetailsFromJson);
    QTest::newRow("booking details, nothing embedded") << ::roundTrip(
            BookingDetails{ sampleBooking(), {}, {}, {} }, details, &bookingDetailsFromJson);

    QTest::newRow("spot with map")
            << ::roundTrip(sampleSpot(), qOverload<const Spot &>(&toJson), &spotFromJson);
    Spot plain = sampleSpot();
    plain.map.reset();
    plain.active = false;
    QTest::newRow("spot, inactive, no map")
            << ::roundTrip(plain, qOverload<const Spot &>(&toJson), &spotFromJson);
    QTest::newRow("spot placement") << ::roundTrip(
            *sampleSpot().map, qOverload<const SpotPlacement &>(&toJson), &spotPlacementFromJson);
    QTest::newRow("spot availability, free")
            << ::roundTrip(SpotAvailability{ sampleSpot(), true },
                           qOverload<const SpotAvailability &>(&toJson), &spotAvailabilityFromJson);
    QTest::newRow("spot availability, booked")
            << ::roundTrip(SpotAvailability{ sampleSpot(), false },
                           qOverload<const SpotAvailability &>(&toJson), &spotAvailabilityFromJson);
    QTest::newRow("spot availability, inactive")
            << ::roundTrip(SpotAvailability{ plain, false },
                           qOverload<const SpotAvailability &>(&toJson), &spotAvailabilityFromJson);

    QTest::newRow("coworking") << ::roundTrip(
            sampleCoworking(), qOverload<const Coworking &>(&toJson), &coworkingFromJson);
    QTest::newRow("coworking, as its owner runs it")
            << ::roundTrip(StaffedCoworking{ sampleCoworking(), true },
                           qOverload<const StaffedCoworking &>(&toJson), &staffedCoworkingFromJson);
    QTest::newRow("coworking, as a manager runs it")
            << ::roundTrip(StaffedCoworking{ sampleCoworking(), false },
                           qOverload<const StaffedCoworking &>(&toJson), &staffedCoworkingFromJson);
    Coworking bare = sampleCoworking();
    bare.floorPlanUrl.clear();
    bare.images.clear();
    bare.description.clear();
    QTest::newRow("coworking without floor plan or images")
            << ::roundTrip(bare, qOverload<const Coworking &>(&toJson), &coworkingFromJson);
    Coworking item = sampleCoworking();
    item.ownerId.clear();
    item.description.clear();
    item.floorPlanUrl.clear();
    item.policy = {};
    QTest::newRow("coworking list item")
            << ::roundTrip(item, &toListItemJson, &coworkingListItemFromJson);
    QTest::newRow("booking policy")
            << ::roundTrip(sampleCoworking().policy, qOverload<const BookingPolicy &>(&toJson),
                           &bookingPolicyFromJson);

    Booking busy;
    busy.spotId = SpotId;
    busy.range = { at(u"2026-11-24T06:00:00Z"_s), at(u"2026-11-24T07:00:00Z"_s) };
    const SpotTimeline publicTimeline{ SpotId, { busy } };
    busy.id = BookingId;
    busy.userId = UserId;
    const SpotTimeline staffTimeline{ SpotId, { busy } };
    const auto timelineItem = [](bool forStaff) {
        return [=](const SpotTimeline &t) {
            return timelineToJson({ t }, forStaff).first().toObject();
        };
    };
    QTest::newRow("timeline item")
            << ::roundTrip(publicTimeline, timelineItem(false), &spotTimelineFromJson);
    QTest::newRow("timeline item, staff")
            << ::roundTrip(staffTimeline, timelineItem(true), &spotTimelineFromJson);
    QTest::newRow("timeline item, free all day")
            << ::roundTrip(SpotTimeline{ SpotId, {} }, timelineItem(true), &spotTimelineFromJson);

    QTest::newRow("available slots") << ::roundTrip(
            QList<TimeRange>{ busy.range,
                              { at(u"2026-11-24T08:00:00Z"_s), at(u"2026-11-24T09:15:00Z"_s) } },
            &availableSlotsToJson, &availableSlotsFromJson);
    QTest::newRow("no available slots")
            << ::roundTrip(QList<TimeRange>(), &availableSlotsToJson, &availableSlotsFromJson);

    QTest::newRow("user") << ::roundTrip(sampleUser(), qOverload<const User &>(&toJson),
                                         &userFromJson);
    User admin = sampleUser();
    admin.isAdmin = true;
    admin.isBusiness = false;
    admin.isBanned = true;
    admin.avatarUrl = u"/storage/avatar.webp"_s;
    QTest::newRow("user, admin, banned, avatar")
            << ::roundTrip(admin, qOverload<const User &>(&toJson), &userFromJson);

    QTest::newRow("option") << ::roundTrip(Option{ OptionId, CoworkingId, u"Monitor"_s },
                                           qOverload<const Option &>(&toJson), &optionFromJson);

    QTest::newRow("notification, unread") << ::roundTrip(
            sampleNotification(), qOverload<const Notification &>(&toJson), &notificationFromJson);
    Notification read = sampleNotification();
    read.readAt = at(u"2026-11-24T05:46:00Z"_s);
    read.data = {};
    read.type = NotificationType::System;
    QTest::newRow("notification, read")
            << ::roundTrip(read, qOverload<const Notification &>(&toJson), &notificationFromJson);
    QTest::newRow("notifications page")
            << ::roundTrip(NotificationList{ { { sampleNotification(), read }, 7 }, 3 },
                           qOverload<const NotificationList &>(&toJson), &notificationListFromJson);
    QTest::newRow("notifications page, empty")
            << ::roundTrip(NotificationList{}, qOverload<const NotificationList &>(&toJson),
                           &notificationListFromJson);
    DeviceToken device;
    device.token = u"fcm:APA91b-xyz_123"_s;
    device.deviceType = DeviceType::Ios;
    device.createdAt = at(u"2026-11-24T05:00:00Z"_s);
    QTest::newRow("device token") << ::roundTrip(device, qOverload<const DeviceToken &>(&toJson),
                                                 &deviceTokenFromJson);

    TokenPair tokens{ u"eyJhbGciOi.x.y"_s, at(u"2026-11-24T05:15:00Z"_s), u"r3fr3sh"_s,
                      at(u"2026-12-24T05:00:00Z"_s) };
    QTest::newRow("token pair") << ::roundTrip(tokens, qOverload<const TokenPair &>(&toJson),
                                               &tokenPairFromJson);

    ErrorEnvelope validation{ u"VALIDATION_ERROR"_s, u"name: is required"_s, {}, {}, {} };
    validation.fields = { { u"name"_s, u"is required"_s },
                          { u"booking_policy.slot_minutes"_s, u"must be an integer"_s } };
    validation.details = { { keys::Fields,
                             errorObjectJson(validation).value(keys::Details)[keys::Fields] } };
    QTest::newRow("error envelope, field errors") << ::roundTrip(
            validation, qOverload<const ErrorEnvelope &>(&toJson), &errorEnvelopeFromJson);
    const QJsonObject alternative = embeddedSpotJson(sampleSpot());
    ErrorEnvelope conflict{ u"BOOKING_CONFLICT"_s,
                            u"The spot is already booked."_s,
                            { { keys::AlternativeSpot, alternative } },
                            {},
                            { { keys::Message, u"The spot is already booked."_s },
                              { keys::Spot, alternative } } };
    QTest::newRow("error envelope, 409 with alternative and legacy members") << ::roundTrip(
            conflict, qOverload<const ErrorEnvelope &>(&toJson), &errorEnvelopeFromJson);

    QTest::newRow("precheck, ok") << ::roundTrip(
            PrecheckResult{}, qOverload<const PrecheckResult &>(&toJson), &precheckResultFromJson);
    ErrorEnvelope refusal = conflict;
    refusal.extra = {};
    QTest::newRow("precheck, refused")
            << ::roundTrip(PrecheckResult{ refusal }, qOverload<const PrecheckResult &>(&toJson),
                           &precheckResultFromJson);

    OutboxEvent event =
            makeEvent(u"booking.cancelled"_s,
                      { { keys::CoworkingId, CoworkingId }, { keys::Reason, u"user"_s } },
                      at(u"2026-11-24T05:00:00Z"_s));
    QTest::newRow("outbox event, pending")
            << ::roundTrip(event, qOverload<const OutboxEvent &>(&toJson), &outboxEventFromJson);
    event.state = EventState::Dead;
    event.attempts = 5;
    event.lastError = u"push gateway: 503"_s;
    event.handledAt = at(u"2026-11-24T05:10:00.5Z"_s);
    QTest::newRow("outbox event, dead")
            << ::roundTrip(event, qOverload<const OutboxEvent &>(&toJson), &outboxEventFromJson);

    const auto live = [](bool forStaff) {
        return [=](const LiveMessage &m) { return toJson(m, forStaff); };
    };
    QTest::newRow("live snapshot, staff")
            << ::roundTrip(LiveMessage{ 1, sampleSnapshot() }, live(true), &liveMessageFromJson);
    LiveSnapshot publicSnapshot = sampleSnapshot();
    publicSnapshot.bookings.first().userId.clear();
    QTest::newRow("live snapshot, public")
            << ::roundTrip(LiveMessage{ 1, publicSnapshot }, live(false), &liveMessageFromJson);
    QTest::newRow("live booking rescheduled") << ::roundTrip(
            LiveMessage{ 42, sampleBookingChange() }, live(true), &liveMessageFromJson);
    LiveBookingChange cancelledChange = sampleBookingChange();
    cancelledChange.event = u"cancelled"_s;
    cancelledChange.previous.reset();
    cancelledChange.previousSpotId.clear();
    cancelledChange.reason = u"no_show"_s;
    cancelledChange.booking.status = BookingStatus::Cancelled;
    cancelledChange.booking.userId.clear();
    cancelledChange.booking.checkedInAt = {};
    QTest::newRow("live booking cancelled, public")
            << ::roundTrip(LiveMessage{ 43, cancelledChange }, live(false), &liveMessageFromJson);
    QTest::newRow("live spot status")
            << ::roundTrip(LiveMessage{ 44,
                                        LiveSpotChange{ u"status_changed"_s, CoworkingId, SpotId,
                                                        u"Desk 1"_s, u"deleted"_s } },
                           live(false), &liveMessageFromJson);
}

void TestCodecs::roundTrip()
{
    QFETCH(RoundTrip, codec);
    QVERIFY(!codec.json.isEmpty());
    const QString problem = codec.check(codec.json);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestCodecs::malformed_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<Decoder>("decode");
    QTest::addColumn<QString>("field");

    const QDateTime now = at(u"2026-11-24T05:00:00Z"_s);
    const QJsonObject booking = toJson(sampleBooking(), now);
    const Decoder bookingDecoder = decoder(&bookingFromJson);
    QTest::newRow("booking without id") << without(booking, keys::Id) << bookingDecoder << u"id"_s;
    QTest::newRow("booking id not a uuid")
            << with(booking, keys::Id, u"42"_s) << bookingDecoder << u"id"_s;
    QTest::newRow("booking time naive") << with(booking, keys::TimeFrom, u"2026-11-24T06:00:00"_s)
                                        << bookingDecoder << u"time_from"_s;
    QTest::newRow("booking time a number")
            << with(booking, keys::TimeUntil, 1700000000) << bookingDecoder << u"time_until"_s;
    QTest::newRow("booking unknown status")
            << with(booking, keys::Status, u"pending"_s) << bookingDecoder << u"status"_s;
    QTest::newRow("booking options not a list")
            << with(booking, keys::Options, OptionId) << bookingDecoder << u"options"_s;
    QTest::newRow("booking option not a uuid")
            << with(booking, keys::Options, QJsonArray{ OptionId, 7 }) << bookingDecoder
            << u"options[1]"_s;
    QTest::newRow("booking checked_in_at wrong type")
            << with(booking, keys::CheckedInAt, true) << bookingDecoder << u"checked_in_at"_s;

    BookingDetails details{ sampleBooking(), {}, sampleSpot(), sampleUser() };
    const QJsonObject detailsJson = toJson(details, now);
    QTest::newRow("embedded spot without name")
            << replacedAt(detailsJson, u"spot/name"_s, QJsonValue::Undefined)
            << decoder(&bookingDetailsFromJson) << u"spot.name"_s;
    QTest::newRow("embedded user not an object") << with(detailsJson, keys::User, u"me"_s)
                                                 << decoder(&bookingDetailsFromJson) << u"user"_s;
    QTest::newRow("embedded user is_admin a string")
            << replacedAt(detailsJson, u"user/is_admin"_s, u"false"_s)
            << decoder(&bookingDetailsFromJson) << u"user.is_admin"_s;

    const QJsonObject spot = toJson(sampleSpot());
    QTest::newRow("spot without coworking_id")
            << without(spot, keys::CoworkingId) << decoder(&spotFromJson) << u"coworking_id"_s;
    QTest::newRow("spot position fractional")
            << with(spot, keys::Position, 1.5) << decoder(&spotFromJson) << u"position"_s;
    QTest::newRow("spot status unknown")
            << with(spot, keys::Status, u"broken"_s) << decoder(&spotFromJson) << u"status"_s;
    QTest::newRow("spot map width a string") << replacedAt(spot, u"map/width"_s, u"80"_s)
                                             << decoder(&spotFromJson) << u"map.width"_s;
    QTest::newRow("spot map without rotation")
            << replacedAt(spot, u"map/rotation"_s, QJsonValue::Undefined) << decoder(&spotFromJson)
            << u"map.rotation"_s;
    const QJsonObject availability = toJson(SpotAvailability{ sampleSpot(), true });
    QTest::newRow("availability without is_available")
            << without(availability, keys::IsAvailable) << decoder(&spotAvailabilityFromJson)
            << u"is_available"_s;
    QTest::newRow("availability without spot_status")
            << without(availability, keys::SpotStatus) << decoder(&spotAvailabilityFromJson)
            << u"spot_status"_s;

    const QJsonObject coworking = toJson(sampleCoworking());
    QTest::newRow("coworking opens_at not a time") << with(coworking, keys::OpensAt, u"8 am"_s)
                                                   << decoder(&coworkingFromJson) << u"opens_at"_s;
    QTest::newRow("coworking without booking_policy")
            << without(coworking, keys::BookingPolicy) << decoder(&coworkingFromJson)
            << u"booking_policy"_s;
    QTest::newRow("coworking policy slot_minutes a string")
            << replacedAt(coworking, u"booking_policy/slot_minutes"_s, u"15"_s)
            << decoder(&coworkingFromJson) << u"booking_policy.slot_minutes"_s;
    QTest::newRow("coworking image without url")
            << replacedAt(coworking, u"images/0/url"_s, QJsonValue::Undefined)
            << decoder(&coworkingFromJson) << u"images[0].url"_s;
    QTest::newRow("coworking list item without images")
            << without(toListItemJson(sampleCoworking()), keys::Images)
            << decoder(&coworkingListItemFromJson) << u"images"_s;
    QTest::newRow("staffed coworking without role")
            << toJson(sampleCoworking()) << decoder(&staffedCoworkingFromJson) << u"role"_s;
    QTest::newRow("staffed coworking with an unknown role")
            << with(toJson(StaffedCoworking{ sampleCoworking(), true }), keys::Role, u"janitor"_s)
            << decoder(&staffedCoworkingFromJson) << u"role"_s;
    QTest::newRow("coworking owner_id null") << with(coworking, keys::OwnerId, QJsonValue::Null)
                                             << decoder(&coworkingFromJson) << u"owner_id"_s;

    Booking busy;
    busy.range = sampleBooking().range;
    busy.id = BookingId;
    busy.userId = UserId;
    const QJsonObject timeline =
            timelineToJson({ SpotTimeline{ SpotId, { busy } } }, true).first().toObject();
    QTest::newRow("timeline busy without time_until")
            << replacedAt(timeline, u"busy/0/time_until"_s, QJsonValue::Undefined)
            << decoder(&spotTimelineFromJson) << u"busy[0].time_until"_s;
    QTest::newRow("timeline busy user_id not a uuid")
            << replacedAt(timeline, u"busy/0/user_id"_s, u"x"_s) << decoder(&spotTimelineFromJson)
            << u"busy[0].user_id"_s;
    QTest::newRow("available slots missing")
            << QJsonObject() << decoder(&availableSlotsFromJson) << u"available_slots"_s;

    const QJsonObject user = toJson(sampleUser());
    QTest::newRow("user without email")
            << without(user, keys::Email) << decoder(&userFromJson) << u"email"_s;
    QTest::newRow("user avatar_url a number")
            << with(user, keys::AvatarUrl, 3) << decoder(&userFromJson) << u"avatar_url"_s;
    QTest::newRow("option name null") << with(toJson(Option{ OptionId, CoworkingId, u"Locker"_s }),
                                              keys::Name, QJsonValue::Null)
                                      << decoder(&optionFromJson) << u"name"_s;

    const QJsonObject notification = toJson(sampleNotification());
    QTest::newRow("notification unknown type") << with(notification, keys::Type, u"promo"_s)
                                               << decoder(&notificationFromJson) << u"type"_s;
    QTest::newRow("notification data value not a string")
            << replacedAt(notification, u"data/booking_id"_s, 5) << decoder(&notificationFromJson)
            << u"data.booking_id"_s;
    const QJsonObject page =
            toJson(NotificationList{ { { sampleNotification(), sampleNotification() }, 2 }, 1 });
    QTest::newRow("notifications page item without title")
            << replacedAt(page, u"items/1/title"_s, QJsonValue::Undefined)
            << decoder(&notificationListFromJson) << u"items[1].title"_s;
    QTest::newRow("notifications page without unread")
            << without(page, keys::Unread) << decoder(&notificationListFromJson) << u"unread"_s;
    QTest::newRow("device token unknown device_type")
            << QJsonObject{ { keys::Token, u"t"_s },
                            { keys::DeviceType, u"blackberry"_s },
                            { keys::CreatedAt, u"2026-11-24T05:00:00Z"_s } }
            << decoder(&deviceTokenFromJson) << u"device_type"_s;

    const QJsonObject tokens = toJson(TokenPair{ u"a"_s, at(u"2026-11-24T05:15:00Z"_s), u"r"_s,
                                                 at(u"2026-12-24T05:00:00Z"_s) });
    QTest::newRow("token pair of another type") << with(tokens, keys::TokenType, u"mac"_s)
                                                << decoder(&tokenPairFromJson) << u"token_type"_s;
    QTest::newRow("token pair without refresh_token")
            << without(tokens, keys::RefreshToken) << decoder(&tokenPairFromJson)
            << u"refresh_token"_s;

    const QJsonObject error =
            AppError::invalidField(u"email"_s, u"must be an email address"_s).toJson();
    QTest::newRow("error without code") << replacedAt(error, u"error/code"_s, QJsonValue::Undefined)
                                        << decoder(&errorEnvelopeFromJson) << u"error.code"_s;
    QTest::newRow("error field entry without message")
            << replacedAt(error, u"error/details/fields/0/message"_s, QJsonValue::Undefined)
            << decoder(&errorEnvelopeFromJson) << u"error.details.fields[0].message"_s;
    QTest::newRow("not an error envelope") << QJsonObject{ { keys::Message, u"oops"_s } }
                                           << decoder(&errorEnvelopeFromJson) << u"error"_s;

    QTest::newRow("precheck refusal without its error")
            << QJsonObject{ { keys::Ok, false } } << decoder(&precheckResultFromJson) << u"error"_s;
    QTest::newRow("outbox event unknown state")
            << with(toJson(makeEvent(u"user.banned"_s, {}, at(u"2026-11-24T05:00:00Z"_s))),
                    keys::State, u"lost"_s)
            << decoder(&outboxEventFromJson) << u"state"_s;

    const QJsonObject stats = toJson(sampleStats());
    QTest::newRow("stats from not a date") << with(stats, keys::From, u"2030-3-25"_s)
                                           << decoder(&coworkingStatsFromJson) << u"from"_s;
    QTest::newRow("stats spot without booked minutes")
            << replacedAt(stats, u"by_spot/1/booked_minutes"_s, QJsonValue::Undefined)
            << decoder(&coworkingStatsFromJson) << u"by_spot[1].booked_minutes"_s;
    QTest::newRow("stats hour utilisation a string")
            << replacedAt(stats, u"by_hour/3/utilisation"_s, u"half"_s)
            << decoder(&coworkingStatsFromJson) << u"by_hour[3].utilisation"_s;

    const QJsonObject snapshot = toJson(LiveMessage{ 1, sampleSnapshot() }, true);
    QTest::newRow("live message without seq")
            << without(snapshot, keys::Seq) << decoder(&liveMessageFromJson) << u"seq"_s;
    QTest::newRow("live message of an unknown type")
            << with(snapshot, keys::Type, u"hello"_s) << decoder(&liveMessageFromJson) << u"type"_s;
    QTest::newRow("live snapshot spot map height null")
            << replacedAt(snapshot, u"spots/0/map/height"_s, QJsonValue::Null)
            << decoder(&liveMessageFromJson) << u"spots[0].map.height"_s;
    QTest::newRow("live snapshot window without until")
            << replacedAt(snapshot, u"window/until"_s, QJsonValue::Undefined)
            << decoder(&liveMessageFromJson) << u"window.until"_s;
    const QJsonObject change = toJson(LiveMessage{ 2, sampleBookingChange() }, true);
    QTest::newRow("live change booking without spot_id")
            << replacedAt(change, u"booking/spot_id"_s, QJsonValue::Undefined)
            << decoder(&liveMessageFromJson) << u"booking.spot_id"_s;
    QTest::newRow("live change previous malformed")
            << replacedAt(change, u"previous/time_from"_s, u"yesterday"_s)
            << decoder(&liveMessageFromJson) << u"previous.time_from"_s;
}

void TestCodecs::malformed()
{
    QFETCH(QJsonObject, json);
    QFETCH(Decoder, decode);
    QFETCH(QString, field);
    const std::optional<DecodeError> error = decode(json);
    QVERIFY2(error.has_value(), "decoded a malformed document");
    QCOMPARE(error->field, field);
    QVERIFY(!error->message.isEmpty());
}

void TestCodecs::listsAndPages()
{
    const QJsonArray spots{ toJson(sampleSpot()), toJson(sampleSpot()) };
    const auto page = pageFromJson(spots, 12, &spotFromJson);
    QVERIFY(page);
    QCOMPARE(page->total, 12);
    QCOMPARE(page->items.size(), 2);
    QVERIFY(page->items.first() == sampleSpot());

    QJsonArray broken = spots;
    broken[1] = replacedAt(spots.at(1).toObject(), u"map/x"_s, u"left"_s);
    DecodeError error;
    QVERIFY(!pageFromJson(broken, 2, &spotFromJson, &error));
    QCOMPARE(error.field, u"[1].map.x"_s);
    broken[1] = 5;
    QVERIFY(!listFromJson(broken, &spotFromJson, &error));
    QCOMPARE(error.field, u"[1]"_s);

    Booking busy;
    busy.spotId = SpotId;
    busy.range = sampleBooking().range;
    const QList<SpotTimeline> timeline{ { SpotId, { busy } }, { OptionId, {} } };
    const auto decoded = timelineFromJson(timelineToJson(timeline, false));
    QVERIFY(decoded);
    QVERIFY(*decoded == timeline);
}

void TestCodecs::errorEnvelopeOfAppError()
{
    // AppError::toJson is the envelope's encoder: what the server sends reads back to its parts.
    const AppError error = AppError::invalidField(u"time_from"_s, u"must have an offset"_s);
    const auto envelope = errorEnvelopeFromJson(error.toJson());
    QVERIFY(envelope);
    QCOMPARE(envelope->code, error.code());
    QCOMPARE(envelope->message, error.message());
    QCOMPARE(envelope->fields, (QList<FieldError>{ { u"time_from"_s, u"must have an offset"_s } }));
    QVERIFY(envelope->extra.isEmpty());
    QCOMPARE(toJson(*envelope), error.toJson());

    // An answer produced outside the mapper may carry no details.
    const auto bare = errorEnvelopeFromJson({ { keys::Error,
                                                QJsonObject{ { keys::Code, u"UPGRADE_REQUIRED"_s },
                                                             { keys::Message, u"x"_s } } } });
    QVERIFY(bare);
    QVERIFY(bare->details.isEmpty());
}

void TestCodecs::liveMessageAsSent()
{
    // The channel serializes a body once and splices type and seq in per socket.
    const LiveBookingChange change = sampleBookingChange();
    const QByteArray body = QJsonDocument(toJson(change, false)).toJson(QJsonDocument::Compact);
    const QByteArray sent = liveMessageBytes(LiveMessageTypes::Booking, 7, body);
    QVERIFY(sent.startsWith(R"({"type":"booking","seq":7,)"));
    QJsonParseError parseError;
    const QJsonObject parsed = QJsonDocument::fromJson(sent, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QCOMPARE(parsed, toJson(LiveMessage{ 7, change }, false));
    const auto decoded = liveMessageFromJson(parsed);
    QVERIFY(decoded);
    QCOMPARE(decoded->seq, 7);
    QVERIFY(std::get<LiveBookingChange>(decoded->body).booking.userId.isEmpty());

    QCOMPARE(liveMessageBytes(LiveMessageTypes::Snapshot, 1, "{}"),
             QByteArray(R"({"type":"snapshot","seq":1})"));

    // The change as the outbox event carries it reads to the same change.
    Booking stored = sampleBooking();
    stored.range = change.booking.range;
    stored.checkedInAt = change.booking.checkedInAt;
    const QJsonObject payload{
        { keys::CoworkingId, CoworkingId },
        { u"actor_id"_s, UserId },
        { keys::Booking, toJson(stored, stored.range.from) },
        { keys::Previous,
          QJsonObject{ { keys::TimeFrom, datetime::toUtcString(change.previous->from) },
                       { keys::TimeUntil, datetime::toUtcString(change.previous->until) },
                       { keys::SpotId, change.previousSpotId } } },
    };
    const auto fromEvent = liveBookingChangeFromEvent(u"booking.rescheduled"_s, payload);
    QVERIFY(fromEvent);
    QVERIFY(*fromEvent == change);
    QVERIFY(!liveBookingChangeFromEvent(u"booking.created"_s, {}));
}

QTEST_APPLESS_MAIN(TestCodecs)
#include "tst_codecs.moc"
