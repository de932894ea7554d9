#include "observabilitycontroller.h"

#include "db/database.h"
#include "metrics.h"

namespace coworking {

ApiResponse ObservabilityController::health(ApiRequest &)
{
    // ping() reconnects a broken connection, so the probe also heals this worker.
    const bool database = m_db.ping();
    const QJsonObject body{
        {QStringLiteral("status"),
         database ? QStringLiteral("ok") : QStringLiteral("unavailable")},
        {QStringLiteral("database"),
         database ? QStringLiteral("ok") : QStringLiteral("unreachable")},
        {QStringLiteral("runner"), runnerStatus()},
    };
    return ApiResponse::json(database ? 200 : 503, body)
        .withHeader("Cache-Control", "no-store");
}

ApiResponse ObservabilityController::metrics(ApiRequest &)
{
    return ApiResponse{200, m_metrics.scrape(), Metrics::kContentType, {}}
        .withHeader("Cache-Control", "no-store");
}

} // namespace coworking
