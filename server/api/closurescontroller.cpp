#include "closurescontroller.h"

#include "apirequest.h"
#include "closures/closurejson.h"
#include "closures/closureservice.h"
#include "common/jsonkeys.h"
#include "common/jsonreader.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse ClosuresController::list(ApiRequest &request)
{
    const QList<Closure> closures =
            m_service.list(request.param(u"id"_s), request.optionalQuery(keys::From),
                           request.optionalQuery(keys::Until));
    return ApiResponse::list(toJsonArray(closures, [](const Closure &c) { return toJson(c); }),
                             closures.size());
}

ApiResponse ClosuresController::create(ApiRequest &request)
{
    const ClosureRequest body = ClosureRequest::fromJson(request.jsonObject());
    const bool cancel = request.queryBool(keys::CancelBookings).value_or(false);
    const Closure closure = m_service.create(request.actor(), request.param(u"id"_s), body, cancel);
    const QByteArray location =
            u"/coworkings/%1/closures/%2"_s.arg(closure.coworkingId, closure.id).toUtf8();
    return ApiResponse::created(toJson(closure), location);
}

ApiResponse ClosuresController::remove(ApiRequest &request)
{
    m_service.remove(request.actor(), request.param(u"id"_s), request.param(u"closure_id"_s));
    return ApiResponse::noContent();
}

void ClosuresController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/coworkings/{id}/closures"_s, Access::Optional,
               handlerOf(*this, &ClosuresController::list));
    router.add(u"POST"_s, u"/coworkings/{id}/closures"_s, Access::User,
               handlerOf(*this, &ClosuresController::create));
    router.add(u"DELETE"_s, u"/coworkings/{id}/closures/{closure_id}"_s, Access::User,
               handlerOf(*this, &ClosuresController::remove));
}

} // namespace coworking
