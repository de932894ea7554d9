#pragma once

#include "common/apperror.h"
#include "coworkings/coworking.h"
#include "users/user.h"

#include <QStringList>

namespace coworking {

class CoworkingRepository;

// Who may do what in a coworking (openapi.json, Roles). Every service asks here, so tenant
// isolation is decided in one place: owners and admins manage; managers are front-desk staff.
class AccessPolicy final
{
public:
    explicit AccessPolicy(CoworkingRepository &coworkings) : m_coworkings(coworkings) { }

    bool isOwner(const Actor &actor, const Coworking &c) const;
    // Owner, manager or admin.
    bool isStaff(const Actor &actor, const Coworking &c);

    // 404 COWORKING_NOT_FOUND when missing; 403 when the actor is not owner/admin (or staff).
    Coworking requireOwner(const Actor &actor, const QString &coworkingId);
    Coworking requireStaff(const Actor &actor, const QString &coworkingId);
    Coworking requireCoworking(const QString &coworkingId);
    // The 404 of requireCoworking, for reads that learn of the coworking's absence themselves.
    static AppError coworkingNotFound();

    // Coworkings whose bookings the actor may list; empty with `all` set for admins.
    QStringList staffedCoworkings(const Actor &actor, bool *all);

private:
    CoworkingRepository &m_coworkings;
};

} // namespace coworking
