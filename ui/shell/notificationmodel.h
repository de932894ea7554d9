#pragma once

#include "common/zonetime.h"
#include "notifications/notification.h"

#include <QAbstractListModel>

namespace coworking {
namespace ui {

// The in-app inbox: the user's notifications, newest first, unread ones in bold.
class NotificationModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, ReadRole, BodyRole, CreatedRole };

    explicit NotificationModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void setNotifications(const QList<Notification> &items, int unread);
    void markRead(const QString &id, const QDateTime &at);
    void markAllRead(const QDateTime &at);
    int unreadCount() const { return m_unread; }
    const Notification &at(int row) const { return m_items.at(row); }

signals:
    void unreadCountChanged(int unread);

private:
    QList<Notification> m_items;
    int m_unread = 0;
    ZoneTime m_local; // the computer's own zone: a notification is about the user, not a site
};

} // namespace ui
} // namespace coworking
