#pragma once

#include "auth/passwordhasher.h"

#include <QThreadPool>

namespace coworking {

// Argon2id (libsodium) at the OWASP minimum: 19 MiB, 2 passes. Each hash takes tens of
// milliseconds of one core, so it runs on a small pool of its own and the request thread waits:
// a login storm then queues here instead of occupying every request thread and every core.
class SodiumPasswordHasher final : public PasswordHasher
{
    Q_DISABLE_COPY_MOVE(SodiumPasswordHasher)
public:
    // `fast`: libsodium's minimum cost, for tests only.
    explicit SodiumPasswordHasher(int threads = 2, bool fast = false);
    ~SodiumPasswordHasher() override;

    QString hash(const QString &password) override;
    bool verify(const QString &hash, const QString &password) override;

private:
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QThreadPool m_pool;
};

} // namespace coworking
