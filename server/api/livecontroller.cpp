#include "livecontroller.h"

#include "router.h"
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

void LiveController::registerRoutes(Router &router)
{
    // A WebSocket (ApiServer lets Qt upgrade it; LiveChannel serves it); plain GETs get 426.
    router.add(u"GET"_s, QString::fromLatin1(LiveController::kRoute), Access::User,
               handlerOf(*this, &LiveController::live));
}

} // namespace coworking
