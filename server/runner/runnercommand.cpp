#include "runnercommand.h"

#include "pushgatewayfactory.h"
#include "quitonsignals.h"
#include "serverconfig.h"
#include "common/clock.h"
#include "database.h"
#include "migrator.h"
#include "events/eventpublisher.h"
#include "pglivebus.h"
#include "eventrunner.h"
#include "notifications/pushgateway.h"
#include "runnerloop.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

int fail(const QString &message)
{
    QTextStream(stderr) << "coworking-runner: " << message << Qt::endl;
    return 1;
}

// The runner may start before any server: it brings the schema up to date as the server does.
std::optional<DatabaseConfig> migratedDatabase(const ServerConfig &config, QString *error)
{
    auto database = DatabaseConfig::fromUrl(config.databaseUrl, error);
    if (!database)
        return std::nullopt;
    if (database->dialect == Dialect::Sqlite)
        QDir().mkpath(QFileInfo(database->sqlitePath).absolutePath());
    Database db(*database, u"migrate"_s);
    const Migrator::Result migrated = Migrator(db).migrate();
    if (!migrated.ok) {
        *error = migrated.error;
        return std::nullopt;
    }
    return database;
}

int runOnce(const DatabaseConfig &database, PushGateway &push, EventPublisher &publisher,
            const Clock &clock, const RunnerConfig &config)
{
    try {
        Database db(database, u"runner"_s);
        EventRunner runner(db, push, publisher, clock, config);
        runner.beat();
        const EventRunner::Stats s = runner.runOnce();
        runner.retire();
        QTextStream(stdout) << "expired " << s.expired << ", released " << s.released
                            << ", reminded " << s.reminded << "; events handled " << s.handled
                            << ", failed " << s.failed << ", dead " << s.dead << Qt::endl;
        return 0;
    } catch (const std::exception &) {
        return fail(u"the database could not be reached ("_s + database.describe() + u')');
    }
}

} // namespace

int runRunnerCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
            u"Coworking background runner: delivers outbox events (notifications and push), "
            u"expires "
            "ended bookings, sends reminders and releases no-shows. Several runners may share one "
            "PostgreSQL database. It reads the server's configuration (options, COWORKING_* "
            "environment, config file); the runner-* and reminder-lead keys are its own."_s);
    parser.addHelpOption();
    parser.addVersionOption();
    ServerConfig::addOptions(parser);
    parser.addOption({ u"once"_s, u"Process what is due now, then exit (tests, cron)."_s });
    parser.process(arguments);
    if (!parser.positionalArguments().isEmpty())
        return fail(u"unexpected argument: "_s + parser.positionalArguments().first());

    QString error;
    const auto config = ServerConfig::resolve(parser, &error);
    if (!config)
        return fail(error);
    installLogHandler(config->logFormat);
    QLoggingCategory::setFilterRules(u"coworking.*.debug=false"_s);
    const auto database = migratedDatabase(*config, &error);
    if (!database)
        return fail(error);

    SystemClock clock;
    // The gateway the configuration names (--push-gateway log|fcm), as in the server.
    const std::unique_ptr<PushGateway> push = makePushGateway(*config, clock, &error);
    if (!push)
        return fail(error);
    // What the jobs change (expiry, no-show releases) reaches the servers' live subscribers
    // through PostgreSQL NOTIFY. A separate runner on SQLite has no way to tell the server's
    // process: its subscribers see those changes at their next snapshot refresh.
    NullEventPublisher noLiveViews;
    std::unique_ptr<PgLiveBus> bus;
    if (database->dialect == Dialect::Postgres) {
        bus = std::make_unique<PgLiveBus>(*database, config->live, nullptr, nullptr);
        bus->start();
    }
    EventPublisher &publisher = bus ? static_cast<EventPublisher &>(*bus) : noLiveViews;
    if (parser.isSet(u"once"_s))
        return runOnce(*database, *push, publisher, clock, config->runner);

    // Before any work starts: a SIGTERM that comes while the first batch is handled must stop
    // the runner gracefully, not kill it with the default action.
    const auto signalNotifier = quitOnSignals();
    RunnerThread runner(*database, *push, publisher, clock, config->runner);
    runner.start();
    const int rc = QCoreApplication::exec();
    runner.stop(); // finishes the batch at hand
    return rc;
}

} // namespace coworking
