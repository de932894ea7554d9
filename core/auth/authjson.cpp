#include "authjson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString Bearer = u"bearer"_s;

} // namespace

QJsonObject toJson(const TokenPair &tokens)
{
    return {
        { keys::AccessToken, tokens.accessToken },
        { keys::TokenType, Bearer },
        { keys::ExpiresAt, datetime::toUtcString(tokens.expiresAt) },
        { keys::RefreshToken, tokens.refreshToken },
        { keys::RefreshExpiresAt, datetime::toUtcString(tokens.refreshExpiresAt) },
    };
}

std::optional<TokenPair> tokenPairFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    TokenPair tokens;
    tokens.accessToken = in.string(keys::AccessToken);
    if (in.string(keys::TokenType).compare(Bearer, Qt::CaseInsensitive) != 0)
        in.fail(keys::TokenType, u"must be \"bearer\""_s);
    tokens.expiresAt = in.dateTime(keys::ExpiresAt);
    tokens.refreshToken = in.string(keys::RefreshToken);
    tokens.refreshExpiresAt = in.dateTime(keys::RefreshExpiresAt);
    return in.finish(std::move(tokens), error);
}

} // namespace coworking
