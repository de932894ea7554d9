#pragma once

// What the rows of the service tables share: actors named by role, and a call's outcome as the
// error code it raised, so a row reads "who does what → which error".
#include "common/apperror.h"
#include "users/user.h"

#include <QString>

namespace coworking::test {

// "anonymous" is nobody; "admin" is an administrator; "business…" a business account; any other
// name an ordinary user with that id.
inline Actor actorNamed(const QString &who)
{
    using namespace Qt::StringLiterals;
    if (who == u"anonymous")
        return {};
    return { who, who == u"admin", who.startsWith(u"business") };
}

// A user "<id>@example.com".
inline User userNamed(const QString &id, bool banned = false)
{
    using namespace Qt::StringLiterals;
    User user;
    user.id = id;
    user.email = id + u"@example.com"_s;
    user.isBanned = banned;
    return user;
}

// "" when the call succeeded, otherwise the code of the AppError it threw.
template<typename F>
QString outcome(F call)
{
    try {
        call();
        return {};
    } catch (const AppError &error) {
        return error.code();
    }
}

} // namespace coworking::test
