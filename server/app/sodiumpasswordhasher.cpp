#include "sodiumpasswordhasher.h"

#include "common/apperror.h"
#include "common/errorcodes.h"

#include <QLoggingCategory>

#include <sodium.h>

#include <algorithm>
#include <future>
#include <memory>
#include <mutex>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHasher, "coworking.auth.hasher")

namespace coworking {

namespace {

void initSodium()
{
    static std::once_flag once;
    std::call_once(once, [] {
        if (sodium_init() < 0)
            qFatal("libsodium cannot be initialised");
    });
}

AppError hashingBusy()
{
    AppError error(ErrorKind::Unavailable, errc::Unavailable,
                   u"The server is busy checking passwords. Try again in a second."_s);
    error.withRetryAfter(1);
    return error;
}

// The UTF-8 bytes of a password, wiped from memory when no longer needed.
struct SecretBytes
{
    explicit SecretBytes(const QString &text) : bytes(text.toUtf8()) { }
    ~SecretBytes() { sodium_memzero(bytes.data(), size_t(bytes.size())); }
    Q_DISABLE_COPY_MOVE(SecretBytes)
    QByteArray bytes;
};

} // namespace

// Runs `work` on the pool and waits for its result; exceptions travel back to the caller.
template<typename T, typename F>
T SodiumPasswordHasher::run(F work)
{
    if (m_admitted.fetch_add(1) >= m_capacity) {
        m_admitted.fetch_sub(1);
        throw hashingBusy();
    }
    auto promise = std::make_shared<std::promise<T>>();
    std::future<T> result = promise->get_future();
    // QThreadPool runs tasks of one priority in the order they came: admitted hashes are FIFO.
    // The slot is freed before the caller learns the result, so its next hash finds it free.
    m_pool.start([this, promise, work = std::move(work)]() mutable {
        std::exception_ptr failure;
        std::optional<T> value;
        try {
            value.emplace(work());
        } catch (...) {
            failure = std::current_exception();
        }
        m_admitted.fetch_sub(1);
        if (failure)
            promise->set_exception(failure);
        else
            promise->set_value(std::move(*value));
    });
    return result.get();
}

SodiumPasswordHasher::SodiumPasswordHasher(int threads, int queue, bool fast)
    : m_capacity(std::max(1, threads) + std::max(0, queue)),
      m_opsLimit(fast ? crypto_pwhash_OPSLIMIT_MIN : 2),
      m_memLimit(fast ? crypto_pwhash_MEMLIMIT_MIN : size_t(19) * 1024 * 1024)
{
    initSodium();
    m_pool.setObjectName(u"password-hasher"_s);
    m_pool.setMaxThreadCount(std::max(1, threads));
    m_pool.setExpiryTimeout(-1); // keep the threads: hashing is on the login path
}

SodiumPasswordHasher::~SodiumPasswordHasher()
{
    m_pool.waitForDone();
}

QString SodiumPasswordHasher::hash(const QString &password)
{
    auto secret = std::make_shared<SecretBytes>(password);
    const auto ops = m_opsLimit;
    const auto mem = m_memLimit;
    return run<QString>([secret, ops, mem] {
        char out[crypto_pwhash_STRBYTES];
        if (crypto_pwhash_str_alg(out, secret->bytes.constData(),
                                  static_cast<unsigned long long>(secret->bytes.size()), ops, mem,
                                  crypto_pwhash_ALG_ARGON2ID13)
            != 0) {
            qCCritical(lcHasher) << "Argon2id failed (out of memory?)";
            throw AppError::unavailable();
        }
        return QString::fromLatin1(out);
    });
}

bool SodiumPasswordHasher::verify(const QString &hash, const QString &password)
{
    // Hashes are ASCII; anything else (or an empty hash) cannot match.
    const QByteArray stored = hash.toLatin1();
    if (stored.isEmpty() || stored.size() >= crypto_pwhash_STRBYTES)
        return false;
    auto secret = std::make_shared<SecretBytes>(password);
    return run<bool>([secret, stored] {
        return crypto_pwhash_str_verify(stored.constData(), secret->bytes.constData(),
                                        static_cast<unsigned long long>(secret->bytes.size()))
                == 0;
    });
}

} // namespace coworking
