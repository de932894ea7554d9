// coworking-desk: the operators' desktop. Composition root: the client, the clock, the session.
#include "client/coworkingclient.h"
#include "client/tokenstore.h"
#include "common/clock.h"
#include "common/translations.h"
#include "embeddedsite.h"
#include "embeddedsitesetup.h"
#include "kiosk/kiosksession.h"
#include "kiosk/kioskwindow.h"
#include "kioskscreenshotter.h"
#include "quitonsignals.h"
#include "screenshotter.h"
#include "shell/desksession.h"
#include "shell/firststartwizard.h"
#include "shell/signinwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QMessageBox>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// --kiosk: the front-desk kiosk of one coworking, signed in with a staff account (kept in the
// keychain) and left only with the exit PIN.
int runKiosk(QApplication &app, const QCommandLineParser &cli, const QUrl &serverUrl,
             const QString &coworkingId, int idleSeconds, coworking::ui::Translations &translations)
{
    const bool scripted = cli.isSet(u"email"_s);
    std::unique_ptr<coworking::client::TokenStore> tokens;
    if (scripted)
        tokens = std::make_unique<coworking::client::MemoryTokenStore>();
    else
        tokens = std::make_unique<coworking::client::KeychainTokenStore>(u"coworking-kiosk"_s);
    coworking::client::CoworkingClient client(serverUrl, std::move(tokens));
    coworking::SystemClock clock;
    QSettings settings;
    coworking::ui::KioskSession session(client, coworkingId, settings);
    coworking::ui::KioskWindow window(client, session, clock, &translations);
    window.setIdleTimeout(idleSeconds * 1000);
    // bench/kiosk-soak.sh compares what the map shows with the server.
    window.setStateFile(qEnvironmentVariable("COWORKING_KIOSK_STATE_FILE"));
    QObject::connect(&window, &coworking::ui::KioskWindow::exitAllowed, &app, &QApplication::quit,
                     Qt::QueuedConnection);
    std::unique_ptr<coworking::KioskScreenshotter> screenshotter;
    if (cli.isSet(u"screenshot-dir"_s)) {
        // Pictures have the size of a common kiosk screen, whatever the display.
        screenshotter = std::make_unique<coworking::KioskScreenshotter>(
                window, cli.value(u"screenshot-dir"_s), translations.language());
        window.resize(1280, 800);
        window.show();
    } else {
        window.setWindowFlags(Qt::Window | Qt::FramelessWindowHint);
        window.showFullScreen();
    }
    if (scripted) {
        // Scripts (screenshots, the soak) sign in as if typed; the PIN from COWORKING_KIOSK_PIN.
        session.signIn(cli.value(u"email"_s), qEnvironmentVariable("COWORKING_DESK_PASSWORD"),
                       qEnvironmentVariable("COWORKING_KIOSK_PIN", u"2468"_s));
    } else {
        session.start();
    }
    return app.exec();
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication::setHighDpiScaleFactorRoundingPolicy(
            Qt::HighDpiScaleFactorRoundingPolicy::PassThrough);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"Coworking"_s);
    QApplication::setApplicationName(u"coworking-desk"_s);
    QApplication::setApplicationDisplayName(u"Coworking Desk"_s);
    QApplication::setApplicationVersion(QString::fromUtf8(COWORKING_VERSION));
    // The installed menu entry and AppStream id (packaging/debian/desk): Wayland compositors and
    // docks match the window to its entry and icon by this name.
    QGuiApplication::setDesktopFileName(u"org.coworking_booking.desk"_s);
    // The PNG: it renders without the SVG image plugin (the SVG is its source, for packaging).
    QApplication::setWindowIcon(QIcon(u":/icons/coworking-desk.png"_s));
    // Native style first; Fusion (which follows the palette, dark included) where there is none.
    if (QApplication::style()->name() == u"windows"_s)
        QApplication::setStyle(QStyleFactory::create(u"Fusion"_s));

    QCommandLineParser cli;
    cli.setApplicationDescription(u"Coworking Desk: the live floor, bookings, floor plans, "
                                  "settings and people of a coworking booking server."_s);
    cli.addHelpOption();
    cli.addVersionOption();
    const QCommandLineOption server(u"server"_s, u"Server address (default: the last one)."_s,
                                    u"URL"_s);
    const QCommandLineOption lang(u"lang"_s, u"Interface language: en or ru (default: system)."_s,
                                  u"LANG"_s);
    const QCommandLineOption email(u"email"_s,
                                   u"Sign in at once as this user; the password is read from "
                                   "COWORKING_DESK_PASSWORD."_s,
                                   u"EMAIL"_s);
    const QCommandLineOption shots(u"screenshot-dir"_s,
                                   u"Save a picture of each view into DIR after loading, then "
                                   "quit (scripts/screenshots.sh)."_s,
                                   u"DIR"_s);
    const QCommandLineOption embedded(
            u"embedded"_s,
            u"Run the server inside the desk: a one-PC site on SQLite in --data-dir (or "
            "--database), listening on --listen (default 127.0.0.1:8080; a LAN address opens it "
            "to members' phones). The server options below and the COWORKING_* variables mean "
            "what they mean to coworking-server."_s);
    const QCommandLineOption kiosk(
            u"kiosk"_s,
            u"Run as the front-desk kiosk of --coworking (full screen, touch first), with "
            "--server or --embedded."_s);
    const QCommandLineOption kioskCoworking(u"coworking"_s, u"The kiosk's coworking (its id)."_s,
                                            u"ID"_s);
    const QCommandLineOption kioskIdle(
            u"kiosk-idle"_s, u"Seconds without a touch before the kiosk returns home (60)."_s,
            u"SECONDS"_s, u"60"_s);
    cli.addOptions({ server, lang, email, shots, embedded, kiosk, kioskCoworking, kioskIdle });
    coworking::EmbeddedSite::addOptions(cli);
    cli.process(app);

    const QString language = coworking::ui::Translations::choose(cli.value(lang));
    coworking::ui::Translations translations;
    if (!translations.apply(language)) {
        qCritical("--lang: expected en or ru, got %s", qPrintable(language));
        return 2;
    }
    bool idleOk = false;
    const int idleSeconds = cli.value(kioskIdle).toInt(&idleOk);
    if (cli.isSet(kiosk)) {
        if (!cli.isSet(kioskCoworking)) {
            qCritical("--kiosk needs --coworking ID");
            return 2;
        }
        if (!cli.isSet(embedded) && !cli.isSet(server)) {
            qCritical("--kiosk needs --server URL or --embedded");
            return 2;
        }
        if (!idleOk || idleSeconds < 5) {
            qCritical("--kiosk-idle: expected a number of seconds (5 or more)");
            return 2;
        }
    }

    // SIGINT / SIGTERM (a service manager, Ctrl+C) quit like the window's Quit, also
    // while it starts (the signal is handled once the event loop runs): the embedded
    // server then finishes its requests, stops its runner and checkpoints the database.
    const auto signalNotifier = coworking::quitOnSignals();
    // The embedded server listens before any window opens; the desk then talks to it over HTTP
    // like to any other server.
    coworking::EmbeddedSite site;
    if (cli.isSet(embedded)) {
        QString error;
        if (!site.start(cli, &error)) {
            qCritical("coworking-desk: the embedded server did not start: %s", qPrintable(error));
            auto *box = new QMessageBox(
                    QMessageBox::Critical, QApplication::applicationDisplayName(),
                    QApplication::translate("main", "The built-in server did not start."),
                    QMessageBox::Close);
            box->setInformativeText(error);
            box->setAttribute(Qt::WA_DeleteOnClose);
            QObject::connect(box, &QMessageBox::finished, &app, [] { QApplication::exit(1); });
            box->open();
            app.exec();
            return 1;
        }
    }
    const QUrl serverUrl = site.isRunning() ? site.url()
            : cli.isSet(server)             ? QUrl::fromUserInput(cli.value(server))
                                            : coworking::ui::SignInWindow::rememberedServer();
    if (cli.isSet(kiosk))
        return runKiosk(app, cli, serverUrl, cli.value(kioskCoworking), idleSeconds, translations);
    // Scripted runs (screenshots) keep no token: nothing of theirs outlives them.
    std::unique_ptr<coworking::client::TokenStore> tokens;
    if (cli.isSet(email))
        tokens = std::make_unique<coworking::client::MemoryTokenStore>();
    else
        tokens = std::make_unique<coworking::client::KeychainTokenStore>(u"coworking-desk"_s);
    coworking::client::CoworkingClient client(serverUrl, std::move(tokens));
    coworking::SystemClock clock;
    coworking::ui::DeskSession session(client, clock);
    coworking::EmbeddedSiteSetup siteSetup(site);
    if (site.isRunning())
        session.setSiteBackup(&siteSetup); // File > Back up / Restore
    std::unique_ptr<coworking::ui::FirstStartWizard> wizard;
    std::unique_ptr<coworking::Screenshotter> screenshotter;
    if (cli.isSet(shots))
        screenshotter =
                std::make_unique<coworking::Screenshotter>(session, cli.value(shots), language);
    if (cli.isSet(email) && screenshotter) {
        // The sign-in window is pictured filled in before the scripted sign-in starts.
        session.prefillSignIn(serverUrl, cli.value(email));
        QTimer::singleShot(700, &session, [&] {
            screenshotter->grabSignIn();
            session.signInWith(serverUrl, cli.value(email),
                               qEnvironmentVariable("COWORKING_DESK_PASSWORD"));
        });
    } else if (cli.isSet(email)) {
        session.signInWith(serverUrl, cli.value(email),
                           qEnvironmentVariable("COWORKING_DESK_PASSWORD"));
    } else if (site.isRunning() && site.isEmptySite()) {
        // A new one-PC site: its administrator and first coworking, or the demo, then the desk.
        wizard = std::make_unique<coworking::ui::FirstStartWizard>(siteSetup, client);
        QObject::connect(wizard.get(), &coworking::ui::FirstStartWizard::siteReady, &session,
                         [&session] { session.openSignedIn(); });
        QObject::connect(wizard.get(), &QWizard::rejected, &app, [] { QApplication::quit(); });
        wizard->show();
        if (screenshotter)
            screenshotter->grabWizard(*wizard);
    } else if (const auto admin = site.demoAdmin()) {
        // The one-PC demo (scripts/run.sh) opens at once, signed in as the demo's administrator.
        session.signInWith(serverUrl, admin->email, admin->password);
    } else {
        if (cli.isSet(server))
            coworking::ui::SignInWindow::rememberServer(
                    serverUrl, coworking::ui::SignInWindow::rememberedEmail());
        session.start();
    }
    return app.exec();
}
