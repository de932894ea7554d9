#include "embeddedsite.h"

#include "commands.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "coworkingserver.h"
#include "database.h"
#include "demosite.h"
#include "users/user.h"

#include <QCommandLineParser>
#include <QSqlRecord>
#include <QThread>

using namespace Qt::StringLiterals;

namespace coworking {

EmbeddedSite::EmbeddedSite() = default;

EmbeddedSite::~EmbeddedSite()
{
    stop();
    // A job's end that was still to be delivered is dropped with m_home.
    if (m_job)
        m_job->wait();
    delete m_job;
}

void EmbeddedSite::addOptions(QCommandLineParser &parser)
{
    ServerConfig::addOptions(parser);
}

bool EmbeddedSite::start(const QCommandLineParser &parser, QString *error)
{
    if (m_server)
        return true;
    const auto config = ServerConfig::resolve(parser, error);
    return config && start(*config, error);
}

bool EmbeddedSite::start(const ServerConfig &config, QString *error)
{
    if (m_server)
        return true;
    m_config = config;
    m_demoLogins.clear();
    if (m_config.seedDemoIfEmpty) {
        const auto seeded = seedDemoSite(m_config, error);
        if (!seeded)
            return false;
        if (seeded->ok)
            m_demoLogins = seeded->logins;
        else if (!seeded->notEmpty) {
            *error = seeded->error;
            return false;
        }
    }
    return startServer(error);
}

bool EmbeddedSite::startServer(QString *error)
{
    if (!m_clock) {
        m_systemClock = std::make_unique<SystemClock>();
        m_clock = m_systemClock.get();
    }
    auto server = std::make_unique<CoworkingServer>(m_config, *m_clock);
    if (m_push)
        server->setPushGateway(*m_push);
    if (!server->start(error))
        return false;
    {
        Database db(server->database(), u"embedded-probe"_s);
        m_emptySite = !db.selectOne(u"SELECT id FROM users LIMIT 1"_s).has_value();
        m_demoAdmin.reset();
        for (const DemoUser &user : demoSite().users) {
            if (user.role == DemoRole::Admin
                && db.selectOne(u"SELECT id FROM users WHERE email = ?"_s, { user.email })) {
                m_demoAdmin = DemoSeeder::Login{ u"admin"_s, user.email, user.password, {} };
            }
        }
    }
    // A restart (after a restore) comes back where clients expect it.
    m_config.port = server->port();
    m_server = std::move(server);
    return true;
}

QString EmbeddedSite::createAdmin(const QString &email, const QString &password,
                                  const QString &fullName)
{
    if (!m_server)
        return u"The server is not running."_s;
    try {
        createAccount(*m_server, *m_clock, u"embedded-setup"_s,
                      { email, password, fullName, false, true });
    } catch (const AppError &e) {
        return describeError(e);
    }
    m_emptySite = false;
    return {};
}

QString EmbeddedSite::loadDemo()
{
    if (!m_server)
        return u"The server is not running."_s;
    const DemoSeeder::Result result =
            seedDemoInto(*m_server, m_config, *m_clock, u"embedded-demo"_s);
    if (!result.ok)
        return result.error;
    m_demoLogins = result.logins;
    for (const DemoSeeder::Login &login : result.logins) {
        if (login.role == u"admin")
            m_demoAdmin = login;
    }
    m_emptySite = false;
    return {};
}

void EmbeddedSite::stop()
{
    if (m_job)
        m_job->wait(); // a backup reads the file: let it end before the site goes
    if (!m_server)
        return;
    const DatabaseConfig database = m_server->database();
    m_server->stop();
    m_server.reset();
    if (database.dialect == Dialect::Sqlite) {
        Database db(database, u"embedded-checkpoint"_s);
        db.executeRaw(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
    }
}

quint16 EmbeddedSite::port() const
{
    return m_server ? m_server->port() : m_config.port;
}

DatabaseConfig EmbeddedSite::database() const
{
    if (m_server)
        return m_server->database();
    QString ignored;
    return DatabaseConfig::fromUrl(m_config.databaseUrl, &ignored).value_or(DatabaseConfig());
}

void EmbeddedSite::runJob(std::function<DatabaseBackup::Result()> work,
                          std::function<void(DatabaseBackup::Result)> finish)
{
    if (!m_home)
        m_home = std::make_unique<QObject>();
    auto result = std::make_shared<DatabaseBackup::Result>();
    m_job = QThread::create([work = std::move(work), result] { *result = work(); });
    QObject::connect(m_job, &QThread::finished, m_home.get(),
                     [this, result, finish = std::move(finish)] {
                         m_job->deleteLater();
                         m_job = nullptr;
                         finish(*result);
                     });
    m_job->start();
}

void EmbeddedSite::backup(const QString &file, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    const auto answer = [guard, done](const DatabaseBackup::Result &result) {
        if (guard)
            done(result);
    };
    if (m_job || !m_server) {
        answer({ false, u"The database is busy with another backup or restore."_s, {}, 0 });
        return;
    }
    const DatabaseBackup backup(m_server->database());
    runJob([backup, file] { return backup.backup(file); }, answer);
}

void EmbeddedSite::restore(const QString &file, QObject *context, Done done)
{
    QPointer<QObject> guard(context);
    if (m_job || !m_server) {
        if (guard)
            done({ false, u"The database is busy with another backup or restore."_s, {}, 0 });
        return;
    }
    const DatabaseBackup backup(m_server->database());
    // The server lets go of the file first: restore refuses a database in use.
    stop();
    runJob([backup, file] { return backup.restore(file); },
           [this, guard, done](DatabaseBackup::Result result) {
               QString error;
               if (!startServer(&error)) {
                   result.ok = false;
                   result.error += (result.error.isEmpty() ? QString() : u"\n"_s)
                           + u"The server did not start again: "_s + error;
               }
               if (guard)
                   done(result);
           });
}

QUrl EmbeddedSite::url() const
{
    QUrl url;
    url.setScheme(u"http"_s);
    const QString host = m_config.listenHost;
    url.setHost(host == u"0.0.0.0" || host == u"::" || host.isEmpty() ? u"127.0.0.1"_s : host);
    url.setPort(m_server ? m_server->port() : m_config.port);
    return url;
}

} // namespace coworking
