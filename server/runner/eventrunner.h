#pragma once

#include "runnerconfig.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QString>

#include <atomic>
#include <memory>

namespace coworking {

class Clock;
class Database;
class EventPublisher;
class PushGateway;
struct OutboxEvent;

// One runner's work on one database connection (its thread's): the time-driven booking jobs,
// then the delivery of due outbox events in leased batches, and a heartbeat. Tests drive it
// pass by pass with a ManualClock; RunnerLoop drives it for real.
class EventRunner final
{
    Q_DISABLE_COPY_MOVE(EventRunner)
public:
    // `publisher` learns of the events the jobs commit (live views); `push` must be thread-safe.
    EventRunner(Database &db, PushGateway &push, EventPublisher &publisher, const Clock &clock,
                const RunnerConfig &config, QString runnerId = newRunnerId());
    ~EventRunner();

    struct Stats
    {
        int expired = 0;
        int reminded = 0;
        int released = 0;
        int handled = 0; // events marked done
        int failed = 0; // events that will be retried
        int dead = 0; // events that failed for the last time
        int lost = 0; // events whose lease ran out before they were marked
        Stats &operator+=(const Stats &other);
        int total() const;
    };

    // expire, release no-shows, remind; each catches up on everything due.
    Stats runJobs();
    // Claims one batch of due events and handles it.
    Stats deliverBatch();
    // runJobs(), then batches until none is due or `stop` becomes true (checked between
    // batches, so the batch at hand is finished). Heartbeats when due.
    Stats runOnce(const std::atomic<bool> *stop = nullptr);

    // Upserts this runner's row in runner_heartbeats; beatIfDue() only every heartbeat interval.
    void beat();
    void beatIfDue();
    // Deletes this runner's heartbeat (a graceful stop).
    void retire();

    const QString &id() const { return m_id; }
    // hostname-pid-random: unique per process start, readable in the heartbeats table.
    static QString newRunnerId();

private:
    struct Parts;
    void handle(const OutboxEvent &event, Stats &stats);

    Database &m_db;
    const Clock &m_clock;
    RunnerConfig m_config;
    QString m_id;
    QDateTime m_startedAt;
    QElapsedTimer m_sinceBeat;
    std::unique_ptr<Parts> m_parts;
};

} // namespace coworking
