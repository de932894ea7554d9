#include "livecontroller.h"

#include "common/errorcodes.h"
#include "httperror.h"
#include "router.h"

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse LiveController::live(ApiRequest &)
{
    throw HttpError(HttpErrorKind::UpgradeRequired, errc::UpgradeRequired,
                    u"This endpoint speaks WebSocket: send the upgrade request."_s)
            .withHeader("Upgrade", "websocket");
}

void LiveController::registerRoutes(Router &router)
{
    // A WebSocket (ApiServer lets Qt upgrade it; LiveChannel serves it); plain GETs get 426.
    router.add(u"GET"_s, QString::fromLatin1(LiveController::kRoute), Access::User,
               handlerOf(*this, &LiveController::live));
}

} // namespace coworking
