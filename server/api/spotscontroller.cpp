#include "spotscontroller.h"

#include "router.h"
#include "bookings/bookingjson.h"
#include "common/apperror.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "common/jsonwriter.h"
#include "apirequest.h"
#include "spots/spotjson.h"
#include "spots/spotservice.h"
#include "users/userjson.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// The bulk create body is a JSON array, which ApiRequest::jsonObject() does not read.
QJsonArray jsonArrayBody(const ApiRequest &request)
{
    const QString type = request.contentType();
    if (!type.isEmpty() && type != u"application/json")
        throw AppError::badRequest(u"Content-Type must be application/json."_s);
    return JsonBody::parseArray(request.body());
}

} // namespace

ApiResponse SpotsController::listAvailability(ApiRequest &request)
{
    const QList<SpotAvailability> spots =
            m_service.availability(request.param(u"id"_s), request.queryDateTime(u"time_from"_s),
                                   request.queryDateTime(u"time_until"_s));
    // A whole floor: written straight as JSON, not built as QJsonObjects first.
    JsonWriter json(spots.size() * 320 + 2);
    json.beginArray();
    for (const SpotAvailability &item : spots)
        writeJson(json, item);
    json.endArray();
    return ApiResponse::list(json.take(), spots.size());
}

ApiResponse SpotsController::createMany(ApiRequest &request)
{
    const QString coworkingId = request.param(u"id"_s);
    QList<Spot> drafts = spotDraftsFromJson(jsonArrayBody(request));
    const QList<Spot> spots = m_service.createMany(request.actor(), coworkingId, std::move(drafts));
    QJsonArray items;
    for (const Spot &spot : spots)
        items.append(toJson(spot));
    return ApiResponse::json(201, items)
            .withHeader("Location", QByteArray("/coworkings/") + coworkingId.toUtf8() + "/spots");
}

ApiResponse SpotsController::get(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.get(request.param(u"id"_s))));
}

ApiResponse SpotsController::update(ApiRequest &request)
{
    const SpotPatch changes = spotPatchFromJson(request.jsonObject());
    return ApiResponse::ok(
            toJson(m_service.update(request.actor(), request.param(u"id"_s), changes)));
}

ApiResponse SpotsController::remove(ApiRequest &request)
{
    const bool force = request.queryBool(u"force"_s).value_or(false);
    m_service.remove(request.actor(), request.param(u"id"_s), force);
    return ApiResponse::noContent();
}

ApiResponse SpotsController::currentBooking(ApiRequest &request)
{
    const CurrentBooking current =
            m_service.currentBooking(request.actor(), request.param(u"id"_s));
    QJsonObject object = toJson(current.booking, current.asOf);
    object.insert(keys::User, toJson(current.user));
    return ApiResponse::ok(object);
}

void SpotsController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/coworkings/{id}/spots"_s, Access::Public,
               handlerOf(*this, &SpotsController::listAvailability));
    router.add(u"POST"_s, u"/coworkings/{id}/spots"_s, Access::User,
               handlerOf(*this, &SpotsController::createMany));
    router.add(u"GET"_s, u"/spots/{id}"_s, Access::Public, handlerOf(*this, &SpotsController::get));
    router.add(u"PATCH"_s, u"/spots/{id}"_s, Access::User,
               handlerOf(*this, &SpotsController::update));
    router.add(u"DELETE"_s, u"/spots/{id}"_s, Access::User,
               handlerOf(*this, &SpotsController::remove));
    router.add(u"GET"_s, u"/spots/{id}/current-booking"_s, Access::User,
               handlerOf(*this, &SpotsController::currentBooking));
}

} // namespace coworking
