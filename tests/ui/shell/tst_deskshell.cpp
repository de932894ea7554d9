// The desk's frame against a real server (both databases): sign-in failures told in words, and
// the main window's views enabled or disabled by the user's role in the chosen coworking.
#include "../common/deskclient.h"
#include "common/clock.h"
#include "floor/floorpage.h"
#include "shell/desksession.h"
#include "shell/mainwindow.h"
#include "shell/notificationmodel.h"
#include "shell/signinwindow.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QSignalSpy>
#include <QMessageBox>
#include <QAction>
#include <QIcon>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::test;
using namespace coworking::ui;

namespace {

// A session whose main window gets three extra views, one per access rule.
struct Desk
{
    explicit Desk(ApiHarness &h)
        : client(serverUrl(h), std::make_unique<client::MemoryTokenStore>()),
          session(client, h.clock())
    {
        QObject::connect(&session, &DeskSession::mainWindowCreated, &session, [this] {
            staffView = new QLabel(u"bookings"_s);
            ownerView = new QLabel(u"settings"_s);
            adminView = new QLabel(u"people"_s);
            session.registerView(staffView, u"Bookings"_s, {}, ViewAccess::Staff);
            session.registerView(ownerView, u"Settings"_s, {}, ViewAccess::OwnerOrAdmin);
            session.registerView(adminView, u"People"_s, {}, ViewAccess::Admin);
        });
    }

    client::CoworkingClient client;
    DeskSession session;
    QWidget *staffView = nullptr;
    QWidget *ownerView = nullptr;
    QWidget *adminView = nullptr;
};

// Types into the sign-in window and presses Sign In, as a person would.
void typeSignIn(SignInWindow *w, const QUrl &server, const QString &email, const QString &password)
{
    w->serverField()->clear();
    QTest::keyClicks(w->serverField(), server.toString());
    w->emailField()->clear();
    QTest::keyClicks(w->emailField(), email);
    w->passwordField()->clear();
    QTest::keyClicks(w->passwordField(), password);
    QTest::mouseClick(w->signInButton(), Qt::LeftButton);
}

} // namespace

class TestDeskShell : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void signInFailuresInWords();
    void viewsFollowTheRole();
    void closingAsksTheGuardFirst();
    void switchingAsksTheGuards();
    void aboutNamesBothVersions();
};

void TestDeskShell::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true); // QSettings of the test, never the user's
    QCoreApplication::setOrganizationName(u"coworking-tests"_s);
    QCoreApplication::setApplicationName(u"tst_deskshell"_s);
}

void TestDeskShell::signInFailuresInWords()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person admin = site.person(false, true);
    const Person banned = site.person();
    const Person throttled = site.person();
    const Person fine = site.person();
    QCOMPARE(h.post(u"/users/%1/ban"_s.arg(banned.id), QJsonObject{}, admin.token).status, 204);
    for (int i = 0; i < 5; ++i)
        h.post(u"/auth/login"_s,
               QJsonObject{ { u"email"_s, throttled.email }, { u"password"_s, u"wrong-one"_s } });

    Desk desk(h);
    desk.session.start();
    QTRY_VERIFY(desk.session.signInWindow() && desk.session.signInWindow()->isVisible());
    SignInWindow *w = desk.session.signInWindow();
    // No keychain behind a memory store: the window says so.
    QVERIFY(w->keychainNote()->isVisibleTo(w));

    typeSignIn(w, serverUrl(h), fine.email, u"not-the-password"_s);
    QTRY_COMPARE_WITH_TIMEOUT(w->errorText(), u"Wrong email or password."_s, 5000);
    QVERIFY(w->passwordField()->text().isEmpty());

    typeSignIn(w, serverUrl(h), banned.email, u"password123"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w->errorText().contains(u"banned"_s), 5000);

    typeSignIn(w, serverUrl(h), throttled.email, u"password123"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w->errorText().startsWith(u"Too many attempts. Try again in"_s), 5000);

    typeSignIn(w, QUrl(u"http://127.0.0.1:1"_s), fine.email, u"password123"_s);
    QTRY_VERIFY_WITH_TIMEOUT(w->errorText().contains(u"cannot be reached"_s), 10000);

    typeSignIn(w, serverUrl(h), fine.email, u"password123"_s);
    QTRY_VERIFY_WITH_TIMEOUT(desk.session.mainWindow() && desk.session.mainWindow()->isVisible(),
                             5000);
    QVERIFY(!desk.session.signInWindow() || !desk.session.signInWindow()->isVisible());
    // The address is remembered for the next start.
    QCOMPARE(SignInWindow::rememberedServer(), serverUrl(h));
}

void TestDeskShell::viewsFollowTheRole()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person owner = site.person(true);
    const Person otherOwner = site.person(true);
    const Person manager = site.person();
    const Person member = site.person();
    const Person admin = site.person(false, true);
    const QString mine = site.coworking(owner, { { u"name"_s, u"Loft"_s } });
    const QString theirs = site.coworking(otherOwner, { { u"name"_s, u"Canal"_s } });
    site.addManager(owner.token, mine, manager.id);
    const QStringList spots = site.spots(owner, mine, 2);
    site.book(member, spots[0], mskText(8, "10:00"), mskText(8, "11:00"));

    struct Case
    {
        Person who;
        QStringList coworkings;
        bool staff, owner, admin;
        QString role;
    };
    const QList<Case> cases{ { owner, { mine }, true, true, false, u"owner"_s },
                             { manager, { mine }, true, false, false, u"manager"_s },
                             { admin, { mine, theirs }, true, true, true, u"administrator"_s },
                             { member, {}, false, false, false, u"member"_s } };
    for (const Case &c : cases) {
        Desk desk(h);
        desk.session.signInWith(serverUrl(h), c.who.email, u"password123"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.mainWindow(), 5000);
        MainWindow *main = desk.session.mainWindow();
        QTRY_VERIFY_WITH_TIMEOUT(desk.session.coworkingsLoaded(), 10000);
        QStringList listed;
        for (int i = 0; i < main->coworkingSwitcher()->count(); ++i)
            listed.append(main->coworkingSwitcher()->itemData(i).toString());
        listed.sort();
        QStringList expected = c.coworkings;
        expected.sort();
        QCOMPARE(listed, expected);
        if (c.coworkings.isEmpty()) {
            QVERIFY(!main->coworkingSwitcher()->isEnabled());
            QVERIFY(!main->isViewEnabled(desk.staffView));
            continue;
        }
        main->selectCoworking(mine);
        QCOMPARE(main->isViewEnabled(desk.session.floorPage()), true);
        QCOMPARE(main->isViewEnabled(desk.staffView), c.staff);
        QCOMPARE(main->isViewEnabled(desk.ownerView), c.owner);
        QCOMPARE(main->isViewEnabled(desk.adminView), c.admin);
        // A disabled view says why.
        if (!c.admin)
            QVERIFY(main->viewDisabledReason(desk.adminView).contains(u"administrators"_s));
        if (!c.owner)
            QVERIFY(!main->viewDisabledReason(desk.ownerView).isEmpty());
        // The desk's own views follow the same rules as the stand-ins above.
        for (const char *name : { "bookingsView", "closuresView", "peopleView", "reportsView" })
            QCOMPARE(main->isViewEnabled(main->findChild<QWidget *>(QLatin1StringView(name))),
                     c.staff);
        for (const char *name : { "settingsView", "editorView" })
            QCOMPARE(main->isViewEnabled(main->findChild<QWidget *>(QLatin1StringView(name))),
                     c.owner);
        QVERIFY(main->statusText().contains(u"(%1)"_s.arg(c.role)));
        // Ctrl+2 opens the second view when enabled.
        main->activateWindow();
        QWidget *bookings = main->findChild<QWidget *>(u"bookingsView"_s);
        QVERIFY(bookings);
        QTest::keyClick(main, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(main->currentView() == bookings, c.staff);
        QAbstractItemModelTester tester(desk.session.notifications(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    }
}

// Unsaved work gets its say before the window goes: the guard answers later, and only a yes closes.
void TestDeskShell::closingAsksTheGuardFirst()
{
    MainWindow window;
    window.show();
    int asked = 0;
    std::function<void(bool)> pending;
    bool unsaved = true;
    QWidget view;
    window.addLeaveGuard(&view,
                         { [&] { return unsaved; },
                           [&](std::function<void(bool)> answer) {
                               ++asked;
                               pending = std::move(answer);
                           } });
    QVERIFY(!window.close());
    QCOMPARE(asked, 1);
    QVERIFY(window.isVisible());
    pending(false); // "Cancel": the window stays
    QVERIFY(window.isVisible());

    window.close();
    QCOMPARE(asked, 2);
    pending(true); // "Save" succeeded or "Discard"
    QVERIFY(!window.isVisible());

    // Once closed, the next close asks again; with nothing unsaved nothing is asked.
    window.show();
    window.close();
    QCOMPARE(asked, 3);
    pending(false);
    unsaved = false;
    QVERIFY(window.close());
    QCOMPARE(asked, 3);
}

// A view guarded for everything is asked before another view or coworking is shown; one guarded
// for coworking and quit only is not asked on a view switch. A No leaves everything as it was.
void TestDeskShell::switchingAsksTheGuards()
{
    MainWindow window;
    auto *settings = new QWidget;
    auto *plan = new QWidget;
    window.addView(settings, u"Settings"_s, {}, true);
    window.addView(plan, u"Plan"_s, {}, true);
    Coworking a;
    a.id = u"aaaaaaaa-0000-4000-8000-000000000001"_s;
    a.name = u"A"_s;
    Coworking b = a;
    b.id = u"bbbbbbbb-0000-4000-8000-000000000002"_s;
    b.name = u"B"_s;
    window.setCoworkings({ { a, CoworkingRole::Owner }, { b, CoworkingRole::Owner } });
    window.show();
    window.tabs()->setCurrentWidget(settings);
    QSignalSpy switched(&window, &MainWindow::coworkingChanged);

    QStringList asked;
    std::function<void(bool)> pending;
    bool settingsUnsaved = true;
    bool planUnsaved = true;
    const auto guard = [&](const QString &name, bool *unsaved) {
        return MainWindow::LeaveGuard{ [unsaved] { return *unsaved; },
                                       [&, name](std::function<void(bool)> answer) {
                                           asked.append(name);
                                           pending = std::move(answer);
                                       } };
    };
    window.addLeaveGuard(settings, guard(u"settings"_s, &settingsUnsaved),
                         MainWindow::GuardScope::Everything);
    window.addLeaveGuard(plan, guard(u"plan"_s, &planUnsaved));

    // Another view: the settings ask; No stays, Yes goes.
    window.tabs()->setCurrentWidget(plan);
    QCOMPARE(asked, QStringList{ u"settings"_s });
    QCOMPARE(window.currentView(), settings);
    pending(false);
    QCOMPARE(window.currentView(), settings);
    window.tabs()->setCurrentWidget(plan);
    pending(true);
    QCOMPARE(window.currentView(), plan);
    // Back to the settings: the plan is not asked on a view switch.
    asked.clear();
    window.tabs()->setCurrentWidget(settings);
    QVERIFY(asked.isEmpty());
    QCOMPARE(window.currentView(), settings);

    // Another coworking: every view with unsaved work, one after the other; a No keeps A.
    const QString first = window.currentCoworkingId();
    window.selectCoworking(first == a.id ? b.id : a.id);
    QCOMPARE(asked, QStringList{ u"settings"_s });
    QCOMPARE(window.currentCoworkingId(), first);
    pending(true);
    QCOMPARE(asked, (QStringList{ u"settings"_s, u"plan"_s }));
    pending(false);
    QCOMPARE(window.currentCoworkingId(), first);
    QCOMPARE(switched.count(), 0);
    settingsUnsaved = false;
    window.selectCoworking(first == a.id ? b.id : a.id);
    QCOMPARE(asked.last(), u"plan"_s);
    pending(true);
    QVERIFY(window.currentCoworkingId() != first);
    QCOMPARE(switched.count(), 1);
    // Nothing unsaved: switches at once.
    planUnsaved = false;
    window.selectCoworking(first);
    QCOMPARE(window.currentCoworkingId(), first);
    QCOMPARE(switched.count(), 2);
}

// Help > About names the desk's version, the server and the server's API version.
void TestDeskShell::aboutNamesBothVersions()
{
    MainWindow window;
    window.setServer(QUrl(u"https://desk.example"_s));
    window.setVersions(u"0.1.0"_s, u"1.2.0"_s);
    window.show();
    QAction *about = nullptr;
    const auto actions = window.findChildren<QAction *>();
    for (QAction *a : actions) {
        if (a->text() == u"&About Coworking Desk"_s)
            about = a;
    }
    QVERIFY(about);
    about->trigger();
    QMessageBox *box = nullptr;
    QTRY_VERIFY((box = window.findChild<QMessageBox *>()));
    QVERIFY2(box->text().contains(u"Coworking Desk 0.1.0"_s), qPrintable(box->text()));
    QVERIFY(box->text().contains(u"https://desk.example"_s));
    QVERIFY(box->text().contains(u"Server API version: 1.2.0"_s));
    QVERIFY(box->isVisible());
    box->close();
}

QTEST_MAIN(TestDeskShell)
#include "tst_deskshell.moc"
