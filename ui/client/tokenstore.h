#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>
#include <optional>

namespace coworking::client {

// Where the refresh token of "keep me signed in" is kept between runs, one per account (the
// server's address). Asynchronous because a system keychain is: answers come later, on the
// caller's thread, bounded by `context`.
class TokenStore : public QObject
{
    Q_OBJECT
public:
    using LoadCallback = std::function<void(std::optional<QString> token)>;

    using QObject::QObject;

    // True while what is saved outlives this process (a working keychain); false for memory.
    virtual bool persistent() const = 0;
    virtual void save(const QString &account, const QString &token) = 0;
    // nullopt when nothing is kept for the account.
    virtual void load(const QString &account, QObject *context, LoadCallback done) = 0;
    virtual void remove(const QString &account) = 0;

signals:
    // The store stopped being persistent (no keychain answered): tokens are kept in memory only
    // from now on. `reason` is the keychain's own words.
    void persistenceLost(const QString &reason);
};

// Memory only: tests, and machines without a keyring.
class MemoryTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    using TokenStore::TokenStore;

    bool persistent() const override { return false; }
    void save(const QString &account, const QString &token) override;
    void load(const QString &account, QObject *context, LoadCallback done) override;
    void remove(const QString &account) override;

private:
    QHash<QString, QString> m_tokens;
};

// The system keychain through QtKeychain (Secret Service, KWallet, macOS Keychain, Windows
// Credential Store). When the keychain fails or does not answer within the timeout, it falls back
// to memory for the rest of the run and says so (persistent() turns false, persistenceLost).
class KeychainTokenStore final : public TokenStore
{
    Q_OBJECT
public:
    explicit KeychainTokenStore(QString service = {}, QObject *parent = nullptr);

    bool persistent() const override { return m_persistent; }
    void save(const QString &account, const QString &token) override;
    void load(const QString &account, QObject *context, LoadCallback done) override;
    void remove(const QString &account) override;

    QString service() const { return m_service; }
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

private:
    void fallBack(const QString &reason);

    QString m_service;
    bool m_persistent = true;
    std::chrono::milliseconds m_timeout{ 5000 };
    MemoryTokenStore m_memory; // what this run saved: answers even after the fallback
};

} // namespace coworking::client
