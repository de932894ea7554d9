#include "notificationscontroller.h"

#include "router.h"
#include "apirequest.h"
#include "notifications/notificationjson.h"
#include "notifications/notificationservice.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse NotificationsController::registerDevice(ApiRequest &request)
{
    const DeviceToken draft = deviceTokenDraftFromJson(request.jsonObject());
    const DeviceToken device = m_service.registerDevice(request.actor(), draft);
    return ApiResponse::created(toJson(device),
                                "/notifications/device-tokens/"
                                        + QUrl::toPercentEncoding(device.token));
}

ApiResponse NotificationsController::devices(ApiRequest &request)
{
    const Page<DeviceToken> page = m_service.devices(request.actor(), request.page());
    QJsonArray items;
    for (const DeviceToken &device : page.items)
        items.append(toJson(device));
    return ApiResponse::list(items, page.total);
}

ApiResponse NotificationsController::unregisterDevice(ApiRequest &request)
{
    m_service.unregisterDevice(request.actor(), request.param(u"token"_s));
    return ApiResponse::noContent();
}

ApiResponse NotificationsController::list(ApiRequest &request)
{
    const bool unreadOnly = request.queryBool(u"unread_only"_s).value_or(false);
    const auto result = m_service.list(request.actor(), unreadOnly, request.page());
    // An object rather than the bare array of other lists, as the original answered; the
    // header is sent as well, so generic list code works here too.
    return ApiResponse::ok(toJson(result))
            .withHeader("X-Total-Count", QByteArray::number(result.page.total));
}

ApiResponse NotificationsController::get(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.get(request.actor(), request.param(u"id"_s))));
}

ApiResponse NotificationsController::markRead(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.markRead(request.actor(), request.param(u"id"_s))));
}

ApiResponse NotificationsController::markAllRead(ApiRequest &request)
{
    return ApiResponse::ok({ { u"updated"_s, m_service.markAllRead(request.actor()) } });
}

ApiResponse NotificationsController::sendTest(ApiRequest &request)
{
    const Notification draft = testNotificationDraftFromJson(request.jsonObject());
    const auto result = m_service.sendTest(request.actor(), draft.title, draft.body, draft.data);
    return ApiResponse::ok(
            { { u"notification"_s, toJson(result.notification) }, { u"sent"_s, result.sent } });
}

void NotificationsController::registerRoutes(Router &router)
{
    // Notifications. The literal routes (read-all, test, device-tokens) win over "{id}".
    router.add(u"POST"_s, u"/notifications/device-tokens"_s, Access::User,
               handlerOf(*this, &NotificationsController::registerDevice));
    router.add(u"GET"_s, u"/notifications/device-tokens"_s, Access::User,
               handlerOf(*this, &NotificationsController::devices));
    router.add(u"DELETE"_s, u"/notifications/device-tokens/{token}"_s, Access::User,
               handlerOf(*this, &NotificationsController::unregisterDevice));
    router.add(u"GET"_s, u"/notifications"_s, Access::User,
               handlerOf(*this, &NotificationsController::list));
    router.add(u"POST"_s, u"/notifications/read-all"_s, Access::User,
               handlerOf(*this, &NotificationsController::markAllRead));
    router.add(u"POST"_s, u"/notifications/test"_s, Access::User,
               handlerOf(*this, &NotificationsController::sendTest));
    router.add(u"GET"_s, u"/notifications/{id}"_s, Access::User,
               handlerOf(*this, &NotificationsController::get));
    router.add(u"POST"_s, u"/notifications/{id}/read"_s, Access::User,
               handlerOf(*this, &NotificationsController::markRead));
}

} // namespace coworking
