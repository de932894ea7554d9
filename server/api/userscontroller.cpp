#include "userscontroller.h"

#include "router.h"
#include "apirequest.h"
#include "auth/ratelimit.h"
#include "users/userjson.h"
#include "users/userservice.h"

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse UsersController::registerUser(ApiRequest &request)
{
    const NewUser newUser = NewUser::fromJson(request.jsonObject());
    // Before the password is hashed: a client past its limit costs no hash. A registration that
    // fails (the email is taken) gives its count back.
    RateLimit::Ticket ticket = m_registrations.acquire(request.clientAddress());
    const User user = m_service.registerUser(newUser);
    ticket.keep();
    return ApiResponse::created(toJson(user), QByteArray("/users/") + user.id.toUtf8());
}

ApiResponse UsersController::registerGuest(ApiRequest &request)
{
    const User user = m_service.registerGuest(request.actor(), request.param(u"id"_s),
                                              NewGuest::fromJson(request.jsonObject()));
    return ApiResponse::created(toJson(user), QByteArray("/users/") + user.id.toUtf8());
}

ApiResponse UsersController::me(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.me(request.actor())));
}

ApiResponse UsersController::updateMe(ApiRequest &request)
{
    const UserPatch patch = UserPatch::fromJson(request.jsonObject(), false);
    return ApiResponse::ok(toJson(m_service.updateMe(request.actor(), patch)));
}

ApiResponse UsersController::list(ApiRequest &request)
{
    const UserFilter filter{ request.query(u"query"_s), request.query(u"email"_s) };
    const Page<User> page = m_service.list(request.actor(), filter, request.page());
    QJsonArray items;
    for (const User &user : page.items)
        items.append(toJson(user));
    return ApiResponse::list(items, page.total);
}

ApiResponse UsersController::get(ApiRequest &request)
{
    return ApiResponse::ok(toJson(m_service.get(request.actor(), request.param(u"id"_s))));
}

ApiResponse UsersController::update(ApiRequest &request)
{
    const UserPatch patch = UserPatch::fromJson(request.jsonObject(), true);
    return ApiResponse::ok(
            toJson(m_service.update(request.actor(), request.param(u"id"_s), patch)));
}

ApiResponse UsersController::ban(ApiRequest &request)
{
    m_service.ban(request.actor(), request.param(u"id"_s));
    return ApiResponse::noContent();
}

ApiResponse UsersController::unban(ApiRequest &request)
{
    m_service.unban(request.actor(), request.param(u"id"_s));
    return ApiResponse::noContent();
}

void UsersController::registerRoutes(Router &router)
{
    router.add(u"POST"_s, u"/users"_s, Access::Public,
               handlerOf(*this, &UsersController::registerUser));
    router.add(u"POST"_s, u"/coworkings/{id}/guests"_s, Access::User,
               handlerOf(*this, &UsersController::registerGuest));
    router.add(u"GET"_s, u"/users/me"_s, Access::User, handlerOf(*this, &UsersController::me));
    router.add(u"PATCH"_s, u"/users/me"_s, Access::User,
               handlerOf(*this, &UsersController::updateMe));
    router.add(u"GET"_s, u"/users"_s, Access::User, handlerOf(*this, &UsersController::list));
    router.add(u"GET"_s, u"/users/{id}"_s, Access::User, handlerOf(*this, &UsersController::get));
    router.add(u"PATCH"_s, u"/users/{id}"_s, Access::User,
               handlerOf(*this, &UsersController::update));
    router.add(u"POST"_s, u"/users/{id}/ban"_s, Access::User,
               handlerOf(*this, &UsersController::ban));
    router.add(u"POST"_s, u"/users/{id}/unban"_s, Access::User,
               handlerOf(*this, &UsersController::unban));
}

} // namespace coworking
