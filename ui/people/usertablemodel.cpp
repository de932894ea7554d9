#include "usertablemodel.h"

#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

UserTableModel::UserTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void UserTableModel::setUsers(const QList<User> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

void UserTableModel::update(const User &user)
{
    const int row = rowOf(user.id);
    if (row < 0)
        return;
    m_users[row] = user;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UserTableModel::rowOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_users.size(); ++i) {
        if (m_users.at(i).id == userId)
            return int(i);
    }
    return -1;
}

QString UserTableModel::rolesText(const User &user)
{
    QStringList roles;
    if (user.isAdmin)
        roles.append(tr("Administrator"));
    if (user.isBusiness)
        roles.append(tr("Business"));
    if (roles.isEmpty())
        roles.append(tr("Member"));
    return roles.join(u", "_s);
}

int UserTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const User &u = m_users.at(index.row());
    if (role == UserIdRole)
        return u.id;
    if (role == BannedRole)
        return u.isBanned;
    if (role == Qt::FontRole && u.isBanned && index.column() == StandingColumn) {
        QFont bold;
        bold.setBold(true); // not colour alone
        return bold;
    }
    if (role == Qt::ForegroundRole && u.isBanned)
        return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case NameColumn:
        return u.fullName;
    case EmailColumn:
        return u.email;
    case RolesColumn:
        return rolesText(u);
    case StandingColumn:
        return u.isBanned ? tr("Banned") : tr("Active");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RolesColumn:
        return tr("Roles");
    case StandingColumn:
        return tr("Standing");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ui
} // namespace coworking
