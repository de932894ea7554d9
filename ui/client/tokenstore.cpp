#include "tokenstore.h"

#include <qt6keychain/keychain.h>

#include <QPointer>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coworking::client {

void MemoryTokenStore::save(const QString &account, const QString &token)
{
    m_tokens.insert(account, token);
}

void MemoryTokenStore::load(const QString &account, QObject *context, LoadCallback done)
{
    std::optional<QString> token;
    if (const auto it = m_tokens.constFind(account); it != m_tokens.constEnd())
        token = *it;
    QMetaObject::invokeMethod(
            context ? context : this, [done = std::move(done), token] { done(token); },
            Qt::QueuedConnection);
}

void MemoryTokenStore::remove(const QString &account)
{
    m_tokens.remove(account);
}

KeychainTokenStore::KeychainTokenStore(QString service, QObject *parent)
    : TokenStore(parent), m_service(service.isEmpty() ? u"coworking-desk"_s : std::move(service))
{
}

void KeychainTokenStore::fallBack(const QString &reason)
{
    if (!m_persistent)
        return;
    m_persistent = false;
    emit persistenceLost(reason);
}

namespace {

// Starts `job` and gives up on it after `timeout`: a keychain that never answers (a session bus
// without a secret service) must not leave the caller waiting forever. `finished` runs once.
void runJob(QKeychain::Job *job, std::chrono::milliseconds timeout,
            std::function<void(QKeychain::Job *, bool timedOut)> finished)
{
    auto once = std::make_shared<std::function<void(QKeychain::Job *, bool)>>(std::move(finished));
    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, job, [job, once] {
        if (auto f = std::exchange(*once, {}))
            f(job, true);
    });
    QObject::connect(job, &QKeychain::Job::finished, job, [once](QKeychain::Job *j) {
        if (auto f = std::exchange(*once, {}))
            f(j, false);
    });
    job->setAutoDelete(true);
    timer->start(timeout);
    job->start();
}

QString failure(QKeychain::Job *job, bool timedOut)
{
    return timedOut ? u"The system keychain did not answer."_s : job->errorString();
}

} // namespace

void KeychainTokenStore::save(const QString &account, const QString &token)
{
    m_memory.save(account, token);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(account);
    job->setTextData(token);
    QPointer<KeychainTokenStore> self(this);
    runJob(job, m_timeout, [self](QKeychain::Job *j, bool timedOut) {
        if (self && (timedOut || j->error() != QKeychain::NoError))
            self->fallBack(failure(j, timedOut));
    });
}

void KeychainTokenStore::load(const QString &account, QObject *context, LoadCallback done)
{
    if (!m_persistent)
        return m_memory.load(account, context, std::move(done));
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(account);
    QPointer<KeychainTokenStore> self(this);
    QPointer<QObject> guard(context);
    const bool bounded = context != nullptr;
    runJob(job, m_timeout,
           [self, guard, bounded, account, done = std::move(done)](QKeychain::Job *j,
                                                                   bool timedOut) {
               if (!self || (bounded && !guard))
                   return;
               if (!timedOut && j->error() == QKeychain::NoError) {
                   done(static_cast<QKeychain::ReadPasswordJob *>(j)->textData());
                   return;
               }
               if (!timedOut && j->error() == QKeychain::EntryNotFound) {
                   done(std::nullopt);
                   return;
               }
               self->fallBack(failure(j, timedOut));
               self->m_memory.load(account, guard, done);
           });
}

void KeychainTokenStore::remove(const QString &account)
{
    m_memory.remove(account);
    if (!m_persistent)
        return;
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(account);
    QPointer<KeychainTokenStore> self(this);
    runJob(job, m_timeout, [self](QKeychain::Job *j, bool timedOut) {
        if (self
            && (timedOut
                || (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound)))
            self->fallBack(failure(j, timedOut));
    });
}

} // namespace coworking::client
