#include "accesspolicy.h"

#include "common/apperror.h"
#include "coworkings/coworkingrepository.h"

namespace coworking {

bool AccessPolicy::isOwner(const Actor &actor, const Coworking &c) const
{
    return !actor.isAnonymous() && (actor.isAdmin || c.ownerId == actor.userId);
}

bool AccessPolicy::isStaff(const Actor &actor, const Coworking &c)
{
    return isOwner(actor, c) || (!actor.isAnonymous() && m_coworkings.isManager(c.id, actor.userId));
}

AppError AccessPolicy::coworkingNotFound()
{
    return AppError::notFound(QStringLiteral("COWORKING_NOT_FOUND"),
                              QStringLiteral("No such coworking."));
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
        throw AppError::forbidden(QStringLiteral("Only the owner of this coworking may do this."));
    return c;
}

Coworking AccessPolicy::requireStaff(const Actor &actor, const QString &coworkingId)
{
    Coworking c = requireCoworking(coworkingId);
    if (!isStaff(actor, c))
        throw AppError::forbidden(QStringLiteral("Only the staff of this coworking may do this."));
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
