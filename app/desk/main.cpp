// coworking-desk: the operators' desktop. Composition root: the client, the clock, the session.
#include "client/coworkingclient.h"
#include "client/tokenstore.h"
#include "common/clock.h"
#include "embeddedsite.h"
#include "quitonsignals.h"
#include "screenshotter.h"
#include "shell/desksession.h"
#include "shell/signinwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;

namespace {

// The language: --lang, else the system's; English when there is no translation for it.
QString chooseLanguage(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QStringList ui = QLocale::system().uiLanguages();
    for (const QString &l : ui) {
        if (l.startsWith(u"ru"_s))
            return u"ru"_s;
        if (l.startsWith(u"en"_s))
            return u"en"_s;
    }
    return u"en"_s;
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
    cli.addOptions({ server, lang, email, shots, embedded });
    coworking::EmbeddedSite::addOptions(cli);
    cli.process(app);

    const QString language = chooseLanguage(cli.value(lang));
    if (language != u"en" && language != u"ru") {
        qCritical("--lang: expected en or ru, got %s", qPrintable(language));
        return 2;
    }
    QLocale::setDefault(language == u"ru"
                                ? QLocale(QLocale::Russian, QLocale::Russia)
                                : (QLocale::system().language() == QLocale::English
                                           ? QLocale::system()
                                           : QLocale(QLocale::English, QLocale::UnitedKingdom)));
    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale(), u"qtbase"_s, u"_"_s,
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator deskTranslator;
    if (deskTranslator.load(u":/i18n/coworking_"_s + language))
        QApplication::installTranslator(&deskTranslator);

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
    // SIGINT / SIGTERM (a service manager, Ctrl+C) quit like the window's Quit: the embedded
    // server then finishes its requests, stops its runner and checkpoints the database.
    const auto signalNotifier = coworking::quitOnSignals();
    const QUrl serverUrl = site.isRunning() ? site.url()
            : cli.isSet(server)             ? QUrl::fromUserInput(cli.value(server))
                                            : coworking::ui::SignInWindow::rememberedServer();
    // Scripted runs (screenshots) keep no token: nothing of theirs outlives them.
    std::unique_ptr<coworking::client::TokenStore> tokens;
    if (cli.isSet(email))
        tokens = std::make_unique<coworking::client::MemoryTokenStore>();
    else
        tokens = std::make_unique<coworking::client::KeychainTokenStore>(u"coworking-desk"_s);
    coworking::client::CoworkingClient client(serverUrl, std::move(tokens));
    coworking::SystemClock clock;
    coworking::ui::DeskSession session(client, clock);
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
