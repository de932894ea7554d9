#pragma once

#include <functional>

#include "common/coworkingrole.h"
#include "coworkings/coworking.h"
#include "users/user.h"

#include <QIcon>
#include <QMainWindow>
#include <QPointer>
#include <QUrl>

class QComboBox;
class QLabel;
class QListView;
class QTabWidget;
class QToolButton;
class QUndoGroup;

namespace coworking {
namespace ui {

class MessageBar;
class NotificationModel;

// A coworking in the switcher, with what the user is there.
struct CoworkingEntry
{
    Coworking coworking;
    CoworkingRole role = CoworkingRole::None;
};

// The desk's main window: the coworking switcher, one tab per view, the notification inbox, the
// status bar (live state, server, user and role) and the lost-connection banner. It holds no
// data of its own: a session object feeds it and reacts to its signals. Views join with addView();
// a view with a `refresh()` slot gets F5, one with a `find()` slot gets Find (Ctrl+F).
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    enum class LiveState { Offline, Connecting, Live, Reconnecting };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Adds a tab; a disabled view stays visible with `disabledReason` as its tooltip, so a role
    // sees why it cannot use it. Returns the tab index.
    int addView(QWidget *view, const QString &title, const QIcon &icon = {}, bool enabled = true,
                const QString &disabledReason = {});
    void setViewEnabled(QWidget *view, bool enabled, const QString &disabledReason = {});
    bool isViewEnabled(QWidget *view) const;
    QString viewDisabledReason(QWidget *view) const;
    void showView(QWidget *view);
    QWidget *currentView() const;
    QTabWidget *tabs() const { return m_tabs; }

    void setCoworkings(const QList<CoworkingEntry> &entries);
    // Selects the coworking (emits coworkingChanged when it changes).
    void selectCoworking(const QString &coworkingId);
    QString currentCoworkingId() const;
    std::optional<CoworkingEntry> currentCoworking() const;
    QComboBox *coworkingSwitcher() const { return m_switcher; }

    void setUser(const User &user);
    void setServer(const QUrl &url);
    void setVersions(const QString &client, const QString &server);
    void setLiveState(LiveState state);
    LiveState liveState() const { return m_liveState; }
    QString statusText() const; // the status bar's words, for tests and screen readers

    void setNotificationModel(NotificationModel *model);
    QToolButton *inboxButton() const { return m_inbox; }
    QListView *inboxList() const { return m_inboxList; }

    // The connection is lost: a banner says so and offers Retry (retryRequested).
    void showConnectionLost(const QString &text);
    void clearConnectionLost();
    MessageBar *banner() const { return m_banner; }
    // What the user's own actions came to (a backup, a restore): a bar of its own, so the
    // connection banner coming and going does not take it away.
    MessageBar *noticeBar() const { return m_notice; }

    // Adds actions at the top of the File menu, above Sign Out (the embedded site's backup).
    void addFileActions(const QList<QAction *> &actions);

    // The editor's undo stacks join this group so Edit > Undo / Redo follow the current view.
    QUndoGroup *undoGroup() const { return m_undo; }

    // A view with unsaved work: `unsaved` tells whether it has any; `ask` asks the user (Save,
    // Discard, Cancel) and answers through its callback (true: go on), so no nested event loop.
    struct LeaveGuard
    {
        std::function<bool()> unsaved;
        std::function<void(std::function<void(bool proceed)>)> ask;
    };
    enum class GuardScope {
        CoworkingAndQuit, // asked before another coworking is shown and before the window closes
        Everything, // also before another view is chosen
    };
    // Every guard with unsaved work is asked, one after the other, before the window closes or
    // shows another coworking (a Cancel keeps the switcher where it was), and `view`'s own before
    // another view is chosen when `scope` says so.
    void addLeaveGuard(QWidget *view, LeaveGuard guard,
                       GuardScope scope = GuardScope::CoworkingAndQuit);

    // Window geometry, toolbar state, the last view and every named splitter (QSettings).
    void restoreLayout();
    void saveLayout() const;
    static QString lastCoworkingId();

signals:
    void coworkingChanged(const QString &coworkingId);
    void refreshRequested();
    void retryRequested();
    void signOutRequested();
    void notificationActivated(const QString &notificationId);
    void markAllReadRequested();
    void inboxOpened();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void updateStatus();
    void updateInboxButton(int unread);
    void updateViewActions();
    void showAbout();
    // Asks the guards of `views` that have unsaved work, in order; `done(true)` when all agree.
    void askGuards(QList<QWidget *> views, std::function<void(bool proceed)> done);

    QTabWidget *m_tabs;
    QComboBox *m_switcher;
    QToolButton *m_inbox;
    QListView *m_inboxList = nullptr;
    MessageBar *m_banner;
    MessageBar *m_notice;
    QLabel *m_liveLabel;
    QLabel *m_serverLabel;
    QLabel *m_userLabel;
    QUndoGroup *m_undo;
    QAction *m_findAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QList<QAction *> m_viewActions;
    NotificationModel *m_notifications = nullptr;
    QList<CoworkingEntry> m_entries;
    QHash<QWidget *, QString> m_disabledReasons;
    User m_user;
    struct GuardEntry
    {
        QPointer<QWidget> view;
        LeaveGuard guard;
        GuardScope scope;
    };
    QList<GuardEntry> m_guards;
    bool m_closeApproved = false;
    bool m_leaveApproved = false; // a guarded switch was agreed: let it through once
    int m_shownView = -1;
    int m_shownCoworking = -1;
    QUrl m_server;
    QString m_clientVersion;
    QString m_serverVersion;
    LiveState m_liveState = LiveState::Offline;
};

} // namespace ui
} // namespace coworking
