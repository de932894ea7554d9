#include "commands.h"

#include "auth/passwordhasher.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "coworkingserver.h"
#include "database.h"
#include "sqloutbox.h"
#include "migrator.h"
#include "demoseeder.h"
#include "logging.h"
#include "quitonsignals.h"
#include "serverconfig.h"
#include "localfilestorage.h"
#include "sqluserrepository.h"
#include "users/userservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTextStream>

#include <memory>

using namespace Qt::StringLiterals;

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

} // namespace

std::optional<DemoSeeder::Result> seedDemoSite(const ServerConfig &config, QString *error)
{
    ServerConfig quiet = config;
    quiet.threads = 0;
    SystemClock clock;
    CoworkingServer server(quiet, clock);
    if (!server.start(error))
        return std::nullopt;
    Database db(server.database(), u"demo"_s);
    // Where the server keeps uploads (CoworkingServer::start: <data-dir>/storage).
    LocalFileStorage storage(config.dataDir + u"/storage"_s);
    return DemoSeeder::seed(db, server.hasher(), clock, &storage);
}

namespace {

int seedDemo(const ServerConfig &config)
{
    QString error;
    const auto result = seedDemoSite(config, &error);
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
    QLoggingCategory::setFilterRules(u"coworking.*.debug=false"_s);
    if (config.seedDemoIfEmpty) {
        QString error;
        const auto seeded = seedDemoSite(config, &error);
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
          << (config.runner.mode == RunnerMode::Embedded
                      ? "event runner embedded"
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
    Database db(*database, u"migrate"_s);
    const Migrator::Result result = Migrator(db).migrate();
    if (!result.ok)
        return fail(result.error);
    out() << "Applied " << result.appliedCount << " migration(s); schema version " << result.version
          << " (" << database->describe() << ")" << Qt::endl;
    return 0;
}

int createUser(const ServerConfig &config, const QCommandLineParser &parser)
{
    for (const char *required : { "email", "password", "full-name" }) {
        if (parser.value(QString::fromLatin1(required)).isEmpty())
            return fail(u"create-user needs --%1"_s.arg(QString::fromLatin1(required)));
    }
    ServerConfig quiet = config;
    quiet.threads = 0; // migrate and set up shared state only
    SystemClock clock;
    CoworkingServer server(quiet, clock);
    QString error;
    if (!server.start(&error))
        return fail(error);
    Database db(server.database(), u"cli"_s);
    NullEventPublisher noLiveViews; // creating a user makes no event
    SqlOutbox outbox(db, noLiveViews);
    SqlUserRepository users(db, outbox);
    try {
        const User user =
                UserService::createUser(users, server.hasher(), clock, parser.value(u"email"_s),
                                        parser.value(u"password"_s), parser.value(u"full-name"_s),
                                        parser.isSet(u"business"_s), parser.isSet(u"admin"_s));
        out() << "Created user " << user.id << " <" << user.email << ">"
              << (user.isAdmin ? " (admin)" : "") << (user.isBusiness ? " (business)" : "")
              << Qt::endl;
    } catch (const AppError &e) {
        QString message = e.message();
        const auto fields = e.details().value(u"fields"_s).toArray();
        for (const auto &f : fields)
            message += u"\n  "_s + f[u"field"_s].toString() + u": "_s + f[u"message"_s].toString();
        return fail(message);
    }
    return 0;
}

} // namespace

int runServerCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Coworking booking REST server.\n\nCommands:\n"
            "  serve         serve the API (default)\n"
            "  migrate       apply database migrations and exit\n"
            "  create-user   create a user: --email --password --full-name [--business] [--admin]\n"
            "  seed-demo     fill an empty database with a demo site and print its logins"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s, u"serve | migrate | create-user | seed-demo"_s,
                                 u"[command]"_s);
    ServerConfig::addOptions(parser);
    parser.addOption({ u"email"_s, u"create-user: e-mail address."_s, u"email"_s });
    parser.addOption(
            { u"password"_s, u"create-user: password (at least 8 characters)."_s, u"password"_s });
    parser.addOption({ u"full-name"_s, u"create-user: full name."_s, u"name"_s });
    parser.addOption({ u"business"_s, u"create-user: may create coworkings."_s });
    parser.addOption({ u"admin"_s, u"create-user: platform admin."_s });
    parser.process(arguments);

    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0, u"serve"_s);
    if (positional.size() > 1)
        return fail(u"unexpected argument: "_s + positional.at(1));

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
    return fail(u"unknown command \"%1\" (see --help)"_s.arg(command));
}

} // namespace coworking
