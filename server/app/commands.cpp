#include "commands.h"

#include "auth/passwordhasher.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "coworkingserver.h"
#include "database.h"
#include "databasebackup.h"
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
#include <QFileInfo>
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
    return seedDemoInto(server, config, clock, u"demo"_s);
}

DemoSeeder::Result seedDemoInto(CoworkingServer &server, const ServerConfig &config,
                                const Clock &clock, const QString &connection)
{
    Database db(server.database(), connection);
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

// Where `config` keeps the data; nullopt after saying why not.
std::optional<DatabaseConfig> databaseOf(const ServerConfig &config)
{
    QString error;
    auto database = DatabaseConfig::fromUrl(config.databaseUrl, &error);
    if (!database)
        fail(error);
    return database;
}

int migrate(const ServerConfig &config)
{
    const auto database = databaseOf(config);
    if (!database)
        return 1;
    Database db(*database, u"migrate"_s);
    const Migrator::Result result = Migrator(db).migrate();
    if (!result.ok)
        return fail(result.error);
    out() << "Applied " << result.appliedCount << " migration(s); schema version " << result.version
          << " (" << database->describe() << ")" << Qt::endl;
    return 0;
}

int backup(const ServerConfig &config, const QString &file)
{
    const auto database = databaseOf(config);
    if (!database)
        return 1;
    // The copy replaces nothing by surprise: a file of that name is refused (the desk's save
    // dialog asks before it overwrites).
    if (QFileInfo::exists(file))
        return fail(u"backup: %1 exists already; choose a new file name."_s.arg(file));
    const DatabaseBackup::Result result = DatabaseBackup(*database).backup(file);
    if (!result.ok)
        return fail(result.error);
    out() << "Backed up " << database->describe() << " (schema version " << result.version
          << ") to " << QFileInfo(file).absoluteFilePath() << Qt::endl;
    return 0;
}

int restore(const ServerConfig &config, const QString &file)
{
    const auto database = databaseOf(config);
    if (!database)
        return 1;
    const DatabaseBackup::Result result = DatabaseBackup(*database).restore(file);
    if (!result.ok)
        return fail(result.error);
    out() << "Restored " << database->describe() << " from " << file << " (schema version "
          << result.version << ")";
    if (!result.keptAside.isEmpty())
        out() << "; the previous database is kept as " << result.keptAside;
    out() << Qt::endl;
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
    try {
        const User user = createAccount(server, clock, u"cli"_s,
                                        { parser.value(u"email"_s), parser.value(u"password"_s),
                                          parser.value(u"full-name"_s), parser.isSet(u"business"_s),
                                          parser.isSet(u"admin"_s) });
        out() << "Created user " << user.id << " <" << user.email << ">"
              << (user.isAdmin ? " (admin)" : "") << (user.isBusiness ? " (business)" : "")
              << Qt::endl;
    } catch (const AppError &e) {
        return fail(describeError(e));
    }
    return 0;
}

} // namespace

User createAccount(CoworkingServer &server, const Clock &clock, const QString &connection,
                   const AccountDraft &draft)
{
    Database db(server.database(), connection);
    NullEventPublisher noLiveViews; // creating a user makes no event
    SqlOutbox outbox(db, noLiveViews);
    SqlUserRepository users(db, outbox);
    return UserService::createUser(users, server.hasher(), clock, draft.email, draft.password,
                                   draft.fullName, draft.business, draft.admin);
}

QString describeError(const AppError &error)
{
    QString message = error.message();
    const auto fields = error.details().value(u"fields"_s).toArray();
    for (const auto &f : fields)
        message += u"\n  "_s + f[u"field"_s].toString() + u": "_s + f[u"message"_s].toString();
    return message;
}

int runServerCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Coworking booking REST server.\n\nCommands:\n"
            "  serve         serve the API (default)\n"
            "  migrate       apply database migrations and exit\n"
            "  create-user   create a user: --email --password --full-name [--business] [--admin]\n"
            "  seed-demo     fill an empty database with a demo site and print its logins\n"
            "  backup FILE   copy the SQLite database to FILE, also while the server runs\n"
            "  restore FILE  replace the SQLite database with the copy in FILE (server stopped;\n"
            "                the current one is kept as <database>.before-restore-<time>)"_s);
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"command"_s,
                                 u"serve | migrate | create-user | seed-demo | backup | restore"_s,
                                 u"[command]"_s);
    parser.addPositionalArgument(u"file"_s, u"backup, restore: the backup file"_s, u"[FILE]"_s);
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
    const bool takesFile = command == u"backup" || command == u"restore";
    if (takesFile && positional.size() != 2)
        return fail(u"%1 needs one FILE argument"_s.arg(command));
    if (!takesFile && positional.size() > 1)
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
    if (command == u"backup")
        return backup(*config, positional.at(1));
    if (command == u"restore")
        return restore(*config, positional.at(1));
    return fail(u"unknown command \"%1\" (see --help)"_s.arg(command));
}

} // namespace coworking
