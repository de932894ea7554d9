#include "authenticator.h"

#include "auth/jwtcodec.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "users/userrepository.h"

namespace coworking {

Actor Authenticator::authenticate(Access access, const QByteArray &authorization)
{
    if (access == Access::Public)
        return {};
    if (authorization.isEmpty()) {
        if (access == Access::Optional)
            return {};
        throw AppError(ErrorKind::Unauthorized, QStringLiteral("UNAUTHORIZED"),
                       QStringLiteral("Authentication required: send Authorization: Bearer <token>."));
    }
    const QByteArray scheme = authorization.left(7);
    if (scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        throw AppError(ErrorKind::Unauthorized, QStringLiteral("INVALID_TOKEN"),
                       QStringLiteral("The Authorization header must be: Bearer <token>."));
    const auto claims = m_jwt.verify(authorization.mid(7).trimmed(),
                                     m_clock.now());
    if (!claims)
        throw AppError(ErrorKind::Unauthorized, QStringLiteral("INVALID_TOKEN"),
                       QStringLiteral("The access token is invalid or has expired."));
    // Read on every request, so a ban applies at once (and in every server instance).
    const auto user = m_users.findStanding(claims->userId);
    if (!user)
        throw AppError(ErrorKind::Unauthorized, QStringLiteral("INVALID_TOKEN"),
                       QStringLiteral("The access token is invalid or has expired."));
    if (user->isBanned)
        throw AppError(ErrorKind::Forbidden, QStringLiteral("USER_BANNED"),
                       QStringLiteral("This account is banned."));
    return user->actor;
}

} // namespace coworking
