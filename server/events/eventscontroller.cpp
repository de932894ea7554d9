#include "eventscontroller.h"

#include "common/apperror.h"
#include "events/eventadminservice.h"
#include "http/apirequest.h"

#include <QJsonArray>

namespace coworking {

ApiResponse EventsController::list(ApiRequest &request)
{
    EventFilter filter;
    const QString state = request.query(QStringLiteral("state"));
    if (!state.isEmpty()) {
        filter.state = eventStateFromString(state);
        if (!filter.state) {
            throw AppError::invalidField(QStringLiteral("state"),
                                         QStringLiteral("must be pending, done or dead"));
        }
    }
    filter.type = request.query(QStringLiteral("type"));
    const Page<OutboxEvent> page = m_service.list(request.actor(), filter, request.page());
    QJsonArray items;
    for (const OutboxEvent &event : page.items)
        items.append(toJson(event));
    return ApiResponse::list(items, page.total);
}

ApiResponse EventsController::retry(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.retry(request.actor(), request.param(QStringLiteral("id")))));
}

} // namespace coworking
