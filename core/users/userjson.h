#pragma once

#include "common/jsonreader.h"
#include "user.h"

#include <QJsonObject>

#include <optional>

namespace coworking {

// {id, email, full_name, is_business, is_admin, is_banned, avatar_url, created_at}; never the
// password hash. avatar_url is null when the user has none.
QJsonObject toJson(const User &user);
// Reads it back; passwordHash and language stay at their defaults (the API sends neither).
std::optional<User> userFromJson(const QJsonObject &object, DecodeError *error = nullptr);

} // namespace coworking
