#include "livecontroller.h"

#include <QJsonObject>

namespace coworking {

ApiResponse LiveController::live(ApiRequest &)
{
    const QJsonObject error{
        {QStringLiteral("code"), QStringLiteral("UPGRADE_REQUIRED")},
        {QStringLiteral("message"),
         QStringLiteral("This endpoint speaks WebSocket: send the upgrade request.")}};
    return ApiResponse::json(426, QJsonObject{{QStringLiteral("error"), error}})
            .withHeader("Upgrade", "websocket");
}

} // namespace coworking
