#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class SpotService;

// /coworkings/{id}/spots and /spots/{id}/... (API.md, Spots).
class SpotsController final
{
    Q_DISABLE_COPY_MOVE(SpotsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit SpotsController(SpotService &service) : m_service(service) { }

    ApiResponse listAvailability(ApiRequest &request);
    ApiResponse createMany(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse update(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);
    ApiResponse currentBooking(ApiRequest &request);

private:
    SpotService &m_service;
};

} // namespace coworking
