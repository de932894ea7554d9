#include "routetable.h"

#include "apirequest.h"
#include "auth/authcontroller.h"
#include "bookings/bookingscontroller.h"
#include "coworkings/coworkingscontroller.h"
#include "docs/docscontroller.h"
#include "events/eventscontroller.h"
#include "notifications/notificationscontroller.h"
#include "observability/observabilitycontroller.h"
#include "options/optionscontroller.h"
#include "router.h"
#include "spots/spotscontroller.h"
#include "storage/storagecontroller.h"
#include "users/userscontroller.h"

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
    const QString get = QStringLiteral("GET"), post = QStringLiteral("POST"),
                  patch = QStringLiteral("PATCH"), put = QStringLiteral("PUT"),
                  del = QStringLiteral("DELETE");
    using A = Access;

    r.add(post, QStringLiteral("/auth/login"), A::Public, bind(c.auth, &AuthController::login));
    r.add(post, QStringLiteral("/auth/refresh"), A::Public, bind(c.auth, &AuthController::refresh));
    r.add(post, QStringLiteral("/auth/logout"), A::Public, bind(c.auth, &AuthController::logout));

    r.add(post, QStringLiteral("/users"), A::Public, bind(c.users, &UsersController::registerUser));
    r.add(get, QStringLiteral("/users/me"), A::User, bind(c.users, &UsersController::me));
    r.add(patch, QStringLiteral("/users/me"), A::User, bind(c.users, &UsersController::updateMe));
    r.add(get, QStringLiteral("/users/me/bookings"), A::User,
          bind(c.bookings, &BookingsController::myBookings));
    r.add(get, QStringLiteral("/users"), A::User, bind(c.users, &UsersController::list));
    r.add(get, QStringLiteral("/users/{id}"), A::User, bind(c.users, &UsersController::get));
    r.add(patch, QStringLiteral("/users/{id}"), A::User, bind(c.users, &UsersController::update));
    r.add(post, QStringLiteral("/users/{id}/ban"), A::User, bind(c.users, &UsersController::ban));
    r.add(post, QStringLiteral("/users/{id}/unban"), A::User, bind(c.users, &UsersController::unban));

    r.add(get, QStringLiteral("/coworkings"), A::Public,
          bind(c.coworkings, &CoworkingsController::list));
    r.add(post, QStringLiteral("/coworkings"), A::User,
          bind(c.coworkings, &CoworkingsController::create));
    r.add(get, QStringLiteral("/coworkings/{id}"), A::Public,
          bind(c.coworkings, &CoworkingsController::get));
    r.add(patch, QStringLiteral("/coworkings/{id}"), A::User,
          bind(c.coworkings, &CoworkingsController::update));
    r.add(del, QStringLiteral("/coworkings/{id}"), A::User,
          bind(c.coworkings, &CoworkingsController::remove));
    r.add(get, QStringLiteral("/coworkings/{id}/managers"), A::User,
          bind(c.coworkings, &CoworkingsController::managers));
    r.add(put, QStringLiteral("/coworkings/{id}/managers/{user_id}"), A::User,
          bind(c.coworkings, &CoworkingsController::addManager));
    r.add(del, QStringLiteral("/coworkings/{id}/managers/{user_id}"), A::User,
          bind(c.coworkings, &CoworkingsController::removeManager));
    r.add(get, QStringLiteral("/coworkings/{id}/timeline"), A::Optional,
          bind(c.coworkings, &CoworkingsController::timeline));

    r.add(get, QStringLiteral("/coworkings/{id}/spots"), A::Public,
          bind(c.spots, &SpotsController::listAvailability));
    r.add(post, QStringLiteral("/coworkings/{id}/spots"), A::User,
          bind(c.spots, &SpotsController::createMany));
    r.add(get, QStringLiteral("/spots/{id}"), A::Public, bind(c.spots, &SpotsController::get));
    r.add(patch, QStringLiteral("/spots/{id}"), A::User, bind(c.spots, &SpotsController::update));
    r.add(del, QStringLiteral("/spots/{id}"), A::User, bind(c.spots, &SpotsController::remove));
    r.add(get, QStringLiteral("/spots/{id}/current-booking"), A::User,
          bind(c.spots, &SpotsController::currentBooking));

    r.add(post, QStringLiteral("/options"), A::User, bind(c.options, &OptionsController::create));
    r.add(get, QStringLiteral("/options"), A::Public, bind(c.options, &OptionsController::list));
    r.add(del, QStringLiteral("/options/{id}"), A::User,
          bind(c.options, &OptionsController::remove));

    r.add(post, QStringLiteral("/bookings"), A::User, bind(c.bookings, &BookingsController::create));
    r.add(post, QStringLiteral("/bookings/precheck"), A::User,
          bind(c.bookings, &BookingsController::precheck));
    r.add(get, QStringLiteral("/bookings"), A::User, bind(c.bookings, &BookingsController::list));
    r.add(get, QStringLiteral("/bookings/{id}"), A::User, bind(c.bookings, &BookingsController::get));
    r.add(patch, QStringLiteral("/bookings/{id}"), A::User,
          bind(c.bookings, &BookingsController::reschedule));
    r.add(del, QStringLiteral("/bookings/{id}"), A::User,
          bind(c.bookings, &BookingsController::cancel));
    r.add(post, QStringLiteral("/bookings/{id}/options"), A::User,
          bind(c.bookings, &BookingsController::addOption));
    r.add(del, QStringLiteral("/bookings/{id}/options/{option_id}"), A::User,
          bind(c.bookings, &BookingsController::removeOption));
    r.add(get, QStringLiteral("/bookings/{id}/available-times"), A::User,
          bind(c.bookings, &BookingsController::availableTimes));
    r.add(post, QStringLiteral("/bookings/{id}/check-in"), A::User,
          bind(c.bookings, &BookingsController::checkIn));

    // Probes: public, never throttled; HEAD is registered on its own (the router matches methods
    // exactly) and answered without a body by ApiServer.
    r.add(get, QStringLiteral("/healthcheck"), A::Public,
          bind(c.observability, &ObservabilityController::health));
    r.add(QStringLiteral("HEAD"), QStringLiteral("/healthcheck"), A::Public,
          bind(c.observability, &ObservabilityController::health));
    r.add(get, QStringLiteral("/metrics"), A::Public,
          bind(c.observability, &ObservabilityController::metrics));

    // The OpenAPI document and Swagger UI. "/docs/" is the same route: the server drops a
    // trailing slash before routing.
    r.add(get, QStringLiteral("/openapi.json"), A::Public, bind(c.docs, &DocsController::openApi));
    r.add(get, QStringLiteral("/docs"), A::Public, bind(c.docs, &DocsController::page));
    r.add(get, QStringLiteral("/docs/{file}"), A::Public, bind(c.docs, &DocsController::asset));

    // Notifications. The literal routes (read-all, test, device-tokens) win over "{id}".
    r.add(post, QStringLiteral("/notifications/device-tokens"), A::User,
          bind(c.notifications, &NotificationsController::registerDevice));
    r.add(get, QStringLiteral("/notifications/device-tokens"), A::User,
          bind(c.notifications, &NotificationsController::devices));
    r.add(del, QStringLiteral("/notifications/device-tokens/{token}"), A::User,
          bind(c.notifications, &NotificationsController::unregisterDevice));
    r.add(get, QStringLiteral("/notifications"), A::User,
          bind(c.notifications, &NotificationsController::list));
    r.add(post, QStringLiteral("/notifications/read-all"), A::User,
          bind(c.notifications, &NotificationsController::markAllRead));
    r.add(post, QStringLiteral("/notifications/test"), A::User,
          bind(c.notifications, &NotificationsController::sendTest));
    r.add(get, QStringLiteral("/notifications/{id}"), A::User,
          bind(c.notifications, &NotificationsController::get));
    r.add(post, QStringLiteral("/notifications/{id}/read"), A::User,
          bind(c.notifications, &NotificationsController::markRead));

    r.add(get, QStringLiteral("/admin/events"), A::User, bind(c.events, &EventsController::list));
    r.add(post, QStringLiteral("/admin/events/{id}/retry"), A::User,
          bind(c.events, &EventsController::retry));

    // Uploads (API.md, Storage) and the image endpoints that take one. Their bodies may be up to
    // HttpLimits::maxUploadBytes: keep isUploadRoute (httplimits.cpp) in step with this list.
    r.add(post, QStringLiteral("/storage/upload"), A::User,
          bind(c.storage, &StorageController::upload));
    r.add(get, QStringLiteral("/storage/{key}"), A::Public,
          bind(c.storage, &StorageController::file));
    r.add(put, QStringLiteral("/users/me/avatar"), A::User,
          bind(c.storage, &StorageController::putAvatar));
    r.add(post, QStringLiteral("/coworkings/{id}/images"), A::User,
          bind(c.storage, &StorageController::addCoworkingImage));
    r.add(del, QStringLiteral("/coworkings/{id}/images/{image_id}"), A::User,
          bind(c.storage, &StorageController::removeCoworkingImage));
    r.add(put, QStringLiteral("/coworkings/{id}/floor-plan"), A::User,
          bind(c.storage, &StorageController::putFloorPlan));
}

} // namespace coworking
