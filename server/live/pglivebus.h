#pragma once

#include "database.h"
#include "events/eventpublisher.h"
#include "liveconfig.h"
#include "liveevent.h"

#include <QList>

#include <memory>
#include <mutex>

class QThread;

namespace coworking {

class LiveHub;
class Metrics;

// Live changes across server instances through PostgreSQL LISTEN/NOTIFY. A dedicated thread
// holds its own connection: it LISTENs on channel `coworking_live` and hands what arrives to
// the hub (every instance's own changes come back this way too), and it sends the events
// published on any thread with pg_notify on that same connection, after their transaction
// committed, in as few NOTIFYs as fit. A heartbeat NOTIFY to itself detects a connection that
// went silent (a database restart); it is then reopened with backoff, and once it listens again
// every subscriber gets a fresh snapshot.
//
// Usable by any process with a DatabaseConfig: without a hub (the runner) it only publishes.
class PgLiveBus final : public EventPublisher
{
    Q_DISABLE_COPY_MOVE(PgLiveBus)
public:
    static constexpr const char *kChannel = "coworking_live";

    PgLiveBus(DatabaseConfig database, LiveConfig config, LiveHub *hub, Metrics *metrics);
    ~PgLiveBus() override;

    // Starts the thread; connecting happens there (and is retried), so this never blocks long.
    void start();
    void stop();

    void publish(const QList<OutboxEvent> &committed) override;

private:
    class Listener;
    friend class Listener;

    // Events waiting for the listener thread; it takes them all at once (one batch).
    QList<LiveEvent> takeQueue();
    void requeue(const QList<LiveEvent> &events);

    DatabaseConfig m_database;
    LiveConfig m_config;
    LiveHub *m_hub;
    Metrics *m_metrics;
    QThread *m_thread = nullptr;
    Listener *m_listener = nullptr;
    std::mutex m_mutex; // guards m_queue, m_flushPosted
    QList<LiveEvent> m_queue;
    bool m_flushPosted = false;
};

} // namespace coworking
