#include "observabilitycontroller.h"

#include "router.h"
#include "common/clock.h"
#include "database.h"
#include "common/jsonkeys.h"
#include "metrics.h"

#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse ObservabilityController::health(ApiRequest &)
{
    // ping() reconnects a broken connection, so the probe also heals this worker.
    const bool database = m_db.ping();
    const QJsonObject body{
        { keys::Status, database ? u"ok"_s : u"unavailable"_s },
        { keys::Database, database ? u"ok"_s : u"unreachable"_s },
        { keys::Runner, runnerStatus(database) },
    };
    return ApiResponse::json(database ? 200 : 503, body).withHeader("Cache-Control", "no-store");
}

QString ObservabilityController::runnerStatus(bool databaseUp) const
{
    if (!databaseUp)
        return u"unknown"_s;
    try {
        const auto row = m_db.selectOne(u"SELECT MAX(beat_at) AS beat_at FROM runner_heartbeats"_s);
        const QDateTime last = row ? Database::toDateTime(row->value(0)) : QDateTime();
        if (!last.isValid())
            return u"absent"_s;
        return last.secsTo(m_clock.now()) < 3 * qint64(m_heartbeatSeconds) ? u"ok"_s : u"stale"_s;
    } catch (const std::exception &) {
        return u"unknown"_s;
    }
}

namespace {

void gauge(QByteArray &out, const char *name, const char *help, double value)
{
    out += QByteArray("# HELP ") + name + ' ' + help + "\n# TYPE " + name + " gauge\n" + name + ' '
            + QByteArray::number(value, 'g', 12) + '\n';
}

} // namespace

QByteArray ObservabilityController::databaseGauges() const
{
    // The runner has no HTTP port of its own: what Prometheus must know about it (alive, lagging,
    // giving up on events) is read here from the tables it writes, so any server instance reports
    // it. Ages are computed here rather than in SQL: the two databases store times differently.
    QByteArray out;
    const bool up = m_db.ping();
    gauge(out, "coworking_database_up", "1 when this instance's database connection answers.",
          up ? 1 : 0);
    if (!up)
        return out;
    try {
        const QDateTime now = m_clock.now();
        const auto beat = m_db.selectOne(u"SELECT MAX(beat_at) AS beat_at, "
                                         "COUNT(*) AS runners FROM runner_heartbeats"_s);
        const QDateTime last = beat ? Database::toDateTime(beat->value(0)) : QDateTime();
        int alive = 0;
        for (const QSqlRecord &row : m_db.select(u"SELECT beat_at FROM runner_heartbeats"_s)) {
            if (Database::toDateTime(row.value(0)).secsTo(now) < 3 * qint64(m_heartbeatSeconds))
                ++alive;
        }
        gauge(out, "coworking_runners_alive",
              "Runners whose last heartbeat is younger than three heartbeat intervals.", alive);
        if (last.isValid())
            gauge(out, "coworking_runner_last_heartbeat_age_seconds",
                  "Seconds since the newest runner heartbeat (absent: no runner registered).",
                  double(last.msecsTo(now)) / 1000.0);

        const auto counts = m_db.selectOne(
                u"SELECT SUM(CASE WHEN state = 'pending' THEN 1 ELSE 0 END) AS pending, "
                "SUM(CASE WHEN state = 'dead' THEN 1 ELSE 0 END) AS dead, "
                "MIN(CASE WHEN state = 'pending' THEN next_attempt_at END) AS oldest "
                "FROM outbox_events WHERE state IN ('pending', 'dead')"_s);
        gauge(out, "coworking_outbox_pending_events",
              "Outbox events waiting for the runner (due or retrying later).",
              counts ? counts->value(0).toDouble() : 0);
        gauge(out, "coworking_outbox_dead_events",
              "Outbox events the runner gave up on after its last attempt.",
              counts ? counts->value(1).toDouble() : 0);
        const QDateTime oldest = counts ? Database::toDateTime(counts->value(2)) : QDateTime();
        gauge(out, "coworking_outbox_lag_seconds",
              "How long the oldest due pending event has waited for the runner (0: none due).",
              oldest.isValid() ? std::max(0.0, double(oldest.msecsTo(now)) / 1000.0) : 0.0);
    } catch (const std::exception &) {
        // The scrape still answers: coworking_database_up and coworking_db_errors_total tell.
    }
    return out;
}

ApiResponse ObservabilityController::metrics(ApiRequest &)
{
    return ApiResponse{
        200, m_metrics.scrape() + databaseGauges(), Metrics::kContentType, {}
    }.withHeader("Cache-Control", "no-store");
}

void ObservabilityController::registerRoutes(Router &router)
{
    // Probes: public, never throttled; HEAD is registered on its own (the router matches methods
    // exactly) and answered without a body by ApiServer.
    router.add(u"GET"_s, u"/healthcheck"_s, Access::Public,
               handlerOf(*this, &ObservabilityController::health));
    router.add(u"HEAD"_s, u"/healthcheck"_s, Access::Public,
               handlerOf(*this, &ObservabilityController::health));
    router.add(u"GET"_s, u"/metrics"_s, Access::Public,
               handlerOf(*this, &ObservabilityController::metrics));
}

} // namespace coworking
