#include "coworkingscontroller.h"

#include "router.h"
#include "common/jsonwriter.h"
#include "common/page.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingservice.h"
#include "apirequest.h"
#include "users/userjson.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QByteArray locationOf(const Coworking &c)
{
    return QByteArray("/coworkings/") + c.id.toUtf8();
}

} // namespace

ApiResponse CoworkingsController::list(ApiRequest &request)
{
    const Page<Coworking> page = m_service.list(request.query(u"query"_s), request.page());
    QJsonArray items;
    for (const Coworking &c : page.items)
        items.append(toListItemJson(c));
    return ApiResponse::list(items, page.total);
}

ApiResponse CoworkingsController::create(ApiRequest &request)
{
    const CoworkingPatch fields = coworkingPatchFromJson(request.jsonObject(), true);
    const Coworking c = m_service.create(request.actor(), fields);
    return ApiResponse::created(toJson(c), locationOf(c));
}

ApiResponse CoworkingsController::get(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.get(request.param(u"id"_s))));
}

ApiResponse CoworkingsController::update(ApiRequest &request)
{
    const CoworkingPatch changes = coworkingPatchFromJson(request.jsonObject(), false);
    return ApiResponse::ok(
            toJson(m_service.update(request.actor(), request.param(u"id"_s), changes)));
}

ApiResponse CoworkingsController::remove(ApiRequest &request)
{
    const bool force = request.queryBool(u"force"_s).value_or(false);
    m_service.remove(request.actor(), request.param(u"id"_s), force);
    return ApiResponse::noContent();
}

ApiResponse CoworkingsController::managers(ApiRequest &request)
{
    const QList<User> users = m_service.managers(request.actor(), request.param(u"id"_s));
    QJsonArray items;
    for (const User &u : users)
        items.append(toJson(u));
    return ApiResponse::list(items, items.size());
}

ApiResponse CoworkingsController::staffed(ApiRequest &request)
{
    QJsonArray items;
    const QList<StaffedCoworking> staffed = m_service.staffed(request.actor());
    for (const StaffedCoworking &s : staffed)
        items.append(toJson(s));
    return ApiResponse::list(items, items.size());
}

ApiResponse CoworkingsController::addManager(ApiRequest &request)
{
    m_service.addManager(request.actor(), request.param(u"id"_s), request.param(u"user_id"_s));
    return ApiResponse::noContent();
}

ApiResponse CoworkingsController::removeManager(ApiRequest &request)
{
    m_service.removeManager(request.actor(), request.param(u"id"_s), request.param(u"user_id"_s));
    return ApiResponse::noContent();
}

ApiResponse CoworkingsController::timeline(ApiRequest &request)
{
    const Timeline timeline = m_service.timeline(request.actor(), request.param(u"id"_s),
                                                 request.queryDateTime(u"time_from"_s),
                                                 request.queryDateTime(u"time_until"_s));
    // A floor's day: written straight as JSON, not built as QJsonObjects first.
    JsonWriter json(timeline.spots.size() * 400 + 2);
    writeTimeline(json, timeline.spots, timeline.staff);
    return ApiResponse::list(json.take(), timeline.spots.size());
}

void CoworkingsController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/coworkings"_s, Access::Public,
               handlerOf(*this, &CoworkingsController::list));
    router.add(u"POST"_s, u"/coworkings"_s, Access::User,
               handlerOf(*this, &CoworkingsController::create));
    router.add(u"GET"_s, u"/coworkings/{id}"_s, Access::Public,
               handlerOf(*this, &CoworkingsController::get));
    router.add(u"PATCH"_s, u"/coworkings/{id}"_s, Access::User,
               handlerOf(*this, &CoworkingsController::update));
    router.add(u"DELETE"_s, u"/coworkings/{id}"_s, Access::User,
               handlerOf(*this, &CoworkingsController::remove));
    router.add(u"GET"_s, u"/coworkings/{id}/managers"_s, Access::User,
               handlerOf(*this, &CoworkingsController::managers));
    router.add(u"PUT"_s, u"/coworkings/{id}/managers/{user_id}"_s, Access::User,
               handlerOf(*this, &CoworkingsController::addManager));
    router.add(u"DELETE"_s, u"/coworkings/{id}/managers/{user_id}"_s, Access::User,
               handlerOf(*this, &CoworkingsController::removeManager));
    router.add(u"GET"_s, u"/coworkings/{id}/timeline"_s, Access::Optional,
               handlerOf(*this, &CoworkingsController::timeline));
    router.add(u"GET"_s, u"/users/me/coworkings"_s, Access::User,
               handlerOf(*this, &CoworkingsController::staffed));
}

} // namespace coworking
