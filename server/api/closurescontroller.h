#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class ClosureService;

// GET/POST /coworkings/{id}/closures, DELETE /coworkings/{id}/closures/{closure_id}
// (openapi.json, Closures).
class ClosuresController final
{
    Q_DISABLE_COPY_MOVE(ClosuresController)
public:
    explicit ClosuresController(ClosureService &service) : m_service(service) { }

    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    ApiResponse list(ApiRequest &request);
    ApiResponse create(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);

private:
    ClosureService &m_service;
};

} // namespace coworking
