#pragma once

#include "authservice.h"
#include "common/jsonreader.h"

#include <QJsonObject>

#include <optional>

namespace coworking {

// {access_token, token_type: "bearer", expires_at, refresh_token, refresh_expires_at}
QJsonObject toJson(const TokenPair &tokens);
// Any token_type but "bearer" is refused: the client would not know how to present the token.
std::optional<TokenPair> tokenPairFromJson(const QJsonObject &object, DecodeError *error = nullptr);

} // namespace coworking
