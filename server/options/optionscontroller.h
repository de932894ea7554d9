#pragma once

#include "http/apiresponse.h"

#include <QtGlobal>

namespace coworking {

class ApiRequest;
class OptionService;

// /options (API.md, Options).
class OptionsController final
{
    Q_DISABLE_COPY_MOVE(OptionsController)
public:
    explicit OptionsController(OptionService &service) : m_service(service) { }

    ApiResponse create(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse remove(ApiRequest &request);

private:
    OptionService &m_service;
};

} // namespace coworking
