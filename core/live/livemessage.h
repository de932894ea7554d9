#pragma once

#include "bookings/booking.h"
#include "common/jsonreader.h"
#include "common/timerange.h"
#include "spots/spot.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>
#include <variant>

namespace coworking {

// The messages of the live channel (GET /coworkings/{id}/live): first a snapshot of the floor,
// then one message per change. Every message is {"type", "seq", ...}: `seq` rises by one per
// message on a socket, so a client that sees a gap knows it missed a change and needs a fresh
// snapshot (reconnecting gets one).
//
// A booking on the live channel carries id, spotId, range, status, checkedInAt and, for staff
// of the coworking, userId; the other members stay unset.

// The floor as of `at`: its spots and the active bookings that overlap `window`.
struct LiveSnapshot
{
    QString coworkingId;
    QDateTime at;
    TimeRange window;
    QList<Spot> spots;
    QList<Booking> bookings;

    bool operator==(const LiveSnapshot &) const = default;
};

// A booking was created, rescheduled, cancelled, checked in or expired.
struct LiveBookingChange
{
    QString event; // "created", "rescheduled", "cancelled", "checked_in", "expired"
    QString coworkingId;
    Booking booking;
    QString reason; // why it was cancelled ("user", "staff", "no_show"...); empty otherwise
    std::optional<TimeRange> previous; // a rescheduled booking's times before
    QString previousSpotId; // and its spot before (previous.spot_id; the same when not moved)

    bool operator==(const LiveBookingChange &) const = default;
};

// A spot's own status changed ("active", "inactive", or "deleted" when it left the floor).
struct LiveSpotChange
{
    QString event; // "status_changed"
    QString coworkingId;
    QString spotId;
    QString name;
    QString status;

    bool operator==(const LiveSpotChange &) const = default;
};

struct LiveMessage
{
    qint64 seq = 0;
    std::variant<LiveSnapshot, LiveBookingChange, LiveSpotChange> body;

    bool operator==(const LiveMessage &) const = default;
};

namespace LiveMessageTypes {
inline constexpr QByteArrayView Snapshot("snapshot");
inline constexpr QByteArrayView Booking("booking");
inline constexpr QByteArrayView Spot("spot");
} // namespace LiveMessageTypes

// The members of each message but "type" and "seq", which the channel adds per socket.
// `withUsers` (staff of the coworking) adds each booking's user_id.
QJsonObject toJson(const LiveSnapshot &snapshot, bool withUsers);
QJsonObject toJson(const LiveBookingChange &change, bool withUsers);
QJsonObject toJson(const LiveSpotChange &change);

// One message as sent: "type" and "seq" spliced in front of `body`, a compact JSON object of
// the members above (serialized once, shared by every socket of a coworking).
QByteArray liveMessageBytes(QByteArrayView type, qint64 seq, const QByteArray &body);
// The whole message as one object (tests, and clients that re-send or log it).
QJsonObject toJson(const LiveMessage &message, bool withUsers);

std::optional<LiveMessage> liveMessageFromJson(const QJsonObject &object,
                                               DecodeError *error = nullptr);
// A booking as live messages and outbox event payloads both carry it.
std::optional<Booking> liveBookingFromJson(const QJsonObject &object, DecodeError *error = nullptr);

// The change an outbox event announces, from the event's type ("booking.cancelled") and payload
// (core/events/outboxevent.h); nullopt for a payload that does not read.
std::optional<LiveBookingChange> liveBookingChangeFromEvent(const QString &eventType,
                                                            const QJsonObject &payload);
std::optional<LiveSpotChange> liveSpotChangeFromEvent(const QString &eventType,
                                                      const QJsonObject &payload);

} // namespace coworking
