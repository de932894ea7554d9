#include "coworkingrole.h"

#include "coworkings/coworking.h"
#include "users/user.h"

namespace coworking {
namespace ui {

CoworkingRole Roles::roleIn(const User &user, const Coworking &coworking, bool isManager)
{
    if (user.isAdmin)
        return CoworkingRole::Admin;
    if (!user.id.isEmpty() && coworking.ownerId == user.id)
        return CoworkingRole::Owner;
    if (isManager)
        return CoworkingRole::Manager;
    return user.id.isEmpty() ? CoworkingRole::None : CoworkingRole::Member;
}

QString Roles::name(CoworkingRole role)
{
    switch (role) {
    case CoworkingRole::None:
        return tr("not signed in");
    case CoworkingRole::Member:
        return tr("member");
    case CoworkingRole::Manager:
        return tr("manager");
    case CoworkingRole::Owner:
        return tr("owner");
    case CoworkingRole::Admin:
        return tr("administrator");
    }
    return {};
}

QString Roles::staffOnlyReason(CoworkingRole r)
{
    return isStaff(r) ? QString()
                      : tr("Only the owner, the managers of this coworking and administrators "
                           "can use this view.");
}

QString Roles::ownerOnlyReason(CoworkingRole r)
{
    return canEditCoworking(r)
            ? QString()
            : tr("Only the owner of this coworking and administrators can change it.");
}

QString Roles::adminOnlyReason(CoworkingRole r)
{
    return canManageUsers(r) ? QString() : tr("Only administrators can manage people.");
}

} // namespace ui
} // namespace coworking
