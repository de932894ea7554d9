#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace coworking {

// The personal calendar feeds (GET /calendar/{token}.ics): at most one per user, stored as the
// SHA-256 of its secret token only, so that the database never holds a working URL.
class CalendarFeedRepository
{
public:
    virtual ~CalendarFeedRepository() = default;

    // Gives the user the feed with `tokenHash` (hex), replacing the one the user had.
    virtual void replace(const QString &userId, const QByteArray &tokenHash,
                         const QDateTime &createdAt) = 0;
    // False when the user had no feed.
    virtual bool remove(const QString &userId) = 0;
    // The user whose feed has `tokenHash`.
    virtual std::optional<QString> findUser(const QByteArray &tokenHash) = 0;
};

} // namespace coworking
