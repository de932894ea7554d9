#pragma once

#include "auth/passwordhasher.h"

#include <QThreadPool>

#include <atomic>

namespace coworking {

// Argon2id (libsodium) at the OWASP minimum: 19 MiB, 2 passes. Each hash takes tens of
// milliseconds of one core, so it runs on a pool of its own, one thread per core.
//
// Admission, not a queue of request threads: handlers are synchronous on Qt 6.4 (routes returning
// QFuture crash under load), so a request thread waits while its hash runs. An unbounded queue
// let a flood of logins and registrations hold every request thread for seconds, and every
// connection pinned to those threads waited too. So at most `threads + queue` hashes are admitted
// at once, served in arrival order; the next one is refused at once (503 UNAVAILABLE with
// Retry-After), which bounds both the request threads a flood can hold and how long an admitted
// hash waits (queue / threads hash times).
class SodiumPasswordHasher final : public PasswordHasher
{
    Q_DISABLE_COPY_MOVE(SodiumPasswordHasher)
public:
    // `queue`: hashes that may wait for a thread; `fast`: libsodium's minimum cost, for tests.
    explicit SodiumPasswordHasher(int threads = 2, int queue = 2, bool fast = false);
    ~SodiumPasswordHasher() override;

    QString hash(const QString &password) override;
    bool verify(const QString &hash, const QString &password) override;

    // Hashes admitted now (running or waiting), for tests and metrics.
    int admitted() const { return m_admitted.load(); }

private:
    template<typename T, typename F>
    T run(F work);

    const int m_capacity;
    std::atomic<int> m_admitted{ 0 };
    unsigned long long m_opsLimit;
    size_t m_memLimit;
    QThreadPool m_pool;
};

} // namespace coworking
