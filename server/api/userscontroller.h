#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class UserService;
class RateLimit;

// /users and the front desk's guests (openapi.json, Users).
class UsersController final
{
    Q_DISABLE_COPY_MOVE(UsersController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    // `registrations`: accounts created per client address.
    UsersController(UserService &service, RateLimit &registrations)
        : m_service(service), m_registrations(registrations)
    {
    }

    ApiResponse registerUser(ApiRequest &request);
    ApiResponse registerGuest(ApiRequest &request);
    ApiResponse me(ApiRequest &request);
    ApiResponse updateMe(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse update(ApiRequest &request);
    ApiResponse ban(ApiRequest &request);
    ApiResponse unban(ApiRequest &request);

private:
    UserService &m_service;
    RateLimit &m_registrations;
};

} // namespace coworking
