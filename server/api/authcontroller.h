#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class AuthService;

// /auth/login, /auth/refresh, /auth/logout (API.md, Auth).
class AuthController final
{
    Q_DISABLE_COPY_MOVE(AuthController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit AuthController(AuthService &service) : m_service(service) { }

    // JSON {email, password}, or the form username/password that Swagger UI's Authorize sends.
    ApiResponse login(ApiRequest &request);
    ApiResponse refresh(ApiRequest &request);
    ApiResponse logout(ApiRequest &request);

private:
    AuthService &m_service;
};

} // namespace coworking
