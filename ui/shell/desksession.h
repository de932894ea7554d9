#pragma once

#include "client/livefeed.h"
#include "common/coworkingrole.h"
#include "mainwindow.h"
#include "sitebackup.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <memory>

namespace coworking {

class Clock;

namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client

namespace ui {

class FloorController;
class FloorPage;
class NotificationModel;
class SignInWindow;
class SiteBackup;
class SiteBackupActions;

// Who may use a view; the session enables or disables it with the reason on every switch.
enum class ViewAccess { Anyone, Staff, OwnerOrAdmin, Admin };

// One run of the desk against one server: sign in (or resume a kept session), find the coworkings
// the user owns or staffs (admins: all), build the main window with the Floor view, follow the
// live connection, the notifications and the user's role in the chosen coworking. Views of other
// parts join through registerView() when mainWindowCreated() fires.
class DeskSession final : public QObject
{
    Q_OBJECT
public:
    DeskSession(client::CoworkingClient &client, const Clock &clock, QObject *parent = nullptr);
    ~DeskSession() override;

    // Shows the sign-in window, or, when a kept session resumes, the main window at once.
    void start();
    // Signs in from a script (--email and COWORKING_DESK_PASSWORD): as if typed and submitted.
    void signInWith(const QUrl &server, const QString &email, const QString &password);
    // Opens the main window for a client that someone else signed in (the first-start wizard).
    void openSignedIn() { openMain(); }
    // Shows the sign-in window with these values filled in (and no password).
    void prefillSignIn(const QUrl &server, const QString &email);
    // The embedded site's backup and restore (--embedded): File menu entries on every main window.
    void setSiteBackup(SiteBackup *backup) { m_siteBackup = backup; }
    SiteBackupActions *siteBackupActions() const;
    // Adds a view to the main window; `access` decides, per coworking, whether it is enabled.
    void registerView(QWidget *view, const QString &title, const QIcon &icon, ViewAccess access);

    SignInWindow *signInWindow() const { return m_signIn; }
    MainWindow *mainWindow() const { return m_main; }
    FloorPage *floorPage() const { return m_floor; }
    FloorController *floorController() const { return m_floorController; }
    NotificationModel *notifications() const { return m_notifications; }
    std::optional<CoworkingEntry> currentCoworking() const;
    bool coworkingsLoaded() const { return m_coworkingsLoaded; }

signals:
    void mainWindowCreated(coworking::ui::MainWindow *window);
    // The chosen coworking and the user's role there (views follow it).
    void coworkingSelected(const coworking::Coworking &coworking,
                           coworking::ui::CoworkingRole role);
    void floorLoaded();
    void signedOut();

private:
    void showSignIn(const QString &error = {});
    void signIn(const QUrl &server, const QString &email, const QString &password, bool keep);
    void openMain();
    void addViews();
    void loadCoworkings();
    void readCatalogue(int page, std::shared_ptr<QList<Coworking>> all);
    void readInFull(const QList<Coworking> &all);
    void coworkingsUnreadable(const client::ApiError &error);
    void setEntries(const QList<CoworkingEntry> &entries);
    void onCoworkingChanged(const QString &id);
    void applyAccess(CoworkingRole role);
    void loadNotifications();
    void signOut();
    void setReachable(bool reachable);
    void onLiveState(client::LiveFeed::State state);
    void afterRestore(const QString &notice, const SiteBackup::Outcome &outcome);

    struct RegisteredView
    {
        QPointer<QWidget> view;
        ViewAccess access = ViewAccess::Anyone;
    };

    client::CoworkingClient &m_client;
    const Clock &m_clock;
    QPointer<SignInWindow> m_signIn;
    QPointer<MainWindow> m_main;
    FloorPage *m_floor = nullptr;
    FloorController *m_floorController = nullptr;
    NotificationModel *m_notifications = nullptr;
    SiteBackup *m_siteBackup = nullptr;
    QPointer<SiteBackupActions> m_siteBackupActions;
    QString m_notice; // said in the next main window's message bar (after a restore)
    QList<RegisteredView> m_views;
    QList<CoworkingEntry> m_entries;
    QObject *m_calls = nullptr; // context of the signed-in session's calls
    QTimer m_notificationTimer;
    bool m_coworkingsLoaded = false;
    bool m_reachable = true;
};

} // namespace ui
} // namespace coworking
