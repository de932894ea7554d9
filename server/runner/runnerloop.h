#pragma once

#include "database.h"
#include "runnerconfig.h"

#include <QMutex>
#include <QWaitCondition>

#include <atomic>

class QThread;

namespace coworking {

class Clock;
class EventPublisher;
class PushGateway;

// A runner working until told to stop: passes of EventRunner::runOnce() separated by the poll
// interval, heartbeats, and errors (a database that went away) logged and retried on the next
// pass. run() opens its own connection on the calling thread.
class RunnerLoop final
{
    Q_DISABLE_COPY_MOVE(RunnerLoop)
public:
    RunnerLoop(DatabaseConfig database, PushGateway &push, EventPublisher &publisher,
               const Clock &clock, const RunnerConfig &config);

    void run();
    // Thread-safe: the batch at hand is finished, then run() returns.
    void requestStop();

private:
    bool waitForNextPass(int milliseconds);

    DatabaseConfig m_database;
    PushGateway &m_push;
    EventPublisher &m_publisher;
    const Clock &m_clock;
    RunnerConfig m_config;
    std::atomic<bool> m_stop{ false };
    QMutex m_mutex;
    QWaitCondition m_wake;
};

// A RunnerLoop on a thread of its own (inside coworking-server, or coworking-runner's worker).
class RunnerThread final
{
    Q_DISABLE_COPY_MOVE(RunnerThread)
public:
    RunnerThread(DatabaseConfig database, PushGateway &push, EventPublisher &publisher,
                 const Clock &clock, const RunnerConfig &config);
    ~RunnerThread(); // stop()s

    void start();
    void stop(); // graceful; waits for the thread

private:
    RunnerLoop m_loop;
    QThread *m_thread = nullptr;
};

} // namespace coworking
