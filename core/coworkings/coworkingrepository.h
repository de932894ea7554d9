#pragma once

#include "common/page.h"
#include "coworking.h"
#include "users/user.h"

#include <optional>

namespace coworking {

class CoworkingRepository
{
public:
    virtual ~CoworkingRepository() = default;
    virtual void insert(const Coworking &c) = 0;
    virtual void update(const Coworking &c) = 0;
    virtual std::optional<Coworking> find(const QString &id) = 0;
    virtual Page<Coworking> list(const QString &query, const PageRequest &page) = 0;
    virtual void remove(const QString &id) = 0;

    virtual QList<User> managers(const QString &coworkingId) = 0;
    virtual void addManager(const QString &coworkingId, const QString &userId) = 0;
    virtual void removeManager(const QString &coworkingId, const QString &userId) = 0;
    virtual bool isManager(const QString &coworkingId, const QString &userId) = 0;
    // Coworkings the user owns or manages.
    virtual QStringList staffedBy(const QString &userId) = 0;
};

} // namespace coworking
