#include "runnerloop.h"

#include "eventrunner.h"

#include <QLoggingCategory>
#include <QMutexLocker>
#include <QThread>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcRunner)

namespace coworking {

RunnerLoop::RunnerLoop(DatabaseConfig database, PushGateway &push, EventPublisher &publisher,
                       const Clock &clock, const RunnerConfig &config)
    : m_database(std::move(database)),
      m_push(push),
      m_publisher(publisher),
      m_clock(clock),
      m_config(config)
{
}

void RunnerLoop::run()
{
    Database db(m_database, u"runner"_s);
    EventRunner runner(db, m_push, m_publisher, m_clock, m_config);
    qCInfo(lcRunner).noquote() << "runner" << runner.id() << "started on" << m_database.describe();
    bool failing = false;
    while (!m_stop.load()) {
        try {
            runner.beatIfDue();
            const EventRunner::Stats s = runner.runOnce(&m_stop);
            if (s.total() > 0)
                qCDebug(lcRunner) << "pass: expired" << s.expired << "released" << s.released
                                  << "reminded" << s.reminded << "handled" << s.handled << "failed"
                                  << s.failed << "dead" << s.dead;
            if (failing)
                qCInfo(lcRunner) << "runner recovered";
            failing = false;
        } catch (const std::exception &) {
            // The database is away (AppError 503); the next pass reconnects. Log once per outage.
            if (!failing)
                qCWarning(lcRunner) << "runner pass failed; retrying every"
                                    << m_config.pollMilliseconds << "ms";
            failing = true;
        }
        if (!waitForNextPass(m_config.pollMilliseconds))
            break;
    }
    try {
        runner.retire();
    } catch (const std::exception &) {
        // Its heartbeat simply goes stale.
    }
    qCInfo(lcRunner).noquote() << "runner" << runner.id() << "stopped";
}

bool RunnerLoop::waitForNextPass(int milliseconds)
{
    QMutexLocker lock(&m_mutex);
    if (!m_stop.load())
        m_wake.wait(&m_mutex, QDeadlineTimer(milliseconds));
    return !m_stop.load();
}

void RunnerLoop::requestStop()
{
    QMutexLocker lock(&m_mutex);
    m_stop = true;
    m_wake.wakeAll();
}

RunnerThread::RunnerThread(DatabaseConfig database, PushGateway &push, EventPublisher &publisher,
                           const Clock &clock, const RunnerConfig &config)
    : m_loop(std::move(database), push, publisher, clock, config)
{
}

RunnerThread::~RunnerThread()
{
    stop();
}

void RunnerThread::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this] { m_loop.run(); });
    m_thread->setObjectName(u"runner"_s);
    m_thread->start();
}

void RunnerThread::stop()
{
    if (!m_thread)
        return;
    m_loop.requestStop();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

} // namespace coworking
