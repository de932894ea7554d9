#pragma once

#include "databasebackup.h"
#include "demoseeder.h"
#include "serverconfig.h"

#include <QPointer>
#include <QUrl>

#include <functional>
#include <memory>
#include <optional>

class QCommandLineParser;
class QThread;

namespace coworking {

class Clock;
class CoworkingServer;
class PushGateway;

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
    // The same from a resolved configuration (tests that run the API suites against it).
    bool start(const ServerConfig &config, QString *error);
    // Before start(): a clock other than the system's (tests move time) and a push gateway in
    // place of the configured one (a recording fake). Both must outlive the site.
    void setClock(const Clock &clock) { m_clock = &clock; }
    void setPushGateway(PushGateway &gateway) { m_push = &gateway; }
    // Waits for a backup or restore under way, finishes requests in flight, stops the runner
    // and checkpoints an SQLite database so that the file alone (without its -wal) is a complete
    // copy. SQLite folds the log itself when the
    // last connection closes; the explicit checkpoint keeps that true while another program (a
    // backup, the sqlite3 shell) still holds the file open.
    void stop();

    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const;
    // Where the data is (the server's resolved database), while running.
    DatabaseConfig database() const;

    // Backup and restore (DatabaseBackup) without blocking the caller's thread: the file work
    // runs on a thread of its own, and `done` is called on the thread that made this site, only
    // if `context` still exists. One at a time: a second call while one runs is refused.
    using Done = std::function<void(const DatabaseBackup::Result &)>;
    // A consistent copy while the site goes on serving.
    void backup(const QString &file, QObject *context, Done done);
    // Stops the server (requests in flight finish), replaces the database with the copy in
    // `file` (keeping the old one aside), and starts the server again on the same port, before
    // `done`. A refused or failed restore starts it again on the database it had.
    void restore(const QString &file, QObject *context, Done done);
    bool isBusy() const { return m_job != nullptr; }
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

    // The first start of a new site (the desk's wizard). Both are slow (a password hash; the
    // demo's people and bookings) and may run on any thread while the site serves, one at a time;
    // the desk keeps them off its GUI thread. Each returns an error text, empty on success.
    // An administrator account, as `coworking-server create-user --admin` makes it.
    QString createAdmin(const QString &email, const QString &password, const QString &fullName);
    // Fills the still empty site with the demo site; demoAdmin() is its administrator after.
    QString loadDemo();

private:
    bool startServer(QString *error);
    // Runs `work` on a new thread, then `finish` on this site's thread.
    void runJob(std::function<DatabaseBackup::Result()> work,
                std::function<void(DatabaseBackup::Result)> finish);

    ServerConfig m_config;
    std::unique_ptr<Clock> m_systemClock;
    const Clock *m_clock = nullptr;
    PushGateway *m_push = nullptr;
    std::unique_ptr<CoworkingServer> m_server;
    std::unique_ptr<QObject> m_home; // lives on the thread that made the site: jobs end there
    QThread *m_job = nullptr;
    QList<DemoSeeder::Login> m_demoLogins;
    std::optional<DemoSeeder::Login> m_demoAdmin;
    bool m_emptySite = false;
};

} // namespace coworking
