#include "peopleview.h"

#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/reasondialog.h"
#include "client/coworkingclient.h"
#include "usertablemodel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 100;
constexpr int kSearchDelayMs = 250; // one request once typing pauses, not one per key
// The members of a coworking are read from its bookings, newest pages first; a site with more
// bookings than this shows the people of the first ones (the admin search finds anyone).
constexpr int kMemberPages = 20;

} // namespace

PeopleView::PeopleView(client::CoworkingClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_messages(new MessageBar(this)),
      m_scope(new QLabel(this)),
      m_search(new QLineEdit(this)),
      m_model(new UserTableModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_ban(new QPushButton(tr("&Ban…"), this)),
      m_unban(new QPushButton(tr("&Unban…"), this)),
      m_searchDelay(new QTimer(this))
{
    m_messages->hide();
    m_scope->setWordWrap(true);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name or e-mail"));
    m_search->setAccessibleName(tr("Search people"));
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("People"));

    auto *searchLabel = new QLabel(tr("&Find:"), this);
    searchLabel->setBuddy(m_search);
    auto *top = new QHBoxLayout;
    top->addWidget(searchLabel);
    top->addWidget(m_search, 1);
    top->addWidget(m_ban);
    top->addWidget(m_unban);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_scope);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);

    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchDelay, &QTimer::timeout, this, &PeopleView::refresh);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        // Admins ask the server; the members of a coworking are all here already.
        if (m_adminMode)
            m_searchDelay->start();
        else
            m_proxy->setFilterFixedString(text.trimmed());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &PeopleView::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PeopleView::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PeopleView::updateButtons);
    connect(m_ban, &QPushButton::clicked, this, &PeopleView::banSelected);
    connect(m_unban, &QPushButton::clicked, this, &PeopleView::unbanSelected);
    setAdminMode(false);
}

void PeopleView::setAdminMode(bool admin)
{
    m_adminMode = admin;
    m_ban->setVisible(admin);
    m_unban->setVisible(admin);
    m_proxy->setFilterFixedString(admin ? QString() : m_search->text().trimmed());
    m_scope->setText(admin ? tr("Everyone registered on this server. Banning a person signs them "
                                "out at once and cancels their future bookings.")
                           : tr("The people who have booked in %1.").arg(m_coworking.name));
    updateButtons();
}

void PeopleView::setCoworking(const Coworking &coworking)
{
    m_coworking = coworking;
    const std::optional<User> me = m_client.api().currentUser();
    setAdminMode(me && me->isAdmin);
    refresh();
}

void PeopleView::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PeopleView::refresh()
{
    if (m_adminMode)
        searchUsers();
    else if (!m_coworking.id.isEmpty())
        loadMembers();
}

void PeopleView::searchUsers()
{
    const quint64 generation = ++m_generation;
    m_client.users().search(
            m_search->text().trimmed(), {}, PageRequest{ kPageSize, 0 }, this,
            [this, generation](client::Result<Page<User>> result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                m_model->setUsers(result.value().items);
                if (result.value().total > result.value().items.size())
                    m_messages->showInfo(
                            tr("Showing the first %1 of %2 people; type more to narrow the "
                               "search.")
                                    .arg(result.value().items.size())
                                    .arg(result.value().total));
                emit loaded();
            });
}

void PeopleView::loadMembers()
{
    const quint64 generation = ++m_generation;
    m_members.clear();
    m_memberIds.clear();
    loadMemberPage(0, generation);
}

void PeopleView::loadMemberPage(int page, quint64 generation)
{
    client::BookingsQuery query;
    query.coworkingId = m_coworking.id;
    m_client.bookings().list(query, PageRequest{ kPageSize, page }, this,
                             [this, page, generation](client::Result<Page<BookingDetails>> result) {
                                 if (generation != m_generation)
                                     return;
                                 if (!result.ok()) {
                                     fail(result.error());
                                     return;
                                 }
                                 for (const BookingDetails &d : result.value().items) {
                                     if (d.user && !m_memberIds.contains(d.user->id)) {
                                         m_memberIds.insert(d.user->id);
                                         m_members.append(*d.user);
                                     }
                                 }
                                 const qint64 seen = qint64(page + 1) * kPageSize;
                                 if (seen < result.value().total && page + 1 < kMemberPages) {
                                     loadMemberPage(page + 1, generation);
                                     return;
                                 }
                                 m_model->setUsers(std::exchange(m_members, {}));
                                 emit loaded();
                             });
}

const User *PeopleView::selectedUser() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return nullptr;
    return &m_model->userAt(m_proxy->mapToSource(rows.first()).row());
}

void PeopleView::updateButtons()
{
    const User *user = selectedUser();
    m_ban->setEnabled(m_adminMode && user && !user->isBanned);
    m_unban->setEnabled(m_adminMode && user && user->isBanned);
}

void PeopleView::banSelected()
{
    const User *selected = selectedUser();
    if (!selected || selected->isBanned)
        return;
    const User user = *selected;
    auto *dialog = new ReasonDialog(
            tr("Ban"),
            tr("Ban %1 (%2)? They are signed out at once and their future bookings are "
               "cancelled.")
                    .arg(user.fullName, user.email),
            tr("&Ban"), { tr("Abusive behaviour"), tr("Repeated no-shows"), tr("Unpaid bills") },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, user] { setBanned(user, true, dialog->reason()); });
    dialog->open();
}

void PeopleView::unbanSelected()
{
    const User *selected = selectedUser();
    if (!selected || !selected->isBanned)
        return;
    const User user = *selected;
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Unban"),
            tr("Let %1 (%2) sign in and book again?").arg(user.fullName, user.email),
            QMessageBox::NoButton, this);
    box->addButton(tr("&Unban"), QMessageBox::AcceptRole);
    box->addButton(tr("&Back"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this, [this, user] { setBanned(user, false, {}); });
    box->open();
}

void PeopleView::setBanned(const User &user, bool banned, const QString &reason)
{
    // The API takes no reason: it is said back in the outcome, for the one who bans.
    const auto done = [this, user, banned, reason](client::Result<client::Done> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        User updated = user;
        updated.isBanned = banned;
        m_model->update(updated);
        m_messages->showPositive(banned ? tr("%1 is banned (%2).").arg(user.email, reason)
                                        : tr("%1 may sign in again.").arg(user.email));
        emit actionFinished(true);
    };
    if (banned)
        m_client.users().ban(user.id, this, done);
    else
        m_client.users().unban(user.id, this, done);
}

void PeopleView::fail(const client::ApiError &error)
{
    m_messages->showMessage(MessageBar::Kind::Error, ErrorText::describe(error), tr("&Retry"),
                            [this] { refresh(); });
    emit actionFinished(false);
}

} // namespace ui
} // namespace coworking
