#pragma once

#include "demoseeder.h"
#include "serverconfig.h"

#include <QUrl>

#include <memory>
#include <optional>

class QCommandLineParser;

namespace coworking {

class CoworkingServer;
class SystemClock;

// The whole server inside another process: the desk's --embedded mode for a one-PC site. It reads
// the same options and COWORKING_* variables as `coworking-server serve`, so a site moves between
// the two without a second vocabulary. Programs still talk to it only over HTTP (url()); a LAN
// address in --listen opens it to members' phones as well.
class EmbeddedSite final
{
    Q_DISABLE_COPY_MOVE(EmbeddedSite)
public:
    EmbeddedSite();
    ~EmbeddedSite(); // stop()s

    // The server's options, for a program that embeds it to offer beside its own.
    static void addOptions(QCommandLineParser &parser);

    // Resolves the configuration, fills an empty database with the demo site when
    // --seed-demo-if-empty asks, migrates and listens. Returns false with a message.
    bool start(const QCommandLineParser &parser, QString *error);
    // Finishes requests in flight, stops the runner and checkpoints an SQLite database so that
    // the file alone (without its -wal) is a complete copy. SQLite folds the log itself when the
    // last connection closes; the explicit checkpoint keeps that true while another program (a
    // backup, the sqlite3 shell) still holds the file open.
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    // Where clients reach it: the listen address, with a wildcard host replaced by loopback.
    QUrl url() const;
    const ServerConfig &config() const { return m_config; }
    // The demo site's sign-ins when this start seeded it; empty otherwise.
    const QList<DemoSeeder::Login> &demoLogins() const { return m_demoLogins; }
    // The demo site's administrator, when this database is the demo site (seeded now or on an
    // earlier start, the account still there): the one-PC demo opens signed in as them.
    std::optional<DemoSeeder::Login> demoAdmin() const { return m_demoAdmin; }
    // True when the database holds no user yet: the first start of a new site.
    bool isEmptySite() const { return m_emptySite; }

private:
    ServerConfig m_config;
    std::unique_ptr<SystemClock> m_clock;
    std::unique_ptr<CoworkingServer> m_server;
    QList<DemoSeeder::Login> m_demoLogins;
    std::optional<DemoSeeder::Login> m_demoAdmin;
    bool m_emptySite = false;
};

} // namespace coworking
