#include "userjson.h"

#include "common/datetime.h"
#include "user.h"

using namespace Qt::StringLiterals;

namespace coworking {

QJsonObject toJson(const User &user)
{
    return {
        { u"id"_s, user.id },
        { u"email"_s, user.email },
        { u"full_name"_s, user.fullName },
        { u"is_business"_s, user.isBusiness },
        { u"is_admin"_s, user.isAdmin },
        { u"is_banned"_s, user.isBanned },
        { u"avatar_url"_s, user.avatarUrl.isEmpty() ? QJsonValue() : QJsonValue(user.avatarUrl) },
        { u"created_at"_s, datetime::toUtcString(user.createdAt) },
    };
}

} // namespace coworking
