#pragma once

#include "http/apiresponse.h"

#include <QtGlobal>

namespace coworking {

class ApiRequest;
class UserService;

// /users (API.md, Users).
class UsersController final
{
    Q_DISABLE_COPY_MOVE(UsersController)
public:
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
