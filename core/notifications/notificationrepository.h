#pragma once

#include "common/page.h"
#include "notification.h"

#include <optional>

namespace coworking {

// Every query takes the owner's id: a user reaches only his or her own notifications.
class NotificationRepository
{
public:
    virtual ~NotificationRepository() = default;
    virtual void insert(const Notification &notification) = 0;
    // Stores the notification of an outbox event unless that event already has one for the
    // user (a repeated handling); returns the stored row either way.
    virtual Notification insertForEvent(const QString &eventId,
                                        const Notification &notification) = 0;
    virtual std::optional<Notification> find(const QString &userId, const QString &id) = 0;
    // Newest first.
    virtual Page<Notification> list(const QString &userId, bool unreadOnly,
                                    const PageRequest &page) = 0;
    virtual qint64 countUnread(const QString &userId) = 0;
    // Sets read_at where it is not set yet; false when the notification was already read (or
    // is not the user's).
    virtual bool markRead(const QString &userId, const QString &id, const QDateTime &at) = 0;
    // Returns how many notifications went from unread to read.
    virtual int markAllRead(const QString &userId, const QDateTime &at) = 0;
};

} // namespace coworking
