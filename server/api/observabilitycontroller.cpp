#include "observabilitycontroller.h"

#include "common/jsonkeys.h"
#include "router.h"
#include "common/clock.h"
#include "database.h"
#include "metrics.h"

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

ApiResponse ObservabilityController::metrics(ApiRequest &)
{
    return ApiResponse{ 200, m_metrics.scrape(), Metrics::kContentType, {} }.withHeader(
            "Cache-Control", "no-store");
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
