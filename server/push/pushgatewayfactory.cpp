#include "pushgatewayfactory.h"

#include "fcmpushgateway.h"
#include "logpushgateway.h"
#include "serverconfig.h"

#include <QUrl>

namespace coworking {

std::unique_ptr<PushGateway> makePushGateway(const ServerConfig &config, const Clock &clock,
                                             QString *error)
{
    switch (config.pushGateway) {
    case PushGatewayKind::Log:
        return std::make_unique<LogPushGateway>();
    case PushGatewayKind::Fcm:
        return FcmPushGateway::create(config.fcmCredentialsFile, QUrl(config.fcmEndpoint), clock,
                                      error);
    }
    Q_UNREACHABLE();
    return nullptr;
}

} // namespace coworking
