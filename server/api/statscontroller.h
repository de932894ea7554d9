#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class StatsService;

// GET /coworkings/{id}/stats (openapi.json, Statistics).
class StatsController final
{
    Q_DISABLE_COPY_MOVE(StatsController)
public:
    explicit StatsController(StatsService &service) : m_service(service) { }

    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    ApiResponse stats(ApiRequest &request);

private:
    StatsService &m_service;
};

} // namespace coworking
