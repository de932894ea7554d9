#pragma once

#include "coworkings/coworking.h"
#include "users/user.h"

#include <QSet>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;

namespace coworking {
namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client
namespace ui {

class MessageBar;
class UserTableModel;

// People: admins search every user, see their roles, ban and unban them (with a reason and a
// confirmation); a manager or owner sees the members who book in the chosen coworking.
class PeopleView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PeopleView)

public:
    explicit PeopleView(client::CoworkingClient &client, QWidget *parent = nullptr);

    UserTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchEdit() const { return m_search; }
    QPushButton *banButton() const { return m_ban; }
    QPushButton *unbanButton() const { return m_unban; }
    MessageBar *messageBar() const { return m_messages; }
    // Admins see everyone and may ban; others see the members of the coworking.
    bool isAdminMode() const { return m_adminMode; }

public slots:
    void setCoworking(const coworking::Coworking &coworking);
    void setAdminMode(bool admin);
    void refresh();
    void find(); // focuses the search field
    void banSelected(); // asks why, then bans
    void unbanSelected(); // asks for a confirmation, then unbans

signals:
    void loaded();
    void actionFinished(bool ok);

private:
    void searchUsers();
    void loadMembers();
    void loadMemberPage(int page, quint64 generation);
    void setBanned(const User &user, bool banned, const QString &reason);
    void updateButtons();
    void fail(const client::ApiError &error);
    const User *selectedUser() const;

    client::CoworkingClient &m_client;
    Coworking m_coworking;
    bool m_adminMode = false;
    quint64 m_generation = 0; // answers of an earlier search or coworking are dropped
    QList<User> m_members; // gathered from the pages of bookings read so far
    QSet<QString> m_memberIds;
    MessageBar *m_messages;
    QLabel *m_scope;
    QLineEdit *m_search;
    UserTableModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    QPushButton *m_ban;
    QPushButton *m_unban;
    QTimer *m_searchDelay;
};

} // namespace ui
} // namespace coworking
