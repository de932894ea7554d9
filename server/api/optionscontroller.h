#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class OptionService;

// /options (API.md, Options).
class OptionsController final
{
    Q_DISABLE_COPY_MOVE(OptionsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit OptionsController(OptionService &service) : m_service(service) { }

    ApiResponse create(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);

private:
    OptionService &m_service;
};

} // namespace coworking
