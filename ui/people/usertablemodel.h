#pragma once

#include "users/user.h"

#include <QAbstractTableModel>
#include <QList>

namespace coworking {
namespace ui {

// People as table rows: name, e-mail, roles and whether they are banned.
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { NameColumn, EmailColumn, RolesColumn, StandingColumn, ColumnCount };
    enum Role { UserIdRole = Qt::UserRole + 1, BannedRole };

    explicit UserTableModel(QObject *parent = nullptr);

    void setUsers(const QList<User> &users);
    // Replaces the row of the same user (after a ban or an unban); ignored when not listed.
    void update(const User &user);
    const User &userAt(int row) const { return m_users.at(row); }
    int rowOf(const QString &userId) const;

    static QString rolesText(const User &user);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace ui
} // namespace coworking
