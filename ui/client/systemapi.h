#pragma once

#include "resourceapi.h"

namespace coworking::client {

// The server itself: health, version, metrics.
class SystemApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // GET /healthcheck (a 503 still answers, with status "unavailable"), with the version from
    // the healthcheck or, when it does not say, from /openapi.json's info.version.
    void health(QObject *context, Callback<ServerHealth> done);
    // info.version of /openapi.json.
    void serverVersion(QObject *context, Callback<QString> done);
    // Prometheus text.
    void metrics(QObject *context, Callback<QByteArray> done);
};

} // namespace coworking::client
