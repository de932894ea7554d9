#pragma once

#include "common/page.h"
#include "events/outboxevent.h"
#include "user.h"

#include <QString>

#include <optional>

namespace coworking {

struct UserFilter
{
    QString query; // substring of email or full name
    QString email; // exact, case-insensitive
};

class UserRepository
{
public:
    virtual ~UserRepository() = default;
    // False when the email (case-insensitive) is taken.
    virtual bool insert(const User &user) = 0;
    virtual std::optional<User> findById(const QString &id) = 0;
    // The few columns every authenticated request reads (not the whole row).
    virtual std::optional<UserStanding> findStanding(const QString &id) = 0;
    // The standing of each of `ids` that exists, in any order: one query per many users (the
    // live channel re-reads every subscriber's often).
    virtual QList<UserStanding> findStandings(const QStringList &ids) = 0;
    virtual std::optional<User> findByEmail(const QString &email) = 0;
    // False when the new email is taken by someone else.
    virtual bool update(const User &user) = 0;
    virtual Page<User> list(const UserFilter &filter, const PageRequest &page) = 0;
    // Event user.banned when a user becomes banned.
    virtual void setBanned(const QString &id, bool banned, const EventOrigin &origin) = 0;
};

} // namespace coworking
