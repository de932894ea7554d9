#pragma once

#include <QJsonObject>

namespace coworking {

struct TokenPair;

// {access_token, token_type: "bearer", expires_at, refresh_token, refresh_expires_at}
QJsonObject toJson(const TokenPair &tokens);

} // namespace coworking
