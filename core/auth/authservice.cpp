#include "authservice.h"

#include "auth/jwtcodec.h"
#include "auth/loginthrottle.h"
#include "auth/passwordhasher.h"
#include "auth/refreshtokenrepository.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "users/userrepository.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QUuid>

#include <array>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QString randomToken()
{
    std::array<quint32, 8> words{}; // 32 bytes
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    return QString::fromLatin1(
            QByteArray(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof words))
                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

AppError invalidCredentials()
{
    return { ErrorKind::Unauthorized, errc::InvalidCredentials,
             u"The email or the password is wrong."_s };
}

AppError invalidRefreshToken()
{
    return { ErrorKind::Unauthorized, errc::InvalidRefreshToken,
             u"The refresh token is invalid, expired or revoked. Log in again."_s };
}

AppError userBanned()
{
    return { ErrorKind::Forbidden, errc::UserBanned, u"This account is banned."_s };
}

AppError tooManyAttempts(int retryAfter)
{
    AppError error(ErrorKind::TooManyRequests, errc::TooManyRequests,
                   u"Too many failed logins. Try again in %1 seconds."_s.arg(retryAfter),
                   QJsonObject{ { keys::RetryAfter, retryAfter } });
    error.withRetryAfter(retryAfter);
    return error;
}

} // namespace

AuthService::AuthService(UserRepository &users, RefreshTokenRepository &refreshTokens,
                         PasswordHasher &hasher, const JwtCodec &jwt, LoginThrottle &throttle,
                         const Clock &clock, int refreshTtlDays, const QString &dummyHash)
    : m_users(users),
      m_refreshTokens(refreshTokens),
      m_hasher(hasher),
      m_jwt(jwt),
      m_throttle(throttle),
      m_clock(clock),
      m_refreshTtlDays(refreshTtlDays),
      m_dummyHash(dummyHash.isEmpty() ? makeDummyHash(hasher) : dummyHash)
{
}

QString AuthService::makeDummyHash(PasswordHasher &hasher)
{
    return hasher.hash(randomToken());
}

QString AuthService::hashRefreshToken(const QString &refreshToken)
{
    return QString::fromLatin1(
            QCryptographicHash::hash(refreshToken.toUtf8(), QCryptographicHash::Sha256).toHex());
}

TokenPair AuthService::issue(const QString &userId, const QString &familyId)
{
    const QDateTime now = m_clock.now();
    const JwtCodec::IssuedToken access = m_jwt.issue(userId, now);
    const QString refreshToken = randomToken();
    RefreshTokenRecord record;
    record.tokenHash = hashRefreshToken(refreshToken);
    record.userId = userId;
    record.familyId = familyId;
    record.createdAt = now;
    record.expiresAt = now.addDays(m_refreshTtlDays);
    m_refreshTokens.insert(record);
    return { access.token, access.expiresAt, refreshToken, record.expiresAt };
}

TokenPair AuthService::login(const QString &email, const QString &password,
                             const QString &clientAddress)
{
    if (const int wait = m_throttle.retryAfter(email, clientAddress); wait > 0)
        throw tooManyAttempts(wait);

    const auto user = m_users.findByEmail(email.trimmed());
    // Verify even for an unknown email, so the answer's timing does not tell which emails exist.
    bool passwordOk = false;
    if (user)
        passwordOk = m_hasher.verify(user->passwordHash, password);
    else
        m_hasher.verify(m_dummyHash, password);
    if (!passwordOk) {
        m_throttle.recordFailure(email, clientAddress);
        throw invalidCredentials();
    }
    m_throttle.recordSuccess(email);
    // Told only to whoever knows the password.
    if (user->isBanned)
        throw userBanned();
    return issue(user->id, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

TokenPair AuthService::refresh(const QString &refreshToken)
{
    // Ours are 43 characters; anything far off is not worth a database round trip.
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        throw invalidRefreshToken();
    const QString hash = hashRefreshToken(refreshToken);
    const auto record = m_refreshTokens.find(hash);
    if (!record || record->revokedAt.isValid())
        throw invalidRefreshToken();
    const QDateTime now = m_clock.now();
    if (record->usedAt.isValid()) {
        // A spent token presented again: whoever holds the chain now may be a thief.
        m_refreshTokens.revokeFamily(record->familyId, now);
        throw invalidRefreshToken();
    }
    if (record->expiresAt <= now)
        throw invalidRefreshToken();
    const auto user = m_users.findById(record->userId);
    if (!user)
        throw invalidRefreshToken();
    if (user->isBanned)
        throw userBanned();
    if (!m_refreshTokens.markUsed(hash, now)) {
        // Someone spent or revoked it between our read and our write: treat it as a reuse.
        m_refreshTokens.revokeFamily(record->familyId, now);
        throw invalidRefreshToken();
    }
    return issue(user->id, record->familyId);
}

void AuthService::logout(const QString &refreshToken)
{
    if (refreshToken.isEmpty() || refreshToken.size() > 256)
        return;
    const auto record = m_refreshTokens.find(hashRefreshToken(refreshToken));
    if (record)
        m_refreshTokens.revokeFamily(record->familyId, m_clock.now());
}

} // namespace coworking
