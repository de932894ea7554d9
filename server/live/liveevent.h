#pragma once

#include "events/outboxevent.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace coworking {

// A committed change as live subscribers need it; what instances pass each other over NOTIFY.
struct LiveEvent
{
    QString type; // outbox event type (booking.*, spot.status_changed)
    QString coworkingId;
    QJsonObject payload; // the outbox payload; empty when it was too large to pass on
    bool truncated() const { return payload.isEmpty(); }
};

// The outbox events that change a floor map (booking.*, except reminders, and spot status).
QList<LiveEvent> liveEvents(const QList<OutboxEvent> &events);

// PostgreSQL refuses NOTIFY payloads of 8000 bytes or more: events are packed into as few
// payloads below this as possible; an event too large alone travels as {type, coworking_id}
// and its receivers send a fresh snapshot instead.
constexpr qsizetype kMaxNotifyBytes = 7900;
QList<QByteArray> encodeNotifications(const QList<LiveEvent> &events);
// Either events, or a heartbeat token (`ping`), or nothing for a payload it does not know.
struct LiveNotification
{
    QList<LiveEvent> events;
    QString ping;
};
std::optional<LiveNotification> decodeNotification(const QByteArray &payload);
QByteArray encodePing(const QString &token);

} // namespace coworking
