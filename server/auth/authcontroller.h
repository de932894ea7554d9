#pragma once

#include "http/apiresponse.h"

#include <QtGlobal>

namespace coworking {

class ApiRequest;
class AuthService;

// /auth/login, /auth/refresh, /auth/logout (API.md, Auth).
class AuthController final
{
    Q_DISABLE_COPY_MOVE(AuthController)
public:
    explicit AuthController(AuthService &service) : m_service(service) { }

    // JSON {email, password}, or the form username/password that Swagger UI's Authorize sends.
    ApiResponse login(ApiRequest &request);
    ApiResponse refresh(ApiRequest &request);
    ApiResponse logout(ApiRequest &request);

private:
    AuthService &m_service;
};

} // namespace coworking
