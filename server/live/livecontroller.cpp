#include "livecontroller.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse LiveController::live(ApiRequest &)
{
    const QJsonObject error{ { u"code"_s, u"UPGRADE_REQUIRED"_s },
                             { u"message"_s,
                               u"This endpoint speaks WebSocket: send the upgrade request."_s } };
    return ApiResponse::json(426, QJsonObject{ { u"error"_s, error } })
            .withHeader("Upgrade", "websocket");
}

} // namespace coworking
