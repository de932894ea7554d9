#include "accesspolicy.h"

#include "common/apperror.h"
#include "common/errorcodes.h"
#include "coworkings/coworkingrepository.h"

using namespace Qt::StringLiterals;

namespace coworking {

bool AccessPolicy::isOwner(const Actor &actor, const Coworking &c) const
{
    return !actor.isAnonymous() && (actor.isAdmin || c.ownerId == actor.userId);
}

bool AccessPolicy::isStaff(const Actor &actor, const Coworking &c)
{
    return isOwner(actor, c)
            || (!actor.isAnonymous() && m_coworkings.isManager(c.id, actor.userId));
}

AppError AccessPolicy::coworkingNotFound()
{
    return AppError::notFound(errc::CoworkingNotFound, u"No such coworking."_s);
}

Coworking AccessPolicy::requireCoworking(const QString &coworkingId)
{
    auto c = m_coworkings.find(coworkingId);
    if (!c)
        throw coworkingNotFound();
    return *c;
}

Coworking AccessPolicy::requireOwner(const Actor &actor, const QString &coworkingId)
{
    Coworking c = requireCoworking(coworkingId);
    if (!isOwner(actor, c))
        throw AppError::forbidden(u"Only the owner of this coworking may do this."_s);
    return c;
}

Coworking AccessPolicy::requireStaff(const Actor &actor, const QString &coworkingId)
{
    Coworking c = requireCoworking(coworkingId);
    if (!isStaff(actor, c))
        throw AppError::forbidden(u"Only the staff of this coworking may do this."_s);
    return c;
}

QStringList AccessPolicy::staffedCoworkings(const Actor &actor, bool *all)
{
    *all = actor.isAdmin;
    if (actor.isAdmin || actor.isAnonymous())
        return {};
    return m_coworkings.staffedBy(actor.userId);
}

} // namespace coworking
