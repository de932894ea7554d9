#include "optionscontroller.h"

#include "router.h"
#include "apirequest.h"
#include "options/optionjson.h"
#include "options/optionservice.h"

using namespace Qt::StringLiterals;

namespace coworking {

ApiResponse OptionsController::create(ApiRequest &request)
{
    const Option draft = optionDraftFromJson(request.jsonObject());
    const Option option = m_service.create(request.actor(), draft);
    return ApiResponse::created(toJson(option), QByteArray("/options/") + option.id.toUtf8());
}

ApiResponse OptionsController::list(ApiRequest &request)
{
    const Page<Option> page = m_service.list(request.queryId(u"coworking_id"_s), request.page());
    QJsonArray items;
    for (const Option &option : page.items)
        items.append(toJson(option));
    return ApiResponse::list(items, page.total);
}

ApiResponse OptionsController::remove(ApiRequest &request)
{
    m_service.remove(request.actor(), request.param(u"id"_s));
    return ApiResponse::noContent();
}

void OptionsController::registerRoutes(Router &router)
{
    router.add(u"POST"_s, u"/options"_s, Access::User,
               handlerOf(*this, &OptionsController::create));
    router.add(u"GET"_s, u"/options"_s, Access::Public, handlerOf(*this, &OptionsController::list));
    router.add(u"DELETE"_s, u"/options/{id}"_s, Access::User,
               handlerOf(*this, &OptionsController::remove));
}

} // namespace coworking
