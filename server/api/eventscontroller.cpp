#include "eventscontroller.h"

#include "router.h"
#include "common/apperror.h"
#include "events/eventadminservice.h"
#include "apirequest.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse EventsController::list(ApiRequest &request)
{
    EventFilter filter;
    const QString state = request.query(u"state"_s);
    if (!state.isEmpty()) {
        filter.state = eventStateFromString(state);
        if (!filter.state) {
            throw AppError::invalidField(u"state"_s, u"must be pending, done or dead"_s);
        }
    }
    filter.type = request.query(u"type"_s);
    const Page<OutboxEvent> page = m_service.list(request.actor(), filter, request.page());
    QJsonArray items;
    for (const OutboxEvent &event : page.items)
        items.append(toJson(event));
    return ApiResponse::list(items, page.total);
}

ApiResponse EventsController::retry(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.retry(request.actor(), request.param(u"id"_s))));
}

void EventsController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/admin/events"_s, Access::User,
               handlerOf(*this, &EventsController::list));
    router.add(u"POST"_s, u"/admin/events/{id}/retry"_s, Access::User,
               handlerOf(*this, &EventsController::retry));
}

} // namespace coworking
