#pragma once

#include <QCoreApplication>
#include <QString>

namespace coworking {

struct Coworking;
struct User;

namespace ui {

// What the signed-in user is in one coworking; the views a role may use follow from it.
enum class CoworkingRole { None, Member, Manager, Owner, Admin };

class Roles final
{
    Q_DECLARE_TR_FUNCTIONS(Roles)
public:
    // `isManager`: the user is among the coworking's managers (GET /coworkings/{id}/managers, or
    // the coworking listed among those the user staffs).
    static CoworkingRole roleIn(const User &user, const Coworking &coworking, bool isManager);
    static QString name(CoworkingRole role); // "Owner", "Manager"...

    static bool isStaff(CoworkingRole r) { return r >= CoworkingRole::Manager; }
    // Front desk: see everyone's bookings, book for a member, check in, cancel, move.
    static bool canRunFloor(CoworkingRole r) { return isStaff(r); }
    // Plan, settings, managers: the owner and admins only (docs/API_CONVENTIONS.md;
    // resources/openapi/openapi.json, the coworking operations).
    static bool canEditCoworking(CoworkingRole r)
    {
        return r == CoworkingRole::Owner || r == CoworkingRole::Admin;
    }
    // Ban and unban, all users: admins; managers see the members who book with them.
    static bool canManageUsers(CoworkingRole r) { return r == CoworkingRole::Admin; }
    // Why a view is disabled, in words, or empty when the role may use it.
    static QString staffOnlyReason(CoworkingRole r);
    static QString ownerOnlyReason(CoworkingRole r);
    static QString adminOnlyReason(CoworkingRole r);
};

} // namespace ui
} // namespace coworking
