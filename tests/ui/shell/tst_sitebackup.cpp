// File > Back up / Restore of a one-PC site: the desk of `coworking-desk --embedded` against the
// real embedded server (EmbeddedSite on a temporary SQLite file, the demo site, real HTTP), its
// dialogs answered as a person would. A backup, a booking, a restore: the booking is gone from the
// server and from the desk's reloaded floor, the session signed in again. A damaged or foreign
// file is refused with the reason, and the site goes on serving its own data.
#include "client/coworkingclient.h"
#include "client/tokenstore.h"
#include "common/clock.h"
#include "common/messagebar.h"
#include "embeddedsite.h"
#include "embeddedsitesetup.h"
#include "floor/floormodel.h"
#include "floor/floorpage.h"
#include "floor/timecontrol.h"
#include "shell/desksession.h"
#include "shell/mainwindow.h"
#include "shell/signinwindow.h"
#include "shell/sitebackupactions.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;

namespace {

// The one-PC demo, as `scripts/run.sh` starts it, and the desk signed in as its administrator.
struct DemoDesk
{
    DemoDesk()
    {
        QCommandLineParser parser;
        EmbeddedSite::addOptions(parser);
        if (!parser.parse({ u"coworking-desk"_s, u"--data-dir"_s, dir.path(), u"--listen"_s,
                            u"127.0.0.1:0"_s, u"--threads"_s, u"2"_s, u"--seed-demo-if-empty"_s }))
            return;
        QString error;
        started = site.start(parser, &error);
        if (!started)
            qWarning() << error;
    }

    // Signs in and waits for the loaded floor of Spreeblick (open round the clock).
    bool open()
    {
        const auto admin = site.demoAdmin();
        if (!started || !admin)
            return false;
        client = std::make_unique<client::CoworkingClient>(
                site.url(), std::make_unique<client::MemoryTokenStore>());
        session = std::make_unique<DeskSession>(*client, clock);
        session->setSiteBackup(&setup);
        QSignalSpy loaded(session.get(), &DeskSession::floorLoaded);
        session->signInWith(site.url(), admin->email, admin->password);
        if (!QTest::qWaitFor([&] { return session->coworkingsLoaded() && loaded.count() > 0; },
                             20000))
            return false;
        MainWindow *main = session->mainWindow();
        const int index = main->coworkingSwitcher()->findText(u"Spreeblick Coworking"_s);
        if (index < 0)
            return false;
        if (main->coworkingSwitcher()->currentIndex() != index) {
            loaded.clear();
            main->coworkingSwitcher()->setCurrentIndex(index);
            if (!QTest::qWaitFor([&] { return loaded.count() > 0; }, 10000))
                return false;
        }
        return true;
    }

    // One request of the desk's own client: status and JSON body.
    std::pair<int, QJsonDocument> call(const QByteArray &method, const QString &path,
                                       const QJsonObject &body = {})
    {
        client::ApiRequest request = method == "GET"
                ? client::ApiRequest::get(path)
                : client::ApiRequest::json(method, path, QJsonDocument(body));
        std::optional<std::pair<int, QJsonDocument>> answer;
        QObject context;
        client->api().send(request, &context, [&](client::Result<client::ApiResponse> r) {
            if (r.ok())
                answer = { r.value().status, r.value().json() };
            else
                answer = { r.error().status, {} };
        });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 10000))
            return { -1, {} };
        return *answer;
    }

    QTemporaryDir dir;
    EmbeddedSite site;
    bool started = false;
    EmbeddedSiteSetup setup{ site };
    SystemClock clock;
    std::unique_ptr<client::CoworkingClient> client;
    std::unique_ptr<DeskSession> session;
};

// A site on PostgreSQL: the desk does not back it up, and never tries.
class PostgresSite final : public SiteBackup
{
public:
    bool canBackUp() const override { return false; }
    QString databaseFile() const override { return {}; }
    void backup(const QString &, QObject *, Done) override { ++calls; }
    void restore(const QString &, QObject *, Done) override { ++calls; }
    int calls = 0;
};

// Answers the file dialog the action opened with `file`.
void chooseFile(SiteBackupActions *actions, QAction *action, const QString &file)
{
    action->trigger();
    QFileDialog *dialog = actions->fileDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->isModal()); // open(): window-modal, no loop of its own
    dialog->selectFile(file);
    QMetaObject::invokeMethod(dialog, "accept"); // as its Save or Open button does
}

// Answers the restore's question with its Restore button; returns the question's words.
QString confirmRestore(SiteBackupActions *actions)
{
    QMessageBox *box = actions->confirmation();
    if (!box || !box->isVisible())
        return {};
    const QString words = box->text() + u'\n' + box->informativeText();
    for (QAbstractButton *button : box->buttons()) {
        if (box->buttonRole(button) == QMessageBox::DestructiveRole) {
            QElapsedTimer t;
            t.start();
            QTest::mouseClick(button, Qt::LeftButton);
            qInfo("restore click returned after %lld ms", t.elapsed());
        }
    }
    return words;
}

} // namespace

class TestSiteBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"coworking-tests"_s);
        QCoreApplication::setApplicationName(u"tst_sitebackup"_s);
    }

    void defaultName()
    {
        const QDateTime at(QDate(2026, 3, 9), QTime(7, 5), Qt::LocalTime);
        QCOMPARE(SiteBackupActions::defaultFileName(at), u"coworking-20260309-0705.sqlite"_s);
    }

    void postgresSaysPgDump()
    {
        PostgresSite site;
        SystemClock clock;
        MainWindow window;
        auto *actions = new SiteBackupActions(site, clock, &window);
        QMenu *file = window.menuBar()->actions().first()->menu();
        for (QAction *action : { actions->backupAction(), actions->restoreAction() }) {
            QVERIFY(file->actions().contains(action));
            QVERIFY(!action->isEnabled());
            QVERIFY2(action->toolTip().contains(u"pg_dump"_s), qPrintable(action->toolTip()));
            action->trigger();
        }
        QVERIFY(!actions->fileDialog());
        QCOMPARE(site.calls, 0);
    }

    void backUpBookRestore()
    {
        DemoDesk desk;
        QVERIFY(desk.open());
        SiteBackupActions *actions = desk.session->siteBackupActions();
        QVERIFY(actions);
        QVERIFY(actions->backupAction()->isEnabled());
        QVERIFY(actions->restoreAction()->isEnabled());
        // Both are in the File menu.
        QMenu *file = desk.session->mainWindow()->menuBar()->actions().first()->menu();
        QVERIFY(file->actions().contains(actions->backupAction()));
        QVERIFY(file->actions().contains(actions->restoreAction()));

        // Back up: the dialog offers coworking-YYYYMMDD-HHMM.sqlite; busy until the copy is made.
        actions->backupAction()->trigger();
        QVERIFY(actions->fileDialog());
        const QString offered = actions->fileDialog()->selectedFiles().value(0);
        QVERIFY2(QRegularExpression(u"/coworking-\\d{8}-\\d{4}\\.sqlite$"_s)
                         .match(offered)
                         .hasMatch(),
                 qPrintable(offered));
        actions->fileDialog()->reject();
        const QString backup = desk.dir.filePath(u"copy.sqlite"_s);
        chooseFile(actions, actions->backupAction(), backup);
        QVERIFY(actions->isBusy());
        QVERIFY(!actions->backupAction()->isEnabled());
        MessageBar *notice = desk.session->mainWindow()->noticeBar();
        QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), 20000);
        QVERIFY2(notice->kind() == MessageBar::Kind::Positive && notice->text().contains(backup),
                 qPrintable(notice->text()));
        QVERIFY(QFileInfo(backup).size() > 0);

        // A booking after the backup, for a spot of the floor shown, tomorrow at noon on the
        // coworking's clock: inside its opening hours whatever the hour the test runs at (an
        // hour from now was outside them at night).
        FloorModel *floor = desk.session->floorPage()->model();
        const QTimeZone zone = floor->zone().zone();
        const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(1);
        const QDateTime from = QDateTime(tomorrow, QTime(12, 0), zone).toUTC();
        desk.session->floorPage()->timeControl()->showMoment(from);
        QString bookingId;
        QByteArray refused; // the last answer, said if no spot takes the booking
        for (const Spot &spot : floor->spots()) {
            const auto [status, body] =
                    desk.call("POST", u"/bookings"_s,
                              { { u"spot_id"_s, spot.id },
                                { u"time_from"_s, from.toString(Qt::ISODate) },
                                { u"time_until"_s, from.addSecs(3600).toString(Qt::ISODate) } });
            if (status == 201) {
                bookingId = body.object().value(u"id"_s).toString();
                break;
            }
            refused = QByteArray::number(status) + ' ' + body.toJson(QJsonDocument::Compact);
        }
        QVERIFY2(!bookingId.isEmpty(), refused.constData());
        QTRY_VERIFY_WITH_TIMEOUT(floor->booking(bookingId).has_value(), 5000);

        // Restore: the question says what is replaced and where the current data is kept.
        QPointer<MainWindow> before = desk.session->mainWindow();
        QSignalSpy reloaded(desk.session.get(), &DeskSession::floorLoaded);
        chooseFile(actions, actions->restoreAction(), backup);
        const QString question = confirmRestore(actions);
        const QFileInfo database(desk.setup.databaseFile());
        QVERIFY2(question.contains(u"replaced"_s)
                         && question.contains(database.fileName() + u".before-restore-"_s)
                         && question.contains(QDir::toNativeSeparators(database.absolutePath())),
                 qPrintable(question));
        // The desk survives it: a new window on the restored data, signed in again.
        QElapsedTimer whole;
        whole.start();
        QTRY_VERIFY_WITH_TIMEOUT(!before, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->mainWindow() && reloaded.count() > 0, 20000);
        qInfo("restore to reloaded floor: %lld ms", whole.elapsed());
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->mainWindow() && reloaded.count() > 0, 20000);
        MainWindow *main = desk.session->mainWindow();
        QVERIFY(main->isVisible());
        QVERIFY(desk.client->api().isSignedIn());
        QCOMPARE(main->currentCoworking()->coworking.name, u"Spreeblick Coworking"_s);
        QVERIFY2(main->noticeBar()->text().contains(u"restored from"_s)
                         && main->noticeBar()->text().contains(u".before-restore-"_s),
                 qPrintable(main->noticeBar()->text()));
        QVERIFY(!desk.session->floorPage()->model()->booking(bookingId).has_value());
        QVERIFY(desk.session->floorPage()->model()->spotCount() > 0);
        QCOMPARE(desk.call("GET", u"/bookings/"_s + bookingId).first, 404);
        // The data it had is kept aside, with the booking in it.
        const QStringList aside = database.dir().entryList(
                { database.fileName() + u".before-restore-*"_s }, QDir::Files);
        QCOMPARE(aside.size(), 1);
    }

    void anotherSitesBackupAsksToSignIn()
    {
        // A backup of another one-PC site: its own administrator, none of this desk's sessions.
        QTemporaryDir otherDir;
        QString otherFile;
        {
            EmbeddedSite other;
            QCommandLineParser parser;
            EmbeddedSite::addOptions(parser);
            QVERIFY(parser.parse({ u"coworking-desk"_s, u"--data-dir"_s, otherDir.path(),
                                   u"--listen"_s, u"127.0.0.1:0"_s, u"--threads"_s, u"1"_s }));
            QString error;
            QVERIFY2(other.start(parser, &error), qPrintable(error));
            QCOMPARE(other.createAdmin(u"owner@other.example"_s, u"password123"_s, u"Olga"_s),
                     QString());
            otherFile = other.database().sqlitePath;
        } // stopped: the file alone is the whole database
        DemoDesk desk;
        QVERIFY(desk.open());
        SiteBackupActions *actions = desk.session->siteBackupActions();
        QPointer<MainWindow> before = desk.session->mainWindow();
        chooseFile(actions, actions->restoreAction(), otherFile);
        QVERIFY(!confirmRestore(actions).isEmpty());
        // The restored site knows neither this session nor the demo's administrator: sign in.
        QTRY_VERIFY_WITH_TIMEOUT(
                desk.session->signInWindow() && desk.session->signInWindow()->isVisible(), 30000);
        QTRY_VERIFY(!before || !before->isVisible());
        QVERIFY(!desk.client->api().isSignedIn());
        QTRY_VERIFY2(
                desk.session->signInWindow()->errorText().contains(u"restored from a backup"_s),
                qPrintable(desk.session->signInWindow()->errorText()));
        // Its administrator signs in and the desk opens on the restored site.
        desk.session->signInWith(desk.site.url(), u"owner@other.example"_s, u"password123"_s);
        QTRY_VERIFY_WITH_TIMEOUT(desk.session->mainWindow()
                                         && desk.session->mainWindow()->isVisible()
                                         && desk.session->coworkingsLoaded(),
                                 10000);
        QCOMPARE(desk.client->api().currentUser()->email, u"owner@other.example"_s);
        QVERIFY(desk.session->mainWindow()->noticeBar()->text().contains(u"restored from"_s));
    }

    void refusesDamagedAndForeignFiles()
    {
        DemoDesk desk;
        QVERIFY(desk.open());
        SiteBackupActions *actions = desk.session->siteBackupActions();
        QPointer<MainWindow> main = desk.session->mainWindow();
        const int spots = desk.session->floorPage()->model()->spotCount();

        const QString garbage = desk.dir.filePath(u"garbage.sqlite"_s);
        {
            QFile f(garbage);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(8192, 'x'));
        }
        const QString foreign = desk.dir.filePath(u"foreign.sqlite"_s);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(foreign);
            QVERIFY(db.open());
            QVERIFY(QSqlQuery(db).exec(u"CREATE TABLE recipes (id INTEGER, name TEXT)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);

        const QList<std::pair<QString, QString>> cases{
            { garbage, u"not a readable SQLite database"_s },
            { foreign, u"not a coworking database"_s },
        };
        for (const auto &[file, reason] : cases) {
            chooseFile(actions, actions->restoreAction(), file);
            QVERIFY(!confirmRestore(actions).isEmpty());
            MessageBar *notice = main->noticeBar();
            QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), 30000);
            QCOMPARE(notice->kind(), MessageBar::Kind::Error);
            QVERIFY2(notice->text().contains(u"not restored"_s) && notice->text().contains(reason),
                     qPrintable(notice->text()));
            // The site serves its own data on: the same window, the same session and floor.
            QVERIFY(main);
            QCOMPARE(desk.session->mainWindow(), main.data());
            const auto [status, body] = desk.call("GET", u"/users/me"_s);
            QCOMPARE(status, 200);
            const auto [listed, spotList] = desk.call(
                    "GET", u"/coworkings/%1/spots"_s.arg(main->currentCoworking()->coworking.id));
            QCOMPARE(listed, 200);
            QCOMPARE(int(spotList.array().size()), spots);
        }
        const QFileInfo database(desk.setup.databaseFile());
        QVERIFY(database.dir()
                        .entryList({ database.fileName() + u".before-restore-*"_s }, QDir::Files)
                        .isEmpty());
    }
};

QTEST_MAIN(TestSiteBackup)
#include "tst_sitebackup.moc"
