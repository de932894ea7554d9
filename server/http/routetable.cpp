#include "routetable.h"

#include "apirequest.h"
#include "auth/authcontroller.h"
#include "bookings/bookingscontroller.h"
#include "coworkings/coworkingscontroller.h"
#include "docs/docscontroller.h"
#include "events/eventscontroller.h"
#include "live/livecontroller.h"
#include "notifications/notificationscontroller.h"
#include "observability/observabilitycontroller.h"
#include "options/optionscontroller.h"
#include "router.h"
#include "spots/spotscontroller.h"
#include "storage/storagecontroller.h"
#include "users/userscontroller.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

template<typename C>
std::function<ApiResponse(ApiRequest &)> bind(C &controller, ApiResponse (C::*method)(ApiRequest &))
{
    return [&controller, method](ApiRequest &request) { return (controller.*method)(request); };
}

} // namespace

void registerRoutes(Router &r, Controllers &c)
{
    const QString get = u"GET"_s, post = u"POST"_s, patch = u"PATCH"_s, put = u"PUT"_s,
                  del = u"DELETE"_s;
    using A = Access;

    r.add(post, u"/auth/login"_s, A::Public, bind(c.auth, &AuthController::login));
    r.add(post, u"/auth/refresh"_s, A::Public, bind(c.auth, &AuthController::refresh));
    r.add(post, u"/auth/logout"_s, A::Public, bind(c.auth, &AuthController::logout));

    r.add(post, u"/users"_s, A::Public, bind(c.users, &UsersController::registerUser));
    r.add(get, u"/users/me"_s, A::User, bind(c.users, &UsersController::me));
    r.add(patch, u"/users/me"_s, A::User, bind(c.users, &UsersController::updateMe));
    r.add(get, u"/users/me/bookings"_s, A::User, bind(c.bookings, &BookingsController::myBookings));
    r.add(get, u"/users"_s, A::User, bind(c.users, &UsersController::list));
    r.add(get, u"/users/{id}"_s, A::User, bind(c.users, &UsersController::get));
    r.add(patch, u"/users/{id}"_s, A::User, bind(c.users, &UsersController::update));
    r.add(post, u"/users/{id}/ban"_s, A::User, bind(c.users, &UsersController::ban));
    r.add(post, u"/users/{id}/unban"_s, A::User, bind(c.users, &UsersController::unban));

    r.add(get, u"/coworkings"_s, A::Public, bind(c.coworkings, &CoworkingsController::list));
    r.add(post, u"/coworkings"_s, A::User, bind(c.coworkings, &CoworkingsController::create));
    r.add(get, u"/coworkings/{id}"_s, A::Public, bind(c.coworkings, &CoworkingsController::get));
    r.add(patch, u"/coworkings/{id}"_s, A::User, bind(c.coworkings, &CoworkingsController::update));
    r.add(del, u"/coworkings/{id}"_s, A::User, bind(c.coworkings, &CoworkingsController::remove));
    r.add(get, u"/coworkings/{id}/managers"_s, A::User,
          bind(c.coworkings, &CoworkingsController::managers));
    r.add(put, u"/coworkings/{id}/managers/{user_id}"_s, A::User,
          bind(c.coworkings, &CoworkingsController::addManager));
    r.add(del, u"/coworkings/{id}/managers/{user_id}"_s, A::User,
          bind(c.coworkings, &CoworkingsController::removeManager));
    // A WebSocket (ApiServer lets Qt upgrade it; LiveChannel serves it); plain GETs get 426.
    r.add(get, QString::fromLatin1(LiveController::kRoute), A::User,
          bind(c.live, &LiveController::live));
    r.add(get, u"/coworkings/{id}/timeline"_s, A::Optional,
          bind(c.coworkings, &CoworkingsController::timeline));

    r.add(get, u"/coworkings/{id}/spots"_s, A::Public,
          bind(c.spots, &SpotsController::listAvailability));
    r.add(post, u"/coworkings/{id}/spots"_s, A::User, bind(c.spots, &SpotsController::createMany));
    r.add(get, u"/spots/{id}"_s, A::Public, bind(c.spots, &SpotsController::get));
    r.add(patch, u"/spots/{id}"_s, A::User, bind(c.spots, &SpotsController::update));
    r.add(del, u"/spots/{id}"_s, A::User, bind(c.spots, &SpotsController::remove));
    r.add(get, u"/spots/{id}/current-booking"_s, A::User,
          bind(c.spots, &SpotsController::currentBooking));

    r.add(post, u"/options"_s, A::User, bind(c.options, &OptionsController::create));
    r.add(get, u"/options"_s, A::Public, bind(c.options, &OptionsController::list));
    r.add(del, u"/options/{id}"_s, A::User, bind(c.options, &OptionsController::remove));

    r.add(post, u"/bookings"_s, A::User, bind(c.bookings, &BookingsController::create));
    r.add(post, u"/bookings/precheck"_s, A::User, bind(c.bookings, &BookingsController::precheck));
    r.add(get, u"/bookings"_s, A::User, bind(c.bookings, &BookingsController::list));
    r.add(get, u"/bookings/{id}"_s, A::User, bind(c.bookings, &BookingsController::get));
    r.add(patch, u"/bookings/{id}"_s, A::User, bind(c.bookings, &BookingsController::reschedule));
    r.add(del, u"/bookings/{id}"_s, A::User, bind(c.bookings, &BookingsController::cancel));
    r.add(post, u"/bookings/{id}/options"_s, A::User,
          bind(c.bookings, &BookingsController::addOption));
    r.add(del, u"/bookings/{id}/options/{option_id}"_s, A::User,
          bind(c.bookings, &BookingsController::removeOption));
    r.add(get, u"/bookings/{id}/available-times"_s, A::User,
          bind(c.bookings, &BookingsController::availableTimes));
    r.add(post, u"/bookings/{id}/check-in"_s, A::User,
          bind(c.bookings, &BookingsController::checkIn));

    // Probes: public, never throttled; HEAD is registered on its own (the router matches methods
    // exactly) and answered without a body by ApiServer.
    r.add(get, u"/healthcheck"_s, A::Public,
          bind(c.observability, &ObservabilityController::health));
    r.add(u"HEAD"_s, u"/healthcheck"_s, A::Public,
          bind(c.observability, &ObservabilityController::health));
    r.add(get, u"/metrics"_s, A::Public, bind(c.observability, &ObservabilityController::metrics));

    // The OpenAPI document and Swagger UI. "/docs/" is the same route: the server drops a
    // trailing slash before routing.
    r.add(get, u"/openapi.json"_s, A::Public, bind(c.docs, &DocsController::openApi));
    r.add(get, u"/docs"_s, A::Public, bind(c.docs, &DocsController::page));
    r.add(get, u"/docs/{file}"_s, A::Public, bind(c.docs, &DocsController::asset));

    // Notifications. The literal routes (read-all, test, device-tokens) win over "{id}".
    r.add(post, u"/notifications/device-tokens"_s, A::User,
          bind(c.notifications, &NotificationsController::registerDevice));
    r.add(get, u"/notifications/device-tokens"_s, A::User,
          bind(c.notifications, &NotificationsController::devices));
    r.add(del, u"/notifications/device-tokens/{token}"_s, A::User,
          bind(c.notifications, &NotificationsController::unregisterDevice));
    r.add(get, u"/notifications"_s, A::User, bind(c.notifications, &NotificationsController::list));
    r.add(post, u"/notifications/read-all"_s, A::User,
          bind(c.notifications, &NotificationsController::markAllRead));
    r.add(post, u"/notifications/test"_s, A::User,
          bind(c.notifications, &NotificationsController::sendTest));
    r.add(get, u"/notifications/{id}"_s, A::User,
          bind(c.notifications, &NotificationsController::get));
    r.add(post, u"/notifications/{id}/read"_s, A::User,
          bind(c.notifications, &NotificationsController::markRead));

    r.add(get, u"/admin/events"_s, A::User, bind(c.events, &EventsController::list));
    r.add(post, u"/admin/events/{id}/retry"_s, A::User, bind(c.events, &EventsController::retry));

    // Uploads (API.md, Storage) and the image endpoints that take one. Their bodies may be up to
    // HttpLimits::maxUploadBytes: keep isUploadRoute (httplimits.cpp) in step with this list.
    r.add(post, u"/storage/upload"_s, A::User, bind(c.storage, &StorageController::upload));
    r.add(get, u"/storage/{key}"_s, A::Public, bind(c.storage, &StorageController::file));
    r.add(put, u"/users/me/avatar"_s, A::User, bind(c.storage, &StorageController::putAvatar));
    r.add(post, u"/coworkings/{id}/images"_s, A::User,
          bind(c.storage, &StorageController::addCoworkingImage));
    r.add(del, u"/coworkings/{id}/images/{image_id}"_s, A::User,
          bind(c.storage, &StorageController::removeCoworkingImage));
    r.add(put, u"/coworkings/{id}/floor-plan"_s, A::User,
          bind(c.storage, &StorageController::putFloorPlan));
}

} // namespace coworking
