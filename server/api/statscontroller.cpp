#include "statscontroller.h"

#include "apirequest.h"
#include "common/jsonkeys.h"
#include "router.h"
#include "stats/statsjson.h"
#include "stats/statsservice.h"

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse StatsController::stats(ApiRequest &request)
{
    const CoworkingStats stats =
            m_service.stats(request.actor(), request.param(u"id"_s),
                            request.optionalQuery(keys::From), request.optionalQuery(keys::Until));
    return ApiResponse::ok(toJson(stats));
}

void StatsController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/coworkings/{id}/stats"_s, Access::User,
               handlerOf(*this, &StatsController::stats));
}

} // namespace coworking
