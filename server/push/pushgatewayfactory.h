#pragma once

#include <QString>

#include <memory>

namespace coworking {

class Clock;
class PushGateway;
struct ServerConfig;

// The push gateway the configuration names (log or FCM), for the server and the runner alike;
// nullptr with `error` when it cannot work, e.g. FCM credentials that are missing or invalid.
std::unique_ptr<PushGateway> makePushGateway(const ServerConfig &config, const Clock &clock,
                                             QString *error);

} // namespace coworking
