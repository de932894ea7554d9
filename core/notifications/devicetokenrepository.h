#pragma once

#include "common/page.h"
#include "devicetoken.h"

#include <QList>

namespace coworking {

class DeviceTokenRepository
{
public:
    virtual ~DeviceTokenRepository() = default;
    // Inserts the token, or moves an existing one to token.userId (keeping its created_at when
    // the owner does not change); returns the stored row.
    virtual DeviceToken upsert(const DeviceToken &token) = 0;
    // Oldest first.
    virtual Page<DeviceToken> list(const QString &userId, const PageRequest &page) = 0;
    virtual QList<DeviceToken> listAll(const QString &userId) = 0;
    // False when the user has no such token.
    virtual bool remove(const QString &userId, const QString &token) = 0;
};

} // namespace coworking
