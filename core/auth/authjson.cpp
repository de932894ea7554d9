#include "authjson.h"

#include "authservice.h"
#include "common/datetime.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject toJson(const TokenPair &tokens)
{
    return {
        { u"access_token"_s, tokens.accessToken },
        { u"token_type"_s, u"bearer"_s },
        { u"expires_at"_s, datetime::toUtcString(tokens.expiresAt) },
        { u"refresh_token"_s, tokens.refreshToken },
        { u"refresh_expires_at"_s, datetime::toUtcString(tokens.refreshExpiresAt) },
    };
}

} // namespace coworking
