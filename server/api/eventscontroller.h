#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class EventAdminService;

// /admin/events (API.md, Administration): the outbox as the runner left it, for admins.
class EventsController final
{
    Q_DISABLE_COPY_MOVE(EventsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit EventsController(EventAdminService &service) : m_service(service) { }

    ApiResponse list(ApiRequest &request);
    ApiResponse retry(ApiRequest &request);

private:
    EventAdminService &m_service;
};

} // namespace coworking
