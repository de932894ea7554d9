#include "livehub.h"

#include "metrics.h"

namespace coworking {

LiveHub::LiveHub(Metrics &metrics, int maxConnections)
    : m_metrics(metrics), m_maxConnections(maxConnections)
{
}

void LiveHub::addChannel(LiveListener *channel)
{
    const std::lock_guard lock(m_mutex);
    m_channels.append(channel);
}

void LiveHub::removeChannel(LiveListener *channel)
{
    const std::lock_guard lock(m_mutex);
    m_channels.removeAll(channel);
}

void LiveHub::deliver(const QList<LiveEvent> &events)
{
    if (events.isEmpty())
        return;
    const std::lock_guard lock(m_mutex);
    for (LiveListener *channel : std::as_const(m_channels)) {
        QMetaObject::invokeMethod(
                channel, [channel, events] { channel->onEvents(events); }, Qt::QueuedConnection);
    }
}

void LiveHub::resync()
{
    const std::lock_guard lock(m_mutex);
    for (LiveListener *channel : std::as_const(m_channels))
        QMetaObject::invokeMethod(
                channel, [channel] { channel->resyncAll(); }, Qt::QueuedConnection);
}

bool LiveHub::tryAcquireConnection()
{
    if (m_connections.fetch_add(1) >= m_maxConnections) {
        m_connections.fetch_sub(1);
        return false;
    }
    m_metrics.liveConnectionOpened();
    return true;
}

void LiveHub::releaseConnection()
{
    m_connections.fetch_sub(1);
    m_metrics.liveConnectionClosed();
}

void LocalLivePublisher::publish(const QList<OutboxEvent> &committed)
{
    m_hub.deliver(liveEvents(committed));
}

} // namespace coworking
