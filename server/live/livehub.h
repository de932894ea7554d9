#pragma once

#include "events/eventpublisher.h"
#include "liveevent.h"

#include <QList>

#include <atomic>
#include <mutex>

namespace coworking {

class LiveChannel;
class Metrics;

// The process's register of live channels (one per worker thread, each owning its sockets).
// Changes and resync requests arrive on any thread and are posted to every channel as queued
// calls, so each channel touches its sockets only in its own thread. Thread-safe.
class LiveHub final
{
    Q_DISABLE_COPY_MOVE(LiveHub)
public:
    LiveHub(Metrics &metrics, int maxConnections);

    void addChannel(LiveChannel *channel);
    void removeChannel(LiveChannel *channel); // from the channel's thread, before it dies

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
    QList<LiveChannel *> m_channels;
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
