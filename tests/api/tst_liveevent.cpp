// What instances pass each other over NOTIFY (server/live/liveevent.h): only floor-changing
// events, packed into payloads under PostgreSQL's 8000-byte limit, an event too large alone sent
// without its payload (receivers re-read the state), and a heartbeat token apart.
#include "liveevent.h"

#include <QJsonArray>
#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

OutboxEvent outboxEvent(const QString &type, const QString &coworkingId, qsizetype padding = 0)
{
    QJsonObject payload{ { u"coworking_id"_s, coworkingId },
                         { u"booking"_s, QJsonObject{ { u"id"_s, u"b"_s } } } };
    if (padding > 0)
        payload.insert(u"reason"_s, QString(padding, u'x'));
    return makeEvent(type, payload, QDateTime::currentDateTimeUtc());
}

} // namespace

class TestLiveEvent : public QObject
{
    Q_OBJECT

private slots:
    void onlyFloorChangesAreLive()
    {
        const QList<LiveEvent> live = liveEvents(
                { outboxEvent(EventTypes::BookingCreated, u"c1"_s),
                  outboxEvent(EventTypes::BookingReminder, u"c1"_s),
                  userBannedEvent(u"u"_s, EventOrigin{ {}, QDateTime::currentDateTimeUtc() }),
                  outboxEvent(EventTypes::BookingCancelled, u"c2"_s) });
        QCOMPARE(live.size(), 2);
        QCOMPARE(live.at(0).type, EventTypes::BookingCreated);
        QCOMPARE(live.at(1).coworkingId, u"c2"_s);
    }

    void packedUnderTheNotifyLimit()
    {
        QList<OutboxEvent> events;
        for (int i = 0; i < 60; ++i)
            events.append(outboxEvent(EventTypes::BookingCreated, u"c1"_s, 300));
        events.append(outboxEvent(EventTypes::BookingCancelled, u"c1"_s, 9000)); // too large alone
        const QList<QByteArray> payloads = encodeNotifications(liveEvents(events));
        QVERIFY(payloads.size() > 1);
        qsizetype decoded = 0;
        QList<LiveEvent> all;
        for (const QByteArray &p : payloads) {
            QVERIFY2(p.size() < kMaxNotifyBytes, p.left(80).constData());
            const auto n = decodeNotification(p);
            QVERIFY(n);
            QVERIFY(n->ping.isEmpty());
            decoded += n->events.size();
            all += n->events;
        }
        QCOMPARE(decoded, 61);
        QVERIFY(!all.first().truncated());
        QCOMPARE(all.first().payload.value(u"reason"_s).toString().size(), 300);
        QVERIFY(all.last().truncated());
        QCOMPARE(all.last().type, EventTypes::BookingCancelled);
        QCOMPARE(all.last().coworkingId, u"c1"_s);
    }

    void pingsAndNoise()
    {
        const auto ping = decodeNotification(encodePing(u"instance/7"_s));
        QVERIFY(ping);
        QCOMPARE(ping->ping, u"instance/7"_s);
        QVERIFY(!decodeNotification("not json"));
        QVERIFY(!decodeNotification(R"({"other":1})"));
    }
};

QTEST_GUILESS_MAIN(TestLiveEvent)
#include "tst_liveevent.moc"
