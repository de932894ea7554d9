#pragma once

#include "apiresponse.h"

namespace coworking {

class Router;
class ApiRequest;

// GET /coworkings/{id}/live as plain HTTP. The WebSocket upgrade of that route never reaches a
// handler (ApiServer lets Qt upgrade it and LiveChannel takes the socket); a request without the
// upgrade is told to upgrade.
class LiveController final
{
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    static constexpr const char *kRoute = "/coworkings/{id}/live";

    ApiResponse live(ApiRequest &request);
};

} // namespace coworking
