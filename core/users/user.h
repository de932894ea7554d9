#pragma once

#include <QDateTime>
#include <QString>

namespace coworking {

using namespace Qt::StringLiterals;

struct User
{
    QString id;
    QString email;
    QString fullName;
    QString passwordHash; // Argon2id string; never leaves the server
    QString avatarUrl;
    QString language = u"en"_s; // for notifications: "en" or "ru"
    bool isBusiness = false;
    bool isAdmin = false;
    bool isBanned = false;
    QDateTime createdAt;

    bool operator==(const User &) const = default;
};

// The authenticated caller of a request, as the auth step established it.
struct Actor
{
    QString userId;
    bool isAdmin = false;
    bool isBusiness = false;

    bool isAnonymous() const { return userId.isEmpty(); }
    static Actor fromUser(const User &u) { return { u.id, u.isAdmin, u.isBusiness }; }
};

// What the auth step of every request needs of its user: the roles and the ban.
struct UserStanding
{
    Actor actor;
    bool isBanned = false;
};

} // namespace coworking
