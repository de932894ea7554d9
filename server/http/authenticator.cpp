#include "authenticator.h"

#include "auth/jwtcodec.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "users/userrepository.h"

using namespace Qt::StringLiterals;

namespace coworking {

Actor Authenticator::authenticate(Access access, const QByteArray &authorization,
                                  QDateTime *expiresAt)
{
    if (access == Access::Public)
        return {};
    if (authorization.isEmpty()) {
        if (access == Access::Optional)
            return {};
        throw AppError(ErrorKind::Unauthorized, errc::Unauthorized,
                       u"Authentication required: send Authorization: Bearer <token>."_s);
    }
    const QByteArray scheme = authorization.left(7);
    if (scheme.compare("Bearer ", Qt::CaseInsensitive) != 0)
        throw AppError(ErrorKind::Unauthorized, errc::InvalidToken,
                       u"The Authorization header must be: Bearer <token>."_s);
    const auto claims = m_jwt.verify(authorization.mid(7).trimmed(), m_clock.now());
    if (!claims)
        throw AppError(ErrorKind::Unauthorized, errc::InvalidToken,
                       u"The access token is invalid or has expired."_s);
    // Read on every request, so a ban applies at once (and in every server instance).
    const auto user = m_users.findStanding(claims->userId);
    if (!user)
        throw AppError(ErrorKind::Unauthorized, errc::InvalidToken,
                       u"The access token is invalid or has expired."_s);
    if (user->isBanned)
        throw AppError(ErrorKind::Forbidden, errc::UserBanned, u"This account is banned."_s);
    if (expiresAt)
        *expiresAt = claims->expiresAt;
    return user->actor;
}

} // namespace coworking
