#include "livecontroller.h"

#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "router.h"
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

void LiveController::registerRoutes(Router &router)
{
    // A WebSocket (ApiServer lets Qt upgrade it; LiveChannel serves it); plain GETs get 426.
    router.add(u"GET"_s, QString::fromLatin1(LiveController::kRoute), Access::User,
               handlerOf(*this, &LiveController::live));
}

} // namespace coworking
