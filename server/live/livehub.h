#pragma once

#include "events/eventpublisher.h"
#include "liveevent.h"

#include <QList>
#include <QObject>

#include <atomic>
#include <mutex>

namespace coworking {

class Metrics;

// What the hub posts changes to: one per worker thread (the WebSocket endpoint's channel of that
// thread), called in the thread it lives in only.
class LiveListener : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    virtual void onEvents(const QList<LiveEvent> &events) = 0;
    // A fresh snapshot for every subscriber.
    virtual void resyncAll() = 0;
};

// The process's register of live listeners (one per worker thread, each owning its sockets).
// Changes and resync requests arrive on any thread and are posted to every channel as queued
// calls, so each channel touches its sockets only in its own thread. Thread-safe.
class LiveHub final
{
    Q_DISABLE_COPY_MOVE(LiveHub)
public:
    LiveHub(Metrics &metrics, int maxConnections);

    void addChannel(LiveListener *channel);
    void removeChannel(LiveListener *channel); // from the channel's thread, before it dies

    void deliver(const QList<LiveEvent> &events);
    // Every subscriber gets a fresh snapshot: changes may have been lost (LISTEN reconnected).
    void resync();

    // The per-process cap of live sockets.
    bool tryAcquireConnection();
    void releaseConnection();
    int connections() const { return m_connections.load(std::memory_order_relaxed); }

    Metrics &metrics() { return m_metrics; }

private:
    Metrics &m_metrics;
    const int m_maxConnections;
    std::atomic<int> m_connections{ 0 };
    std::mutex m_mutex; // guards m_channels; held while posting, so no post follows a removal
    QList<LiveListener *> m_channels;
};

// The publisher of a single process (SQLite): committed events go straight to the hub.
class LocalLivePublisher final : public EventPublisher
{
public:
    explicit LocalLivePublisher(LiveHub &hub) : m_hub(hub) { }
    void publish(const QList<OutboxEvent> &committed) override;

private:
    LiveHub &m_hub;
};

} // namespace coworking
