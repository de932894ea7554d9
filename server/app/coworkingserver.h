#pragma once

#include "database.h"
#include "events/eventpublisher.h"
#include "serverconfig.h"

#include <QList>
#include <QString>

#include <atomic>
#include <memory>

class QThread;

namespace coworking {

class Clock;
class FileStorage;
class JwtCodec;
class LiveHub;
class LocalLivePublisher;
class PgLiveBus;
class RateLimit;
class Metrics;
class PasswordHasher;
class PushGateway;
class RunnerThread;
class Worker;

// What every worker thread shares; each piece is thread-safe.
struct SharedState
{
    const ServerConfig &config;
    DatabaseConfig database;
    const Clock &clock;
    const JwtCodec &jwt;
    PasswordHasher &hasher;
    std::atomic<int> &openConnections;
    Metrics &metrics;
    PushGateway &push;
    FileStorage &storage; // uploads, in <data-dir>/storage
    EventPublisher &events; // committed outbox events, for live subscribers
    LiveHub &live; // this process's live subscribers, one channel per worker
    QString dummyPasswordHash = {}; // AuthService's, made once for all workers
    QMutex *sqliteWriteLock = nullptr; // shared by the workers' SQLite connections
    RateLimit *registrations = nullptr; // per client address, always set by start()
    RateLimit *logins = nullptr; // successful ones, per client address
};

// The server process: N worker threads, each with its own QHttpServer on a shared
// SO_REUSEPORT port, its own database connection and its own prepared statements.
class CoworkingServer final
{
    Q_DISABLE_COPY_MOVE(CoworkingServer)
public:
    CoworkingServer(ServerConfig config, const Clock &clock);
    ~CoworkingServer();

    // Migrates the database and starts listening (and, with config.runner.mode Embedded and at
    // least one worker thread, the event runner); false with a message on failure.
    bool start(QString *error);
    void stop();
    quint16 port() const { return m_port; }
    const ServerConfig &config() const { return m_config; }
    PasswordHasher &hasher() { return *m_hasher; }
    const DatabaseConfig &database() const { return m_database; }
    Metrics &metrics() { return *m_metrics; }
    // Replaces the push gateway the configuration names; call before start(). The gateway must
    // outlive the server and be thread-safe (every worker sends through it).
    void setPushGateway(PushGateway &gateway) { m_push = &gateway; }
    // Where committed events go besides live availability, which the server always feeds (its
    // own hub with SQLite, LISTEN/NOTIFY with PostgreSQL); nowhere by default. Call before
    // start(); thread-safe, outliving the server.
    void setEventPublisher(EventPublisher &publisher) { m_events = &publisher; }
    LiveHub &liveHub() { return *m_live; }

private:
    ServerConfig m_config;
    DatabaseConfig m_database;
    const Clock &m_clock;
    std::unique_ptr<JwtCodec> m_jwt;
    std::unique_ptr<RateLimit> m_registrations;
    std::unique_ptr<RateLimit> m_logins;
    std::unique_ptr<PasswordHasher> m_hasher;
    std::atomic<int> m_openConnections{ 0 };
    QMutex m_sqliteWriteLock;
    std::unique_ptr<Metrics> m_metrics; // lives as long as the server, across start/stop
    std::unique_ptr<PushGateway> m_configuredPush; // made by start() unless one was set
    PushGateway *m_push = nullptr;
    NullEventPublisher m_noEvents;
    EventPublisher *m_events = &m_noEvents;
    std::unique_ptr<LiveHub> m_live;
    std::unique_ptr<EventPublisher> m_livePublisher; // LocalLivePublisher or PgLiveBus
    std::unique_ptr<EventPublisher> m_publishers; // live, then m_events
    std::unique_ptr<FileStorage> m_storage;
    std::unique_ptr<SharedState> m_shared;
    std::unique_ptr<RunnerThread> m_runner; // config.runner.mode == Embedded, when serving
    QList<QThread *> m_threads;
    quint16 m_port = 0;
};

} // namespace coworking
