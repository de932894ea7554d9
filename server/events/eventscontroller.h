#pragma once

#include "http/apiresponse.h"

#include <QtGlobal>

namespace coworking {

class ApiRequest;
class EventAdminService;

// /admin/events (API.md, Administration): the outbox as the runner left it, for admins.
class EventsController final
{
    Q_DISABLE_COPY_MOVE(EventsController)
public:
    explicit EventsController(EventAdminService &service) : m_service(service) { }

    ApiResponse list(ApiRequest &request);
    ApiResponse retry(ApiRequest &request);

private:
    EventAdminService &m_service;
};

} // namespace coworking
