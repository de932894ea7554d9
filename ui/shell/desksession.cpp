#include "desksession.h"

#include "client/coworkingclient.h"
#include "common/clock.h"
#include "client/tokenstore.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "bookings/bookingsview.h"
#include "closures/closuresview.h"
#include "floor/floorcontroller.h"
#include "editor/floorplaneditor.h"
#include "people/peopleview.h"
#include "reports/reportsview.h"
#include "settings/settingsview.h"
#include "floor/floorpage.h"
#include "floor/timecontrol.h"
#include "notificationmodel.h"
#include "signinwindow.h"
#include "sitebackupactions.h"

#include <QApplication>
#include <QStyle>
#include <QTabWidget>
#include <QUndoGroup>

#include <memory>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

DeskSession::DeskSession(client::CoworkingClient &client, const Clock &clock, QObject *parent)
    : QObject(parent), m_client(client), m_clock(clock)
{
    m_notificationTimer.setInterval(60'000);
    connect(&m_notificationTimer, &QTimer::timeout, this, &DeskSession::loadNotifications);
    connect(&m_client.api(), &client::ApiClient::reachabilityChanged, this,
            &DeskSession::setReachable);
    connect(&m_client.api(), &client::ApiClient::sessionExpired, this, [this] {
        if (m_main) {
            m_main->close();
            showSignIn(tr("Your session has ended. Sign in again."));
        }
    });
    connect(&m_client.tokens(), &client::TokenStore::persistenceLost, this, [this] {
        if (m_signIn)
            m_signIn->setKeychainAvailable(false);
    });
}

DeskSession::~DeskSession()
{
    delete m_main;
    delete m_signIn;
}

void DeskSession::start()
{
    // A kept session resumes without asking; otherwise (or when refused) the sign-in window.
    auto *attempt = new QObject(this);
    m_client.auth().restoreSession(attempt, [this, attempt](client::Result<User> r) {
        attempt->deleteLater();
        if (r.ok())
            openMain();
        else
            showSignIn();
    });
}

void DeskSession::showSignIn(const QString &error)
{
    if (!m_signIn) {
        m_signIn = new SignInWindow;
        m_signIn->setAttribute(Qt::WA_DeleteOnClose);
        m_signIn->setWindowIcon(qApp->windowIcon());
        connect(m_signIn, &SignInWindow::signInRequested, this, &DeskSession::signIn);
    }
    m_signIn->setKeychainAvailable(m_client.tokens().persistent());
    m_signIn->showError(error);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void DeskSession::prefillSignIn(const QUrl &server, const QString &email)
{
    showSignIn();
    m_signIn->setServer(server);
    m_signIn->setEmail(email);
}

void DeskSession::signInWith(const QUrl &server, const QString &email, const QString &password)
{
    prefillSignIn(server, email);
    signIn(server, email, password, false);
}

void DeskSession::signIn(const QUrl &server, const QString &email, const QString &password,
                         bool keep)
{
    m_client.api().setBaseUrl(server);
    if (m_signIn)
        m_signIn->setBusy(true);
    m_client.auth().login(email, password, keep, m_signIn ? static_cast<QObject *>(m_signIn) : this,
                          [this, server, email](client::Result<User> r) {
                              if (m_signIn)
                                  m_signIn->setBusy(false);
                              if (!r.ok()) {
                                  if (m_signIn) {
                                      m_signIn->showError(ErrorText::describe(r.error()));
                                      m_signIn->clearPassword();
                                  }
                                  return;
                              }
                              SignInWindow::rememberServer(server, email);
                              openMain();
                          });
}

void DeskSession::openMain()
{
    if (m_signIn)
        m_signIn->close();
    delete m_calls;
    m_calls = new QObject(this);
    m_coworkingsLoaded = false;
    m_views.clear();
    delete m_main;
    m_main = new MainWindow;
    m_main->setAttribute(Qt::WA_DeleteOnClose);
    m_main->setWindowIcon(qApp->windowIcon());
    m_main->setServer(m_client.api().baseUrl());
    m_main->setVersions(QApplication::applicationVersion(), {});
    if (const auto user = m_client.api().currentUser())
        m_main->setUser(*user);
    m_notifications = new NotificationModel(m_main);
    m_main->setNotificationModel(m_notifications);

    m_floor = new FloorPage(m_clock, m_main);
    m_floor->setObjectName(u"floorView"_s);
    m_floorController = new FloorController(m_client, m_floor, m_floor);
    connect(m_floorController, &FloorController::loaded, this, &DeskSession::floorLoaded);
    connect(m_floorController, &FloorController::liveStateChanged, this, &DeskSession::onLiveState);
    registerView(
            m_floor, tr("&Floor"),
            QIcon::fromTheme(u"go-home"_s, m_main->style()->standardIcon(QStyle::SP_DirHomeIcon)),
            ViewAccess::Anyone);

    addViews();

    connect(m_main, &MainWindow::coworkingChanged, this, &DeskSession::onCoworkingChanged);
    connect(m_main, &MainWindow::refreshRequested, this, [this] {
        m_floorController->refresh();
        loadNotifications();
    });
    connect(m_main, &MainWindow::retryRequested, this, [this] {
        if (!m_coworkingsLoaded)
            loadCoworkings();
        m_floorController->refresh();
        loadNotifications();
    });
    connect(m_main, &MainWindow::signOutRequested, this, &DeskSession::signOut);
    connect(m_main, &MainWindow::inboxOpened, this, &DeskSession::loadNotifications);
    connect(m_main, &MainWindow::notificationActivated, this, [this](const QString &id) {
        m_client.notifications().markRead(id, m_calls, [this, id](client::Result<client::Done> r) {
            if (r.ok())
                m_notifications->markRead(id, m_clock.now());
        });
    });
    connect(m_main, &MainWindow::markAllReadRequested, this, [this] {
        m_client.notifications().markAllRead(m_calls, [this](client::Result<client::Done> r) {
            if (r.ok())
                m_notifications->markAllRead(m_clock.now());
        });
    });
    connect(m_main, &QObject::destroyed, this, [this] {
        m_notificationTimer.stop();
        m_floor = nullptr;
        m_floorController = nullptr;
        m_notifications = nullptr;
    });

    if (m_siteBackup) {
        m_siteBackupActions = new SiteBackupActions(*m_siteBackup, m_clock, m_main);
        // Queued: the window that announced it is replaced meanwhile.
        connect(m_siteBackupActions, &SiteBackupActions::restored, this, &DeskSession::afterRestore,
                Qt::QueuedConnection);
    }

    emit mainWindowCreated(m_main);
    m_main->restoreLayout();
    m_main->show();
    if (!m_notice.isEmpty())
        m_main->noticeBar()->showPositive(std::exchange(m_notice, QString()));
    m_client.system().serverVersion(m_calls, [this](client::Result<QString> r) {
        if (m_main)
            m_main->setVersions(QApplication::applicationVersion(), r.ok() ? r.value() : QString());
    });
    loadCoworkings();
    loadNotifications();
    m_notificationTimer.start();
}

// The views beside the floor, each following the chosen coworking; what a role may use is decided
// per coworking by applyAccess().
void DeskSession::addViews()
{
    auto *bookings = new BookingsView(m_client, m_main);
    bookings->setObjectName(u"bookingsView"_s);
    registerView(bookings, tr("&Bookings"), QIcon::fromTheme(u"x-office-calendar"_s),
                 ViewAccess::Staff);
    connect(bookings, &BookingsView::showOnMap, this,
            [this](const QString &spotId, const QDateTime &time) {
                if (!m_main || !m_floor)
                    return;
                m_main->showView(m_floor);
                if (time.isValid())
                    m_floor->timeControl()->showMoment(time);
                m_floor->selectSpot(spotId);
            });

    auto *editor = new FloorPlanEditor(m_client, m_main);
    editor->setObjectName(u"editorView"_s);
    registerView(editor, tr("Floor &plan"), QIcon::fromTheme(u"document-edit"_s),
                 ViewAccess::OwnerOrAdmin);
    // Edit > Undo / Redo act on the editor's history while it is the current view.
    m_main->undoGroup()->addStack(editor->undoStack());
    connect(m_main->tabs(), &QTabWidget::currentChanged, editor, [this, editor] {
        m_main->undoGroup()->setActiveStack(m_main->currentView() == editor ? editor->undoStack()
                                                                            : nullptr);
    });

    // Quitting or showing another coworking with unsaved plan edits asks first (Save, Discard
    // or stay); the plan keeps its edits when another view is chosen.
    m_main->addLeaveGuard(editor,
                          { [editor] { return editor->isDirty(); },
                            [editor](std::function<void(bool)> answer) {
                                editor->maybeSave(std::move(answer));
                            } });

    auto *settings = new SettingsView(m_client, m_main);
    settings->setObjectName(u"settingsView"_s);
    registerView(settings, tr("&Settings"), QIcon::fromTheme(u"preferences-system"_s),
                 ViewAccess::OwnerOrAdmin);
    // Unsaved settings are asked about before anything that would leave them behind.
    m_main->addLeaveGuard(settings,
                          { [settings] { return settings->hasUnsavedChanges(); },
                            [settings](std::function<void(bool)> answer) {
                                settings->maybeSave(std::move(answer));
                            } },
                          MainWindow::GuardScope::Everything);

    // Managers close days too (the front desk knows of a burst pipe first), so it is not a
    // part of the owner's settings.
    auto *closures = new ClosuresView(m_client, m_clock, m_main);
    closures->setObjectName(u"closuresView"_s);
    registerView(closures, tr("&Closures"), QIcon::fromTheme(u"appointment-missed"_s),
                 ViewAccess::Staff);
    // The floor's days follow a closure made or removed here without waiting for F5.
    connect(closures, &ClosuresView::actionFinished, this, [this](bool ok) {
        if (ok && m_floorController)
            m_floorController->loadClosures();
    });

    auto *people = new PeopleView(m_client, m_main);
    people->setObjectName(u"peopleView"_s);
    registerView(people, tr("P&eople"), QIcon::fromTheme(u"system-users"_s), ViewAccess::Staff);

    auto *reports = new ReportsView(m_client, m_clock, m_main);
    reports->setObjectName(u"reportsView"_s);
    registerView(reports, tr("&Reports"), QIcon::fromTheme(u"x-office-spreadsheet"_s),
                 ViewAccess::Staff);

    connect(this, &DeskSession::coworkingSelected, m_main,
            [this, bookings, editor, settings, closures, people,
             reports](const Coworking &coworking, CoworkingRole role) {
                bookings->setCoworking(coworking);
                settings->setCoworking(coworking);
                if (Roles::isStaff(role))
                    closures->setCoworking(coworking);
                people->setCoworking(coworking);
                // The statistics are the staff's: others would only meet a 403.
                if (Roles::isStaff(role))
                    reports->setCoworking(coworking);
                // Unsaved edits were asked about by the window's guard before the switch.
                if (editor->coworkingId() != coworking.id)
                    editor->setCoworking(coworking.id);
            });
}

void DeskSession::registerView(QWidget *view, const QString &title, const QIcon &icon,
                               ViewAccess access)
{
    m_views.append({ view, access });
    m_main->addView(view, title, icon, true);
    // Until a coworking is chosen, only what anyone may use is open.
    const auto entry = currentCoworking();
    applyAccess(entry ? entry->role : CoworkingRole::None);
}

SiteBackupActions *DeskSession::siteBackupActions() const
{
    return m_siteBackupActions;
}

std::optional<CoworkingEntry> DeskSession::currentCoworking() const
{
    return m_main ? m_main->currentCoworking() : std::nullopt;
}

void DeskSession::loadCoworkings()
{
    const std::optional<User> user = m_client.api().currentUser();
    if (!user)
        return;
    if (!user->isAdmin) {
        // Owners and managers: the ones they run, with their role, in one call.
        m_client.coworkings().mine(m_calls, [this](client::Result<QList<StaffedCoworking>> r) {
            if (!r.ok())
                return coworkingsUnreadable(r.error());
            QList<CoworkingEntry> entries;
            for (const StaffedCoworking &s : r.value())
                entries.append(
                        { s.coworking, s.owner ? CoworkingRole::Owner : CoworkingRole::Manager });
            setEntries(entries);
        });
        return;
    }
    // Administrators run them all: the catalogue, page by page.
    readCatalogue(0, std::make_shared<QList<Coworking>>());
}

void DeskSession::readCatalogue(int page, std::shared_ptr<QList<Coworking>> all)
{
    m_client.coworkings().list({}, { 100, page }, m_calls,
                               [this, page, all](client::Result<Page<Coworking>> r) {
                                   if (!r.ok())
                                       return coworkingsUnreadable(r.error());
                                   all->append(r.value().items);
                                   if (all->size() < r.value().total && !r.value().items.isEmpty())
                                       return readCatalogue(page + 1, all);
                                   readInFull(*all);
                               });
}

void DeskSession::coworkingsUnreadable(const client::ApiError &error)
{
    m_main->showConnectionLost(
            tr("The coworkings could not be read. %1").arg(ErrorText::describe(error)));
}

void DeskSession::readInFull(const QList<Coworking> &all)
{
    // The list items lack the booking policy and owner the views need: each is read in full.
    auto entries = std::make_shared<QList<CoworkingEntry>>();
    auto pending = std::make_shared<int>(int(all.size()));
    const auto finish = [this, entries, order = all] {
        QList<CoworkingEntry> sorted;
        for (const Coworking &c : order) {
            for (const CoworkingEntry &e : std::as_const(*entries)) {
                if (e.coworking.id == c.id)
                    sorted.append(e);
            }
        }
        setEntries(sorted);
    };
    if (all.isEmpty())
        return finish();
    for (const Coworking &listed : all) {
        m_client.coworkings().get(listed.id, m_calls,
                                  [entries, pending, finish](client::Result<Coworking> r) {
                                      if (r.ok())
                                          entries->append({ r.value(), CoworkingRole::Admin });
                                      if (--*pending == 0)
                                          finish();
                                  });
    }
}

void DeskSession::setEntries(const QList<CoworkingEntry> &entries)
{
    m_entries = entries;
    m_coworkingsLoaded = true;
    m_main->setCoworkings(entries);
    if (entries.isEmpty()) {
        applyAccess(CoworkingRole::Member);
        m_floorController->setCoworking({}, CoworkingRole::None);
        m_floor->setPlaceholder(tr("You do not run any coworking: the desk is for owners, "
                                   "managers and administrators."));
    }
}

void DeskSession::onCoworkingChanged(const QString &id)
{
    for (const CoworkingEntry &e : std::as_const(m_entries)) {
        if (e.coworking.id == id) {
            applyAccess(e.role);
            m_floorController->setCoworking(e.coworking, e.role);
            emit coworkingSelected(e.coworking, e.role);
            return;
        }
    }
}

void DeskSession::applyAccess(CoworkingRole role)
{
    for (const RegisteredView &v : std::as_const(m_views)) {
        if (!v.view)
            continue;
        QString reason;
        switch (v.access) {
        case ViewAccess::Anyone:
            break;
        case ViewAccess::Staff:
            reason = Roles::staffOnlyReason(role);
            break;
        case ViewAccess::OwnerOrAdmin:
            reason = Roles::ownerOnlyReason(role);
            break;
        case ViewAccess::Admin:
            reason = Roles::adminOnlyReason(role);
            break;
        }
        m_main->setViewEnabled(v.view, reason.isEmpty(), reason);
    }
}

void DeskSession::loadNotifications()
{
    if (!m_main)
        return;
    m_client.notifications().list(
            false, { 50, 0 }, m_calls, [this](client::Result<NotificationList> r) {
                if (r.ok() && m_notifications)
                    m_notifications->setNotifications(r.value().page.items, int(r.value().unread));
            });
}

void DeskSession::signOut()
{
    m_client.auth().logout(this, [this](client::Result<client::Done>) {
        if (m_main)
            m_main->close();
        emit signedOut();
        showSignIn();
    });
}

void DeskSession::afterRestore(const QString &notice, const SiteBackup::Outcome &outcome)
{
    // The server serves the restored data now: whatever the views show is of the old data, and
    // the session's refresh token is good only if the backup knew it. A new window reloads all.
    m_notice = notice;
    if (m_main)
        m_main->saveLayout(); // the new window shows the same coworking and view
    const auto signInAgain = [this, outcome] {
        if (m_main)
            m_main->close();
        if (outcome.signIn) // the restored site is the demo: its administrator, as at start
            return signInWith(m_client.api().baseUrl(), outcome.signIn->email,
                              outcome.signIn->password);
        showSignIn(tr("The site was restored from a backup, which does not know this session: "
                      "sign in with an account of the restored site."));
    };
    auto *attempt = new QObject(this);
    m_client.api().refreshSession(
            attempt, [this, attempt, signInAgain](client::Result<client::Done> r) {
                if (!r.ok()) {
                    attempt->deleteLater();
                    return signInAgain();
                }
                // Who the account is in the restored data (its name, whether it administers).
                m_client.users().me(attempt, [this, attempt, signInAgain](client::Result<User> me) {
                    attempt->deleteLater();
                    if (!me.ok())
                        return signInAgain();
                    m_client.api().setCurrentUser(me.value());
                    openMain();
                });
            });
}

void DeskSession::setReachable(bool reachable)
{
    if (reachable == m_reachable || !m_main)
        return;
    m_reachable = reachable;
    if (!reachable) {
        m_main->showConnectionLost(tr("The server cannot be reached. What you see may be out of "
                                      "date; the desk keeps trying."));
        if (m_floor)
            m_floor->setStale(true);
    } else {
        m_main->clearConnectionLost();
        if (m_floor && m_floorController->liveFeed()
            && m_floorController->liveFeed()->state() == client::LiveFeed::State::Live)
            m_floor->setStale(false);
    }
}

void DeskSession::onLiveState(client::LiveFeed::State state)
{
    if (!m_main)
        return;
    switch (state) {
    case client::LiveFeed::State::Connecting:
        m_main->setLiveState(MainWindow::LiveState::Connecting);
        break;
    case client::LiveFeed::State::Live:
        m_main->setLiveState(MainWindow::LiveState::Live);
        if (m_reachable)
            m_main->clearConnectionLost();
        break;
    case client::LiveFeed::State::Reconnecting:
        m_main->setLiveState(MainWindow::LiveState::Reconnecting);
        m_main->showConnectionLost(tr("The live connection to the server is lost: the map may be "
                                      "out of date. Reconnecting…"));
        break;
    case client::LiveFeed::State::Closed:
        m_main->setLiveState(MainWindow::LiveState::Offline);
        break;
    }
}

} // namespace ui
} // namespace coworking
