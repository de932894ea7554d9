#include "optionservice.h"

#include "access/accesspolicy.h"
#include "common/apperror.h"
#include "common/errorcodes.h"
#include "optionrepository.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking {

OptionService::OptionService(OptionRepository &options, AccessPolicy &access)
    : m_options(options), m_access(access)
{
}

Page<Option> OptionService::list(const QString &coworkingId, const PageRequest &page)
{
    // A coworking offers a handful of options, so the page is cut here rather than in SQL.
    const QList<Option> all = m_options.list(coworkingId);
    Page<Option> result;
    result.total = all.size();
    if (page.offset() < all.size())
        result.items = all.mid(page.offset(), page.count);
    return result;
}

Option OptionService::create(const Actor &actor, Option draft)
{
    m_access.requireOwner(actor, draft.coworkingId);
    draft.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_options.insert(draft);
    return draft;
}

void OptionService::remove(const Actor &actor, const QString &id)
{
    const auto option = m_options.find(id);
    if (!option)
        throw AppError::notFound(errc::OptionNotFound, u"No such option."_s);
    m_access.requireOwner(actor, option->coworkingId);
    m_options.remove(id);
}

} // namespace coworking
