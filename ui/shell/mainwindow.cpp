#include "mainwindow.h"

#include "common/messagebar.h"
#include "notificationmodel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QPointer>
#include <QComboBox>
#include <QLabel>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QToolBar>
#include <QToolButton>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QWidgetAction>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {
const QString kGeometry = u"mainWindow/geometry"_s;
const QString kState = u"mainWindow/state"_s;
const QString kView = u"mainWindow/view"_s;
const QString kCoworking = u"mainWindow/coworking"_s;
const QString kSplitters = u"splitters/"_s;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent),
      m_tabs(new QTabWidget(this)),
      m_switcher(new QComboBox(this)),
      m_inbox(new QToolButton(this)),
      m_banner(new MessageBar(this)),
      m_notice(new MessageBar(this)),
      m_liveLabel(new QLabel(this)),
      m_serverLabel(new QLabel(this)),
      m_userLabel(new QLabel(this)),
      m_undo(new QUndoGroup(this))
{
    setObjectName(u"mainWindow"_s);
    setWindowTitle(tr("Coworking Desk"));
    m_tabs->setDocumentMode(true);
    m_tabs->setObjectName(u"views"_s);
    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_notice);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    auto *bar = addToolBar(tr("Coworking"));
    bar->setObjectName(u"coworkingToolBar"_s);
    bar->setMovable(false);
    auto *switcherLabel = new QLabel(tr("C&oworking:"), this);
    switcherLabel->setBuddy(m_switcher);
    switcherLabel->setContentsMargins(6, 0, 4, 0);
    m_switcher->setAccessibleName(tr("Coworking"));
    m_switcher->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_switcher->setMinimumContentsLength(18);
    bar->addWidget(switcherLabel);
    bar->addWidget(m_switcher);
    auto *spacer = new QWidget(this);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    m_inbox->setIcon(QIcon::fromTheme(u"mail-unread"_s,
                                      style()->standardIcon(QStyle::SP_MessageBoxInformation)));
    m_inbox->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_inbox->setPopupMode(QToolButton::InstantPopup);
    m_inbox->setAccessibleName(tr("Notifications"));
    bar->addWidget(m_inbox);
    updateInboxButton(0);

    m_liveLabel->setAccessibleName(tr("Live connection"));
    statusBar()->addWidget(m_liveLabel);
    statusBar()->addWidget(m_serverLabel, 1);
    statusBar()->addPermanentWidget(m_userLabel);

    createMenus();
    connect(m_switcher, &QComboBox::currentIndexChanged, this, [this](int index) {
        // Another coworking with unsaved work anywhere: ask first, back to the shown one
        // meanwhile; a Cancel leaves it there.
        if (!m_leaveApproved && m_shownCoworking >= 0 && index != m_shownCoworking) {
            QList<QWidget *> views;
            for (const GuardEntry &e : std::as_const(m_guards)) {
                if (e.view && e.guard.unsaved())
                    views.append(e.view);
            }
            if (!views.isEmpty()) {
                {
                    const QSignalBlocker block(m_switcher);
                    m_switcher->setCurrentIndex(m_shownCoworking);
                }
                askGuards(views, [self = QPointer<MainWindow>(this), index](bool proceed) {
                    if (!self || !proceed)
                        return;
                    self->m_leaveApproved = true;
                    self->m_switcher->setCurrentIndex(index);
                    self->m_leaveApproved = false;
                });
                return;
            }
        }
        m_shownCoworking = index;
        updateStatus();
        if (index >= 0)
            emit coworkingChanged(m_switcher->itemData(index).toString());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        QWidget *left = m_tabs->widget(m_shownView);
        if (!m_leaveApproved && left && index != m_shownView) {
            for (const GuardEntry &e : std::as_const(m_guards)) {
                if (e.view != left || e.scope != GuardScope::Everything || !e.guard.unsaved())
                    continue;
                {
                    const QSignalBlocker block(m_tabs);
                    m_tabs->setCurrentIndex(m_shownView);
                }
                e.guard.ask([self = QPointer<MainWindow>(this), index](bool proceed) {
                    if (!self || !proceed)
                        return;
                    self->m_leaveApproved = true;
                    self->m_tabs->setCurrentIndex(index);
                    self->m_leaveApproved = false;
                });
                return;
            }
        }
        m_shownView = index;
        updateViewActions();
        // Edit > Undo / Redo follow the current view's own undo stack (the editor's), if any.
        QWidget *view = currentView();
        QUndoStack *stack = view ? view->findChild<QUndoStack *>() : nullptr;
        if (stack && !m_undo->stacks().contains(stack))
            m_undo->addStack(stack);
        m_undo->setActiveStack(stack);
    });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_fileMenu = file;
    QAction *signOut = file->addAction(tr("Sign &Out"));
    connect(signOut, &QAction::triggered, this, &MainWindow::signOutRequested);
    file->addSeparator();
    QAction *quit = file->addAction(QIcon::fromTheme(u"application-exit"_s), tr("&Quit"));
    quit->setShortcuts(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undo->createUndoAction(this, tr("&Undo"));
    undo->setShortcuts(QKeySequence::Undo);
    QAction *redo = m_undo->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts(QKeySequence::Redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    m_findAction = edit->addAction(QIcon::fromTheme(u"edit-find"_s), tr("&Find…"));
    m_findAction->setShortcuts(QKeySequence::Find);
    connect(m_findAction, &QAction::triggered, this, [this] {
        if (QWidget *view = currentView())
            QMetaObject::invokeMethod(view, "find");
    });

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *refresh = m_viewMenu->addAction(QIcon::fromTheme(u"view-refresh"_s), tr("&Refresh"));
    refresh->setShortcuts(QKeySequence::Refresh);
    if (!refresh->shortcuts().contains(QKeySequence(Qt::Key_F5)))
        refresh->setShortcuts(refresh->shortcuts() << QKeySequence(Qt::Key_F5));
    connect(refresh, &QAction::triggered, this, [this] {
        if (QWidget *view = currentView();
            view && view->metaObject()->indexOfMethod("refresh()") >= 0)
            QMetaObject::invokeMethod(view, "refresh");
        emit refreshRequested();
    });
    m_viewMenu->addSeparator();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About Coworking Desk"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, &MainWindow::showAbout);
    QAction *aboutQt = help->addAction(tr("About &Qt"));
    connect(aboutQt, &QAction::triggered, qApp, &QApplication::aboutQt);
}

int MainWindow::addView(QWidget *view, const QString &title, const QIcon &icon, bool enabled,
                        const QString &disabledReason)
{
    const int index = m_tabs->addTab(view, icon, title);
    auto *action = new QAction(icon, title, this);
    const int number = int(m_viewActions.size()) + 1;
    if (number <= 9)
        action->setShortcut(QKeySequence(u"Ctrl+%1"_s.arg(number)));
    connect(action, &QAction::triggered, this, [this, view] { showView(view); });
    m_viewMenu->addAction(action);
    m_viewActions.append(action);
    setViewEnabled(view, enabled, disabledReason);
    return index;
}

void MainWindow::setViewEnabled(QWidget *view, bool enabled, const QString &disabledReason)
{
    const int index = m_tabs->indexOf(view);
    if (index < 0)
        return;
    m_tabs->setTabEnabled(index, enabled);
    m_tabs->setTabToolTip(index, enabled ? QString() : disabledReason);
    if (enabled)
        m_disabledReasons.remove(view);
    else
        m_disabledReasons.insert(view, disabledReason);
    if (index < m_viewActions.size()) {
        m_viewActions.at(index)->setEnabled(enabled);
        m_viewActions.at(index)->setToolTip(enabled ? QString() : disabledReason);
    }
    if (!enabled && m_tabs->currentIndex() == index) {
        for (int i = 0; i < m_tabs->count(); ++i) {
            if (m_tabs->isTabEnabled(i)) {
                m_tabs->setCurrentIndex(i);
                break;
            }
        }
    }
    updateViewActions();
}

bool MainWindow::isViewEnabled(QWidget *view) const
{
    const int index = m_tabs->indexOf(view);
    return index >= 0 && m_tabs->isTabEnabled(index);
}

QString MainWindow::viewDisabledReason(QWidget *view) const
{
    return m_disabledReasons.value(view);
}

void MainWindow::showView(QWidget *view)
{
    if (isViewEnabled(view))
        m_tabs->setCurrentWidget(view);
}

QWidget *MainWindow::currentView() const
{
    return m_tabs->currentWidget();
}

void MainWindow::updateViewActions()
{
    QWidget *view = currentView();
    m_findAction->setEnabled(view && view->metaObject()->indexOfMethod("find()") >= 0);
}

void MainWindow::setCoworkings(const QList<CoworkingEntry> &entries)
{
    const QString current = currentCoworkingId();
    m_entries = entries;
    {
        const QSignalBlocker block(m_switcher);
        m_switcher->clear();
        for (const CoworkingEntry &e : entries)
            m_switcher->addItem(e.coworking.name, e.coworking.id);
        m_switcher->setCurrentIndex(-1);
    }
    m_switcher->setEnabled(!entries.isEmpty());
    m_switcher->setPlaceholderText(entries.isEmpty() ? tr("No coworking to run") : QString());
    const QString wanted = !current.isEmpty() ? current : lastCoworkingId();
    const int index = m_switcher->findData(wanted);
    if (index >= 0)
        m_switcher->setCurrentIndex(index);
    else if (!entries.isEmpty())
        m_switcher->setCurrentIndex(0);
    updateStatus();
}

void MainWindow::selectCoworking(const QString &coworkingId)
{
    const int index = m_switcher->findData(coworkingId);
    if (index >= 0)
        m_switcher->setCurrentIndex(index);
}

QString MainWindow::currentCoworkingId() const
{
    return m_switcher->currentData().toString();
}

std::optional<CoworkingEntry> MainWindow::currentCoworking() const
{
    const int index = m_switcher->currentIndex();
    if (index < 0 || index >= m_entries.size())
        return std::nullopt;
    return m_entries.at(index);
}

void MainWindow::setUser(const User &user)
{
    m_user = user;
    updateStatus();
}

void MainWindow::setServer(const QUrl &url)
{
    m_server = url;
    updateStatus();
}

void MainWindow::setVersions(const QString &client, const QString &server)
{
    m_clientVersion = client;
    m_serverVersion = server;
}

void MainWindow::setLiveState(LiveState state)
{
    m_liveState = state;
    updateStatus();
}

QString MainWindow::statusText() const
{
    return m_liveLabel->text() + u" | "_s + m_serverLabel->text() + u" | "_s + m_userLabel->text();
}

void MainWindow::updateStatus()
{
    QString live;
    switch (m_liveState) {
    case LiveState::Offline:
        live = tr("Offline");
        break;
    case LiveState::Connecting:
        live = tr("Live: connecting…");
        break;
    case LiveState::Live:
        live = tr("Live: connected");
        break;
    case LiveState::Reconnecting:
        live = tr("Live: reconnecting…");
        break;
    }
    m_liveLabel->setText(live);
    m_serverLabel->setText(tr("Server: %1").arg(m_server.toDisplayString()));
    if (m_user.id.isEmpty()) {
        m_userLabel->setText(tr("Not signed in"));
        return;
    }
    const auto entry = currentCoworking();
    const CoworkingRole role =
            entry ? entry->role : (m_user.isAdmin ? CoworkingRole::Admin : CoworkingRole::Member);
    const QString name = m_user.fullName.isEmpty() ? m_user.email : m_user.fullName;
    m_userLabel->setText(tr("%1 (%2)", "user name and role").arg(name, Roles::name(role)));
}

void MainWindow::setNotificationModel(NotificationModel *model)
{
    m_notifications = model;
    auto *menu = new QMenu(m_inbox);
    auto *box = new QWidget(menu);
    box->setMinimumWidth(400);
    auto *layout = new QVBoxLayout(box);
    m_inboxList = new QListView(box);
    m_inboxList->setModel(model);
    m_inboxList->setWordWrap(true);
    m_inboxList->setAlternatingRowColors(true);
    m_inboxList->setMinimumSize(380, 300);
    m_inboxList->setAccessibleName(tr("Notifications"));
    auto *markAll = new QPushButton(tr("Mark &all read"), box);
    auto *empty = new QLabel(tr("No notifications yet. Bookings made, moved or cancelled for "
                                "you appear here."),
                             box);
    empty->setWordWrap(true);
    empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(empty);
    layout->addWidget(m_inboxList);
    layout->addWidget(markAll);
    const auto showEmpty = [this, empty, markAll] {
        const bool none = m_notifications->rowCount() == 0;
        empty->setVisible(none);
        m_inboxList->setVisible(!none);
        markAll->setEnabled(m_notifications->unreadCount() > 0);
    };
    connect(model, &QAbstractItemModel::modelReset, box, showEmpty);
    connect(model, &NotificationModel::unreadCountChanged, box, showEmpty);
    showEmpty();
    auto *action = new QWidgetAction(menu);
    action->setDefaultWidget(box);
    menu->addAction(action);
    m_inbox->setMenu(menu);
    connect(menu, &QMenu::aboutToShow, this, &MainWindow::inboxOpened);
    connect(m_inboxList, &QListView::activated, this, [this](const QModelIndex &index) {
        emit notificationActivated(index.data(NotificationModel::IdRole).toString());
    });
    connect(m_inboxList, &QListView::clicked, this, [this](const QModelIndex &index) {
        emit notificationActivated(index.data(NotificationModel::IdRole).toString());
    });
    connect(markAll, &QPushButton::clicked, this, &MainWindow::markAllReadRequested);
    connect(model, &NotificationModel::unreadCountChanged, this, &MainWindow::updateInboxButton);
    updateInboxButton(model->unreadCount());
}

void MainWindow::updateInboxButton(int unread)
{
    m_inbox->setText(unread > 0 ? tr("%n unread", nullptr, unread) : tr("Notifications"));
    m_inbox->setToolTip(tr("%n unread notification(s)", nullptr, unread));
}

void MainWindow::showConnectionLost(const QString &text)
{
    m_banner->showMessage(MessageBar::Kind::Warning, text, tr("&Retry"),
                          [this] { emit retryRequested(); });
}

void MainWindow::clearConnectionLost()
{
    if (!m_banner->isHidden())
        m_banner->dismiss();
}

void MainWindow::showAbout()
{
    auto *box = new QMessageBox(QMessageBox::NoIcon, tr("About Coworking Desk"),
                                tr("<h3>Coworking Desk %1</h3>"
                                   "<p>The operators' desk of the coworking booking service: the "
                                   "live floor, bookings, floor plans, settings and people.</p>"
                                   "<p>Server: %2<br>Server API version: %3</p>")
                                        .arg(m_clientVersion.toHtmlEscaped(),
                                             m_server.toDisplayString().toHtmlEscaped(),
                                             m_serverVersion.isEmpty()
                                                     ? tr("unknown")
                                                     : m_serverVersion.toHtmlEscaped()),
                                QMessageBox::Ok, this);
    box->setIconPixmap(windowIcon().pixmap(64, 64));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

QString MainWindow::lastCoworkingId()
{
    return QSettings().value(kCoworking).toString();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(kGeometry).toByteArray()))
        resize(1400, 880);
    restoreState(settings.value(kState).toByteArray());
    const QString view = settings.value(kView).toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == view && m_tabs->isTabEnabled(i))
            m_tabs->setCurrentIndex(i);
    }
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (!s->objectName().isEmpty())
            s->restoreState(settings.value(kSplitters + s->objectName()).toByteArray());
    }
}

void MainWindow::saveLayout() const
{
    QSettings settings;
    settings.setValue(kGeometry, saveGeometry());
    settings.setValue(kState, saveState());
    if (QWidget *view = currentView())
        settings.setValue(kView, view->objectName());
    if (!currentCoworkingId().isEmpty())
        settings.setValue(kCoworking, currentCoworkingId());
    const auto splitters = findChildren<QSplitter *>();
    for (QSplitter *s : splitters) {
        if (!s->objectName().isEmpty())
            settings.setValue(kSplitters + s->objectName(), s->saveState());
    }
}

void MainWindow::addFileActions(const QList<QAction *> &actions)
{
    QAction *first = m_fileMenu->actions().value(0);
    m_fileMenu->insertActions(first, actions);
    m_fileMenu->insertSeparator(first);
}

void MainWindow::addLeaveGuard(QWidget *view, LeaveGuard guard, GuardScope scope)
{
    m_guards.append({ view, std::move(guard), scope });
}

void MainWindow::askGuards(QList<QWidget *> views, std::function<void(bool)> done)
{
    if (views.isEmpty())
        return done(true);
    QWidget *first = views.takeFirst();
    for (const GuardEntry &e : std::as_const(m_guards)) {
        if (e.view != first)
            continue;
        // The view the question is about comes to the front, so the user sees what is unsaved.
        if (m_tabs->indexOf(first) >= 0 && m_tabs->currentWidget() != first) {
            const QSignalBlocker block(m_tabs);
            m_tabs->setCurrentWidget(first);
            m_shownView = m_tabs->currentIndex();
            updateViewActions();
        }
        e.guard.ask([self = QPointer<MainWindow>(this), views, done](bool proceed) {
            if (!self)
                return;
            if (!proceed)
                return done(false);
            self->askGuards(views, done);
        });
        return;
    }
    askGuards(views, std::move(done));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QList<QWidget *> unsaved;
    for (const GuardEntry &e : std::as_const(m_guards)) {
        if (e.view && e.guard.unsaved())
            unsaved.append(e.view);
    }
    if (!unsaved.isEmpty() && !m_closeApproved) {
        event->ignore();
        askGuards(unsaved, [self = QPointer<MainWindow>(this)](bool mayClose) {
            if (!self || !mayClose)
                return;
            self->m_closeApproved = true;
            self->close();
        });
        return;
    }
    m_closeApproved = false;
    saveLayout();
    event->accept();
}

} // namespace ui
} // namespace coworking
