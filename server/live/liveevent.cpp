#include "liveevent.h"

#include <QJsonArray>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

bool isLiveType(const QString &type)
{
    return type == EventTypes::BookingCreated || type == EventTypes::BookingRescheduled
            || type == EventTypes::BookingCancelled || type == EventTypes::BookingCheckedIn
            || type == EventTypes::BookingExpired || type == EventTypes::SpotStatusChanged;
}

QJsonObject toJson(const LiveEvent &e, bool withPayload)
{
    QJsonObject o{ { u"type"_s, e.type }, { u"coworking_id"_s, e.coworkingId } };
    if (withPayload)
        o.insert(u"payload"_s, e.payload);
    return o;
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

} // namespace

QList<LiveEvent> liveEvents(const QList<OutboxEvent> &events)
{
    QList<LiveEvent> result;
    for (const OutboxEvent &e : events) {
        if (isLiveType(e.type) && !e.coworkingId().isEmpty())
            result.append(LiveEvent{ e.type, e.coworkingId(), e.payload });
    }
    return result;
}

QList<QByteArray> encodeNotifications(const QList<LiveEvent> &events)
{
    // {"e":[event, ...]}: the wrapper costs 8 bytes, each further event a comma.
    QList<QByteArray> payloads;
    QByteArray current;
    for (const LiveEvent &e : events) {
        QByteArray one = compact(toJson(e, true));
        if (one.size() + 8 > kMaxNotifyBytes)
            one = compact(toJson(e, false));
        if (!current.isEmpty() && current.size() + one.size() + 9 > kMaxNotifyBytes) {
            payloads.append("{\"e\":[" + current + "]}");
            current.clear();
        }
        if (!current.isEmpty())
            current += ',';
        current += one;
    }
    if (!current.isEmpty())
        payloads.append("{\"e\":[" + current + "]}");
    return payloads;
}

QByteArray encodePing(const QString &token)
{
    return compact(QJsonObject{ { u"ping"_s, token } });
}

std::optional<LiveNotification> decodeNotification(const QByteArray &payload)
{
    const QJsonObject root = QJsonDocument::fromJson(payload).object();
    LiveNotification n;
    if (root.contains(u"ping"_s)) {
        n.ping = root.value(u"ping"_s).toString();
        return n;
    }
    if (!root.value(u"e"_s).isArray())
        return std::nullopt;
    for (const QJsonValue v : root.value(u"e"_s).toArray()) {
        const QJsonObject o = v.toObject();
        LiveEvent e{ o.value(u"type"_s).toString(), o.value(u"coworking_id"_s).toString(),
                     o.value(u"payload"_s).toObject() };
        if (!e.type.isEmpty() && !e.coworkingId.isEmpty())
            n.events.append(e);
    }
    return n;
}

} // namespace coworking
