#include "desksession.h"

#include "client/coworkingclient.h"
#include "common/clock.h"
#include "client/tokenstore.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "bookings/bookingsview.h"
#include "floor/floorcontroller.h"
#include "editor/floorplaneditor.h"
#include "people/peopleview.h"
#include "settings/settingsview.h"
#include "floor/floorpage.h"
#include "floor/timecontrol.h"
#include "notificationmodel.h"
#include "signinwindow.h"

#include <QApplication>
#include <QLabel>
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

    emit mainWindowCreated(m_main);
    if (m_reportsPlaceholder) {
        auto *reports = new QLabel(m_main);
        reports->setObjectName(u"reportsView"_s);
        const QString reason = tr("Reports need usage statistics from the server, which this "
                                  "server does not provide yet.");
        reports->setText(reason);
        reports->setAlignment(Qt::AlignCenter);
        registerUnavailableView(reports, tr("&Reports"),
                                QIcon::fromTheme(u"x-office-spreadsheet"_s), reason);
    }
    m_main->restoreLayout();
    m_main->show();
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

    // Quitting with unsaved plan edits asks first (Save, Discard or stay).
    m_main->setCloseGuard(
            [editor](std::function<void(bool)> answer) { editor->maybeSave(std::move(answer)); });

    auto *settings = new SettingsView(m_client, m_main);
    settings->setObjectName(u"settingsView"_s);
    registerView(settings, tr("&Settings"), QIcon::fromTheme(u"preferences-system"_s),
                 ViewAccess::OwnerOrAdmin);

    auto *people = new PeopleView(m_client, m_main);
    people->setObjectName(u"peopleView"_s);
    registerView(people, tr("P&eople"), QIcon::fromTheme(u"system-users"_s), ViewAccess::Staff);

    connect(this, &DeskSession::coworkingSelected, m_main,
            [this, bookings, editor, settings, people](const Coworking &coworking, CoworkingRole) {
                bookings->setCoworking(coworking);
                settings->setCoworking(coworking);
                people->setCoworking(coworking);
                if (editor->coworkingId() == coworking.id)
                    return;
                if (editor->coworkingId().isEmpty()) {
                    editor->setCoworking(coworking.id);
                    return;
                }
                // Unsaved edits of the plan are never dropped by a switch: Save, Discard or stay.
                editor->maybeSave([this, editor, id = coworking.id](bool proceed) {
                    if (proceed)
                        editor->setCoworking(id);
                    else if (m_main)
                        m_main->selectCoworking(editor->coworkingId());
                });
            });
}

void DeskSession::registerView(QWidget *view, const QString &title, const QIcon &icon,
                               ViewAccess access)
{
    m_views.append({ view, access, {} });
    m_main->addView(view, title, icon, true);
    // Until a coworking is chosen, only what anyone may use is open.
    const auto entry = currentCoworking();
    applyAccess(entry ? entry->role : CoworkingRole::None);
}

void DeskSession::registerUnavailableView(QWidget *view, const QString &title, const QIcon &icon,
                                          const QString &reason)
{
    m_views.append({ view, ViewAccess::Anyone, reason });
    m_main->addView(view, title, icon, false, reason);
}

std::optional<CoworkingEntry> DeskSession::currentCoworking() const
{
    return m_main ? m_main->currentCoworking() : std::nullopt;
}

void DeskSession::loadCoworkings()
{
    m_client.coworkings().list({}, { 100, 0 }, m_calls, [this](client::Result<Page<Coworking>> r) {
        if (!r.ok()) {
            m_main->showConnectionLost(
                    tr("The coworkings could not be read. %1").arg(ErrorText::describe(r.error())));
            return;
        }
        classify(r.value().items);
    });
}

void DeskSession::classify(const QList<Coworking> &all)
{
    const std::optional<User> user = m_client.api().currentUser();
    if (!user)
        return;
    // The list carries no owner, and there is no "coworkings I manage" call: each coworking is
    // read (owner) and, if not owned, probed with a one-row booking list that only staff may read.
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
        m_entries = sorted;
        m_coworkingsLoaded = true;
        m_main->setCoworkings(sorted);
        if (sorted.isEmpty()) {
            applyAccess(CoworkingRole::Member);
            m_floorController->setCoworking({}, CoworkingRole::None);
            m_floor->setPlaceholder(tr("You do not run any coworking: the desk is for owners, "
                                       "managers and administrators."));
        }
    };
    if (all.isEmpty())
        return finish();
    for (const Coworking &listed : all) {
        m_client.coworkings().get(
                listed.id, m_calls,
                [this, user, entries, pending, finish](client::Result<Coworking> r) {
                    if (!r.ok()) {
                        if (--*pending == 0)
                            finish();
                        return;
                    }
                    const Coworking c = r.value();
                    const CoworkingRole role = Roles::roleIn(*user, c, false);
                    if (role == CoworkingRole::Admin || role == CoworkingRole::Owner) {
                        entries->append({ c, role });
                        if (--*pending == 0)
                            finish();
                        return;
                    }
                    client::BookingsQuery probe;
                    probe.coworkingId = c.id;
                    m_client.bookings().list(
                            probe, { 1, 0 }, m_calls,
                            [c, user, entries, pending,
                             finish](client::Result<Page<BookingDetails>> b) {
                                if (b.ok())
                                    entries->append({ c, Roles::roleIn(*user, c, true) });
                                if (--*pending == 0)
                                    finish();
                            });
                });
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
        if (!v.view || !v.unavailableReason.isEmpty())
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
