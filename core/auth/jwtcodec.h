#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QString>

#include <optional>

namespace coworking {

// Access tokens: JWT signed with HMAC-SHA256 under one server key. Only HS256 is accepted, so a
// token cannot choose a weaker algorithm ("none") for itself. Immutable after construction,
// hence safe to share between request threads.
class JwtCodec final
{
    Q_DISABLE_COPY_MOVE(JwtCodec)
public:
    JwtCodec(QByteArray key, int accessTtlMinutes);

    struct IssuedToken
    {
        QString token;
        QDateTime expiresAt; // UTC, whole seconds (what `exp` says)
    };
    IssuedToken issue(const QString &userId, const QDateTime &now) const;

    struct AccessClaims
    {
        QString userId;
        QDateTime expiresAt;
    };
    // nullopt for anything but a well-formed HS256 token signed with our key, unexpired at `now`.
    std::optional<AccessClaims> verify(QByteArrayView token, const QDateTime &now) const;

    int accessTtlMinutes() const { return m_ttlMinutes; }

private:
    QByteArray sign(QByteArrayView signingInput) const;

    const QByteArray m_key;
    const int m_ttlMinutes;
};

} // namespace coworking
