#pragma once

#include "httplimits.h"
#include "liveconfig.h"
#include "logging.h"
#include "runnerconfig.h"
#include "trustedproxies.h"

#include <QString>
#include <QStringList>

#include <optional>

class QCommandLineParser;

namespace coworking {

using namespace Qt::StringLiterals;

enum class PushGatewayKind {
    Log, // pushes are written to the log only
    Fcm, // Firebase Cloud Messaging, HTTP v1
};

// Everything the server can be told, with the defaults a newcomer needs: SQLite in the data
// directory, 127.0.0.1:8080, a JWT secret generated once.
struct ServerConfig
{
    QString listenHost = u"127.0.0.1"_s;
    quint16 port = 8080;
    int threads = 0; // fromArguments() defaults it to 4 per core
    QString databaseUrl;
    QString dataDir;
    QString jwtSecretFile;
    int accessTtlMinutes = 15;
    int refreshTtlDays = 30;
    int loginAttempts = 5;
    int hashThreads = 0; // resolve(): one per core
    int hashQueue = -1; // resolve(): as many as hashThreads
    // Per client address: account registrations, and successful logins; 0 turns a limit off.
    int registerLimit = 20;
    int registerWindowSecs = 3600;
    int loginLimit = 60;
    int loginWindowSecs = 600;
    bool fastPasswordHashing = false; // tests only: the libsodium minimum cost
    bool seedDemoIfEmpty = false; // serve: fill an empty database with the demo site first
    LogFormat logFormat = LogFormat::Text; // resolve(): text on a terminal, JSON otherwise
    PushGatewayKind pushGateway = PushGatewayKind::Log;
    QString fcmCredentialsFile; // service-account key file, required for Fcm
    QString fcmEndpoint = u"https://fcm.googleapis.com"_s;
    HttpLimits limits;
    // Whose X-Forwarded-For / X-Real-IP names the client (login throttle, limits, access log);
    // nobody's by default, so that no client can choose its own address.
    TrustedProxies trustedProxies;
    // Where clients reach the server from outside ("https://example.com/api"), without a
    // trailing slash: the base of the absolute URLs it hands out (calendar feeds) and the host of
    // its calendar events' UIDs. Empty: the request's Host names it.
    QString publicUrl;
    LiveConfig live;
    RunnerConfig runner; // resolve(): embedded with SQLite, off with PostgreSQL

    // Adds every option to the parser (shared by all subcommands).
    static void addOptions(QCommandLineParser &parser);
    // Command line over COWORKING_* environment over the config file over defaults.
    // Returns an error message on invalid values.
    static std::optional<ServerConfig> resolve(const QCommandLineParser &parser, QString *error);

    // Reads the JWT key, creating it (mode 0600) on first use.
    std::optional<QByteArray> loadOrCreateJwtSecret(QString *error) const;
};

} // namespace coworking
