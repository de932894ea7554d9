#pragma once

#include <QString>

namespace coworking {

// Argon2id in production (libsodium, on a bounded pool off the request threads).
class PasswordHasher
{
public:
    virtual ~PasswordHasher() = default;
    virtual QString hash(const QString &password) = 0;
    virtual bool verify(const QString &hash, const QString &password) = 0;
};

} // namespace coworking
