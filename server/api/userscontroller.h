#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class UserService;

// /users (API.md, Users).
class UsersController final
{
    Q_DISABLE_COPY_MOVE(UsersController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit UsersController(UserService &service) : m_service(service) { }

    ApiResponse registerUser(ApiRequest &request);
    ApiResponse me(ApiRequest &request);
    ApiResponse updateMe(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse update(ApiRequest &request);
    ApiResponse ban(ApiRequest &request);
    ApiResponse unban(ApiRequest &request);

private:
    UserService &m_service;
};

} // namespace coworking
