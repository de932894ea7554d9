#pragma once

#include <QDateTime>
#include <QString>

namespace coworking {

class Clock;
class JwtCodec;
class LoginThrottle;
class PasswordHasher;
class RefreshTokenRepository;
class UserRepository;

// What a login or a refresh hands out.
struct TokenPair
{
    QString accessToken;
    QDateTime expiresAt;
    QString refreshToken;
    QDateTime refreshExpiresAt;

    bool operator==(const TokenPair &) const = default;
};

// Logging in, rotating refresh tokens and logging out. Refresh tokens are random strings stored
// only as SHA-256 hashes; each refresh spends the token and hands out the next of its family, and
// a spent token coming back (stolen and replayed, most likely) revokes the whole family.
class AuthService final
{
    Q_DISABLE_COPY_MOVE(AuthService)
public:
    // `dummyHash`: a hash of a random password (see m_dummyHash), made here when not given;
    // a server with many workers makes one for all (each costs an Argon2id run).
    AuthService(UserRepository &users, RefreshTokenRepository &refreshTokens,
                PasswordHasher &hasher, const JwtCodec &jwt, LoginThrottle &throttle,
                const Clock &clock, int refreshTtlDays, const QString &dummyHash = {});

    static QString makeDummyHash(PasswordHasher &hasher);

    // 429 TOO_MANY_REQUESTS (with Retry-After), 401 INVALID_CREDENTIALS, 403 USER_BANNED.
    TokenPair login(const QString &email, const QString &password, const QString &clientAddress);
    // 401 INVALID_REFRESH_TOKEN, 403 USER_BANNED.
    TokenPair refresh(const QString &refreshToken);
    // Revokes the token's family; an unknown token is not an error (logging out is idempotent).
    void logout(const QString &refreshToken);

    // SHA-256 hex of a refresh token: what the database keeps.
    static QString hashRefreshToken(const QString &refreshToken);

private:
    TokenPair issue(const QString &userId, const QString &familyId);

    UserRepository &m_users;
    RefreshTokenRepository &m_refreshTokens;
    PasswordHasher &m_hasher;
    const JwtCodec &m_jwt;
    LoginThrottle &m_throttle;
    const Clock &m_clock;
    const int m_refreshTtlDays;
    // A hash of a random password, verified against when the email is unknown, so an unknown
    // email costs as much time as a wrong password.
    const QString m_dummyHash;
};

} // namespace coworking
