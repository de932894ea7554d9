#include "livecontroller.h"

#include "common/errorcodes.h"
#include "common/jsonkeys.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse LiveController::live(ApiRequest &)
{
    const QJsonObject error{ { keys::Code, errc::UpgradeRequired },
                             { keys::Message,
                               u"This endpoint speaks WebSocket: send the upgrade request."_s } };
    return ApiResponse::json(426, QJsonObject{ { keys::Error, error } })
            .withHeader("Upgrade", "websocket");
}

} // namespace coworking
