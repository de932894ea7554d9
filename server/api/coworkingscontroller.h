#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class CoworkingService;

// /coworkings, /coworkings/{id}, its managers and timeline, and the caller's own coworkings
// (/users/me/coworkings) (openapi.json, Coworkings).
class CoworkingsController final
{
    Q_DISABLE_COPY_MOVE(CoworkingsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit CoworkingsController(CoworkingService &service) : m_service(service) { }

    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse update(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);
    ApiResponse managers(ApiRequest &request);
    ApiResponse staffed(ApiRequest &request);
    ApiResponse addManager(ApiRequest &request);
    ApiResponse removeManager(ApiRequest &request);
    ApiResponse timeline(ApiRequest &request);

private:
    CoworkingService &m_service;
};

} // namespace coworking
