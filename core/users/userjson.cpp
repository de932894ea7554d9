#include "userjson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"

namespace coworking {

QJsonObject toJson(const User &user)
{
    return {
        { keys::Id, user.id },
        { keys::Email, user.email },
        { keys::FullName, user.fullName },
        { keys::IsBusiness, user.isBusiness },
        { keys::IsAdmin, user.isAdmin },
        { keys::IsBanned, user.isBanned },
        { keys::AvatarUrl, user.avatarUrl.isEmpty() ? QJsonValue() : QJsonValue(user.avatarUrl) },
        { keys::CreatedAt, datetime::toUtcString(user.createdAt) },
    };
}

std::optional<User> userFromJson(const QJsonObject &object, DecodeError *error)
{
    JsonReader in(object);
    User user;
    user.id = in.id(keys::Id);
    user.email = in.string(keys::Email);
    user.fullName = in.string(keys::FullName);
    user.isBusiness = in.boolean(keys::IsBusiness);
    user.isAdmin = in.boolean(keys::IsAdmin);
    user.isBanned = in.boolean(keys::IsBanned);
    user.avatarUrl = in.nullableString(keys::AvatarUrl);
    user.createdAt = in.dateTime(keys::CreatedAt);
    return in.finish(std::move(user), error);
}

} // namespace coworking
