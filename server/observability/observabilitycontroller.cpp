#include "observabilitycontroller.h"

#include "common/clock.h"
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
        {QStringLiteral("runner"), runnerStatus(database)},
    };
    return ApiResponse::json(database ? 200 : 503, body)
        .withHeader("Cache-Control", "no-store");
}

QString ObservabilityController::runnerStatus(bool databaseUp) const
{
    if (!databaseUp)
        return QStringLiteral("unknown");
    try {
        const auto row = m_db.selectOne(
            QStringLiteral("SELECT MAX(beat_at) AS beat_at FROM runner_heartbeats"));
        const QDateTime last = row ? Database::toDateTime(row->value(0)) : QDateTime();
        if (!last.isValid())
            return QStringLiteral("absent");
        return last.secsTo(m_clock.now()) < 3 * qint64(m_heartbeatSeconds)
                   ? QStringLiteral("ok")
                   : QStringLiteral("stale");
    } catch (const std::exception &) {
        return QStringLiteral("unknown");
    }
}

ApiResponse ObservabilityController::metrics(ApiRequest &)
{
    return ApiResponse{200, m_metrics.scrape(), Metrics::kContentType, {}}
        .withHeader("Cache-Control", "no-store");
}

} // namespace coworking
