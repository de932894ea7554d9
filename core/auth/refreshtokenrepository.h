#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace coworking {

// Refresh tokens are stored only as a hash; a chain of rotations shares one family id.
struct RefreshTokenRecord
{
    QString tokenHash;
    QString userId;
    QString familyId;
    QDateTime expiresAt;
    QDateTime usedAt; // set when rotated
    QDateTime revokedAt; // set when its family was revoked
    QDateTime createdAt;
};

class RefreshTokenRepository
{
public:
    virtual ~RefreshTokenRepository() = default;
    virtual void insert(const RefreshTokenRecord &record) = 0;
    virtual std::optional<RefreshTokenRecord> find(const QString &tokenHash) = 0;
    // Marks the token used only if it was unused and not revoked; false when someone else won.
    virtual bool markUsed(const QString &tokenHash, const QDateTime &at) = 0;
    virtual void revokeFamily(const QString &familyId, const QDateTime &at) = 0;
    virtual void revokeAllOfUser(const QString &userId, const QDateTime &at) = 0;
};

} // namespace coworking
