#pragma once

#include <QJsonObject>

namespace coworking {

struct User;

// {id, email, full_name, is_business, is_admin, is_banned, avatar_url, created_at}; never the
// password hash. avatar_url is null when the user has none.
QJsonObject toJson(const User &user);

} // namespace coworking
