#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class Clock;
class Database;
class Metrics;

// /healthcheck and /metrics (openapi.json, "Storage, health, metrics, docs, live"). Not a module
// with a service: it reports on the process itself, using the worker's own database connection.
class ObservabilityController final
{
    Q_DISABLE_COPY_MOVE(ObservabilityController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    // A runner counts as alive while its last heartbeat is younger than three
    // `heartbeatSeconds`.
    ObservabilityController(Database &db, const Metrics &metrics, const Clock &clock,
                            int heartbeatSeconds)
        : m_db(db), m_metrics(metrics), m_clock(clock), m_heartbeatSeconds(heartbeatSeconds)
    {
    }

    // GET and HEAD: 200 when the database answers, 503 when it cannot be reached.
    ApiResponse health(ApiRequest &request);
    // Prometheus text exposition format 0.0.4.
    ApiResponse metrics(ApiRequest &request);

private:
    // From runner_heartbeats: "ok" (a recent beat), "stale" (only old ones: runners died or
    // hang), "absent" (none ever, or all stopped gracefully), "unknown" (no database).
    QString runnerStatus(bool databaseUp) const;
    // Gauges read from the database at scrape: whether it answers, the runners' heartbeats and
    // the outbox (pending, dead, lag).
    QByteArray databaseGauges() const;

    Database &m_db;
    const Metrics &m_metrics;
    const Clock &m_clock;
    int m_heartbeatSeconds;
};

} // namespace coworking
