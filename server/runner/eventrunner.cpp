#include "eventrunner.h"

#include "bookingeventhandler.h"
#include "bookingjobs.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "database.h"
#include "sqloutbox.h"
#include "notifications/eventnotifier.h"
#include "sqldevicetokenrepository.h"
#include "sqlnotificationrepository.h"
#include "sqlpushdeliveryrepository.h"
#include "sqleventqueue.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSysInfo>
#include <QUuid>

Q_LOGGING_CATEGORY(lcRunner, "coworking.runner")

using namespace Qt::StringLiterals;

namespace coworking {

struct EventRunner::Parts
{
    Parts(Database &db, PushGateway &push, EventPublisher &publisher, const Clock &clock)
        : outbox(db, publisher),
          notifications(db),
          devices(db),
          deliveries(db),
          notifier(notifications, devices, deliveries, push, clock),
          handler(db, notifier),
          queue(db),
          jobs(db, outbox)
    {
    }

    SqlOutbox outbox;
    SqlNotificationRepository notifications;
    SqlDeviceTokenRepository devices;
    SqlPushDeliveryRepository deliveries;
    EventNotifier notifier;
    BookingEventHandler handler;
    SqlEventQueue queue;
    BookingJobs jobs;
};

EventRunner::Stats &EventRunner::Stats::operator+=(const Stats &o)
{
    expired += o.expired;
    reminded += o.reminded;
    released += o.released;
    handled += o.handled;
    failed += o.failed;
    dead += o.dead;
    lost += o.lost;
    return *this;
}

int EventRunner::Stats::total() const
{
    return expired + reminded + released + handled + failed + dead + lost;
}

EventRunner::EventRunner(Database &db, PushGateway &push, EventPublisher &publisher,
                         const Clock &clock, const RunnerConfig &config, QString runnerId)
    : m_db(db),
      m_clock(clock),
      m_config(config),
      m_id(std::move(runnerId)),
      m_startedAt(clock.now()),
      m_parts(std::make_unique<Parts>(db, push, publisher, clock))
{
}

EventRunner::~EventRunner() = default;

QString EventRunner::newRunnerId()
{
    return QSysInfo::machineHostName() + u'-' + QString::number(QCoreApplication::applicationPid())
            + u'-' + QUuid::createUuid().toString(QUuid::WithoutBraces).left(8);
}

EventRunner::Stats EventRunner::runJobs()
{
    const QDateTime now = m_clock.now();
    Stats stats;
    // Expiry first: a booking that has ended is expired, not released as a no-show.
    stats.expired = m_parts->jobs.expireEnded(now);
    stats.released = m_parts->jobs.releaseNoShows(now);
    stats.reminded = m_parts->jobs.remindUpcoming(now, m_config.reminderLeadMinutes);
    return stats;
}

EventRunner::Stats EventRunner::deliverBatch()
{
    const QDateTime now = m_clock.now();
    const QList<OutboxEvent> events =
            m_parts->queue.claim(m_id, now, now.addSecs(m_config.leaseSeconds), m_config.batchSize);
    Stats stats;
    for (const OutboxEvent &event : events)
        handle(event, stats);
    return stats;
}

void EventRunner::handle(const OutboxEvent &event, Stats &stats)
{
    QString error;
    try {
        const BookingEventHandler::Outcome outcome = m_parts->handler.handle(event);
        if (outcome.failed > 0)
            error = u"%1 push(es) failed"_s.arg(outcome.failed);
    } catch (const AppError &e) {
        error = e.message();
    } catch (const ConstraintViolation &v) {
        error = u"constraint violation "_s + v.sqlState;
    } catch (const std::exception &e) {
        error = QString::fromLocal8Bit(e.what());
    }
    const QDateTime now = m_clock.now();
    if (error.isEmpty()) {
        if (m_parts->queue.markDone(event.id, m_id, now))
            ++stats.handled;
        else
            ++stats.lost;
        return;
    }
    const int attempts = event.attempts + 1;
    const bool dead = attempts >= m_config.maxAttempts;
    const QDateTime retryAt = now.addSecs(m_config.backoffSeconds(attempts));
    if (!m_parts->queue.markFailed(event.id, m_id, error, retryAt, dead)) {
        ++stats.lost;
        return;
    }
    if (dead) {
        ++stats.dead;
        qCWarning(lcRunner).noquote() << "event" << event.id << event.type << "is dead after"
                                      << attempts << "attempt(s):" << error;
    } else {
        ++stats.failed;
        qCInfo(lcRunner).noquote()
                << "event" << event.id << event.type << "failed (attempt" << attempts
                << "), retry at" << retryAt.toString(Qt::ISODate) << ':' << error;
    }
}

EventRunner::Stats EventRunner::runOnce(const std::atomic<bool> *stop)
{
    Stats stats = runJobs();
    for (;;) {
        beatIfDue();
        if (stop && stop->load())
            break;
        const Stats batch = deliverBatch();
        stats += batch;
        // A short batch means nothing more is due now (failures wait for their backoff).
        if (batch.handled + batch.failed + batch.dead + batch.lost < m_config.batchSize)
            break;
    }
    return stats;
}

void EventRunner::beat()
{
    const QDateTime now = m_clock.now();
    m_db.execute(u"INSERT INTO runner_heartbeats (runner_id, hostname, pid, started_at, beat_at) "
                 "VALUES (?, ?, ?, ?, ?) ON CONFLICT (runner_id) DO UPDATE "
                 "SET beat_at = excluded.beat_at"_s,
                 { m_id, QSysInfo::machineHostName(), QCoreApplication::applicationPid(),
                   m_db.timestamp(m_startedAt), m_db.timestamp(now) });
    m_sinceBeat.start();
}

void EventRunner::beatIfDue()
{
    if (!m_sinceBeat.isValid() || m_sinceBeat.elapsed() >= qint64(m_config.heartbeatSeconds) * 1000)
        beat();
}

void EventRunner::retire()
{
    m_db.execute(u"DELETE FROM runner_heartbeats WHERE runner_id = ?"_s, { m_id });
}

} // namespace coworking
