#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class AuthService;
class RateLimit;

// /auth/login, /auth/refresh, /auth/logout (openapi.json, Auth).
class AuthController final
{
    Q_DISABLE_COPY_MOVE(AuthController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    // `logins`: successful logins per client address.
    AuthController(AuthService &service, RateLimit &logins) : m_service(service), m_logins(logins)
    {
    }

    // JSON {email, password}, or the form username/password that Swagger UI's Authorize sends.
    ApiResponse login(ApiRequest &request);
    ApiResponse refresh(ApiRequest &request);
    ApiResponse logout(ApiRequest &request);

private:
    AuthService &m_service;
    RateLimit &m_logins;
};

} // namespace coworking
