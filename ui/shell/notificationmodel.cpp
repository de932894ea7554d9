#include "notificationmodel.h"

#include <QFont>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

NotificationModel::NotificationModel(QObject *parent)
    : QAbstractListModel(parent), m_local(QString::fromUtf8(QTimeZone::systemTimeZoneId()))
{
}

int NotificationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

QVariant NotificationModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Notification &n = m_items.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return QString(n.title + u"\n"_s + n.body + u"\n"_s + m_local.dateTime(n.createdAt));
    case Qt::ToolTipRole:
    case BodyRole:
        return n.body;
    case Qt::FontRole:
        if (!n.isRead()) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return {};
    case Qt::AccessibleTextRole:
        return QString((n.isRead() ? QString() : tr("Unread: ")) + n.title + u". "_s + n.body);
    case IdRole:
        return n.id;
    case ReadRole:
        return n.isRead();
    case CreatedRole:
        return n.createdAt;
    default:
        return {};
    }
}

void NotificationModel::setNotifications(const QList<Notification> &items, int unread)
{
    beginResetModel();
    m_items = items;
    endResetModel();
    if (unread != m_unread) {
        m_unread = unread;
        emit unreadCountChanged(unread);
    }
}

void NotificationModel::markRead(const QString &id, const QDateTime &at)
{
    for (int row = 0; row < m_items.size(); ++row) {
        Notification &n = m_items[row];
        if (n.id == id && !n.isRead()) {
            n.readAt = at;
            emit dataChanged(index(row), index(row));
            m_unread = qMax(0, m_unread - 1);
            emit unreadCountChanged(m_unread);
        }
    }
}

void NotificationModel::markAllRead(const QDateTime &at)
{
    for (Notification &n : m_items) {
        if (!n.isRead())
            n.readAt = at;
    }
    if (!m_items.isEmpty())
        emit dataChanged(index(0), index(int(m_items.size()) - 1));
    if (m_unread != 0) {
        m_unread = 0;
        emit unreadCountChanged(0);
    }
}

} // namespace ui
} // namespace coworking
