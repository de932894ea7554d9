#include "commands.h"

#include "auth/passwordhasher.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "coworkingserver.h"
#include "db/database.h"
#include "events/sqloutbox.h"
#include "db/migrator.h"
#include "demo/demoseeder.h"
#include "observability/logging.h"
#include "quitonsignals.h"
#include "serverconfig.h"
#include "storage/localfilestorage.h"
#include "users/sqluserrepository.h"
#include "users/userservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

namespace coworking {

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

int fail(const QString &message)
{
    err() << "coworking-server: " << message << Qt::endl;
    return 1;
}

// Migrates (through a server without listeners, as create-user does), then fills the database
// with the demo site; nullopt with `error` when the database cannot be reached or migrated.
std::optional<DemoSeeder::Result> runDemoSeeder(const ServerConfig &config, QString *error)
{
    ServerConfig quiet = config;
    quiet.threads = 0;
    SystemClock clock;
    CoworkingServer server(quiet, clock);
    if (!server.start(error))
        return std::nullopt;
    Database db(server.database(), QStringLiteral("demo"));
    // Where the server keeps uploads (CoworkingServer::start: <data-dir>/storage).
    LocalFileStorage storage(config.dataDir + QStringLiteral("/storage"));
    return DemoSeeder::seed(db, server.hasher(), clock, &storage);
}

int seedDemo(const ServerConfig &config)
{
    QString error;
    const auto result = runDemoSeeder(config, &error);
    if (!result)
        return fail(error);
    if (!result->ok)
        return fail(result->error);
    out() << result->summary() << Qt::endl;
    return 0;
}

int serve(const ServerConfig &config)
{
    installLogHandler(config.logFormat);
    // Debug lines (one per health check and scrape) stay off unless QT_LOGGING_RULES, which
    // takes precedence over these rules, turns them on.
    QLoggingCategory::setFilterRules(QStringLiteral("coworking.*.debug=false"));
    if (config.seedDemoIfEmpty) {
        QString error;
        const auto seeded = runDemoSeeder(config, &error);
        if (!seeded)
            return fail(error);
        if (seeded->ok)
            out() << seeded->summary() << Qt::endl;
        else if (!seeded->notEmpty) // a database with data is simply served as it is
            return fail(seeded->error);
    }
    SystemClock clock;
    CoworkingServer server(config, clock);
    QString error;
    if (!server.start(&error))
        return fail(error);
    out() << "coworking-server " << QCoreApplication::applicationVersion() << " on "
          << server.database().describe() << ", " << config.threads << " worker thread(s), "
          << (config.pushGateway == PushGatewayKind::Fcm ? "pushes through FCM" : "pushes logged")
          << ", "
          << (config.runner.mode == RunnerMode::Embedded ? "event runner embedded"
                                                          : "event runner off (run coworking-runner)")
          << Qt::endl;
    out() << "Listening on http://" << config.listenHost << ':' << server.port() << Qt::endl;
    const auto signalNotifier = quitOnSignals();
    const int rc = QCoreApplication::exec();
    server.stop();
    return rc;
}

int migrate(const ServerConfig &config)
{
    QString error;
    const auto database = DatabaseConfig::fromUrl(config.databaseUrl, &error);
    if (!database)
        return fail(error);
    Database db(*database, QStringLiteral("migrate"));
    const Migrator::Result result = Migrator(db).migrate();
    if (!result.ok)
        return fail(result.error);
    out() << "Applied " << result.appliedCount << " migration(s); schema version "
          << result.version << " (" << database->describe() << ")" << Qt::endl;
    return 0;
}

int createUser(const ServerConfig &config, const QCommandLineParser &parser)
{
    for (const char *required : {"email", "password", "full-name"}) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return fail(QStringLiteral("create-user needs --%1").arg(QString::fromLatin1(required)));
    }
    ServerConfig quiet = config;
    quiet.threads = 0; // migrate and set up shared state only
    SystemClock clock;
    CoworkingServer server(quiet, clock);
    QString error;
    if (!server.start(&error))
        return fail(error);
    Database db(server.database(), QStringLiteral("cli"));
    NullEventPublisher noLiveViews; // creating a user makes no event
    SqlOutbox outbox(db, noLiveViews);
    SqlUserRepository users(db, outbox);
    try {
        const User user = UserService::createUser(
            users, server.hasher(), clock, parser.value(QStringLiteral("email")),
            parser.value(QStringLiteral("password")), parser.value(QStringLiteral("full-name")),
            parser.isSet(QStringLiteral("business")), parser.isSet(QStringLiteral("admin")));
        out() << "Created user " << user.id << " <" << user.email << ">"
              << (user.isAdmin ? " (admin)" : "") << (user.isBusiness ? " (business)" : "")
              << Qt::endl;
    } catch (const AppError &e) {
        QString message = e.message();
        const auto fields = e.details().value(QStringLiteral("fields")).toArray();
        for (const auto &f : fields)
            message += QStringLiteral("\n  ") + f[QStringLiteral("field")].toString()
                       + QStringLiteral(": ") + f[QStringLiteral("message")].toString();
        return fail(message);
    }
    return 0;
}

} // namespace

int runServerCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Coworking booking REST server.\n\nCommands:\n"
        "  serve         serve the API (default)\n"
        "  migrate       apply database migrations and exit\n"
        "  create-user   create a user: --email --password --full-name [--business] [--admin]\n"
        "  seed-demo     fill an empty database with a demo site and print its logins"));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QStringLiteral("serve | migrate | create-user | seed-demo"),
                                 QStringLiteral("[command]"));
    ServerConfig::addOptions(parser);
    parser.addOption({QStringLiteral("email"), QStringLiteral("create-user: e-mail address."),
                      QStringLiteral("email")});
    parser.addOption({QStringLiteral("password"),
                      QStringLiteral("create-user: password (at least 8 characters)."),
                      QStringLiteral("password")});
    parser.addOption({QStringLiteral("full-name"), QStringLiteral("create-user: full name."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("business"),
                      QStringLiteral("create-user: may create coworkings.")});
    parser.addOption({QStringLiteral("admin"), QStringLiteral("create-user: platform admin.")});
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, QStringLiteral("serve"));
    if (positional.size() > 1)
        return fail(QStringLiteral("unexpected argument: ") + positional.at(1));

    QString error;
    const auto config = ServerConfig::resolve(parser, &error);
    if (!config)
        return fail(error);
    if (command == u"serve")
        return serve(*config);
    if (command == u"migrate")
        return migrate(*config);
    if (command == u"create-user")
        return createUser(*config, parser);
    if (command == u"seed-demo")
        return seedDemo(*config);
    return fail(QStringLiteral("unknown command \"%1\" (see --help)").arg(command));
}

} // namespace coworking
