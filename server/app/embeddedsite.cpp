#include "embeddedsite.h"

#include "commands.h"
#include "common/clock.h"
#include "coworkingserver.h"
#include "database.h"
#include "demosite.h"

#include <QCommandLineParser>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace coworking {

EmbeddedSite::EmbeddedSite() = default;

EmbeddedSite::~EmbeddedSite()
{
    stop();
}

void EmbeddedSite::addOptions(QCommandLineParser &parser)
{
    ServerConfig::addOptions(parser);
}

bool EmbeddedSite::start(const QCommandLineParser &parser, QString *error)
{
    if (m_server)
        return true;
    auto config = ServerConfig::resolve(parser, error);
    if (!config)
        return false;
    m_config = *config;
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
    m_clock = std::make_unique<SystemClock>();
    auto server = std::make_unique<CoworkingServer>(m_config, *m_clock);
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
    m_server = std::move(server);
    return true;
}

void EmbeddedSite::stop()
{
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
