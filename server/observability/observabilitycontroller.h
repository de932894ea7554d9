#pragma once

#include "http/apiresponse.h"

#include <QtGlobal>

namespace coworking {

class ApiRequest;
class Database;
class Metrics;

// /healthcheck and /metrics (API.md, "Storage, health, metrics, docs, live"). Not a module with a
// service: it reports on the process itself, using the worker's own database connection.
class ObservabilityController final
{
    Q_DISABLE_COPY_MOVE(ObservabilityController)
public:
    ObservabilityController(Database &db, const Metrics &metrics) : m_db(db), m_metrics(metrics) { }

    // GET and HEAD: 200 when the database answers, 503 when it cannot be reached.
    ApiResponse health(ApiRequest &request);
    // Prometheus text exposition format 0.0.4.
    ApiResponse metrics(ApiRequest &request);

private:
    // "absent" until a runner process exists; its heartbeat will fill this in.
    QString runnerStatus() const { return QStringLiteral("absent"); }

    Database &m_db;
    const Metrics &m_metrics;
};

} // namespace coworking
