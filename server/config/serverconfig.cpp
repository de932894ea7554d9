#include "serverconfig.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSettings>
#include <QStandardPaths>
#include <QThread>
#include <QUrl>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

struct Key
{
    const char *name; // option name and INI key
    const char *valueName; // nullptr: a flag on the command line, true/false elsewhere
    const char *help;
};

const Key kKeys[] = {
    { "config", "file", "INI file with the same keys (default <data-dir>/coworking.ini)." },
    { "listen", "host:port", "Address to listen on (default 127.0.0.1:8080)." },
    { "threads", "n",
      "Request worker threads, each with its own database connection "
      "(default: 4 per core, 4 to 64)." },
    { "database", "url",
      "sqlite:/path/file.sqlite3 or postgresql://user:password@host:port/db "
      "(default sqlite:<data-dir>/coworking.sqlite3)." },
    { "data-dir", "dir", "Data directory (default ~/.local/share/coworking)." },
    { "jwt-secret-file", "file",
      "HMAC key of access tokens, created with mode 0600 on first start "
      "(default <data-dir>/jwt-secret)." },
    { "access-ttl", "minutes", "Lifetime of access tokens (default 15)." },
    { "refresh-ttl", "days", "Lifetime of refresh tokens (default 30)." },
    { "max-body", "bytes",
      "Largest request body; larger ones get 413 before they are read "
      "(default 1048576)." },
    { "max-header", "bytes", "Largest request head; larger ones get 431 (default 16384)." },
    { "idle-timeout", "seconds",
      "Idle keep-alive connections are closed after this (default 30)." },
    { "max-connections", "n", "Open connections per process (default 1024)." },
    { "allowed-origins", "list",
      "Comma-separated browser origins allowed to open the live "
      "WebSocket (e.g. https://app.example.com); requests without "
      "an Origin (native apps) are always allowed (default: none)." },
    { "trusted-proxies", "list",
      "Comma-separated addresses or CIDR ranges of reverse proxies "
      "(e.g. 127.0.0.1,::1 for a proxy on this host): only requests "
      "from them may name the client in X-Forwarded-For or X-Real-IP, "
      "which the login throttle, per-address limits and the access "
      "log then use (default: none, the TCP peer is the client)." },
    { "public-url", "url",
      "Where clients reach this server, e.g. https://example.com/api behind "
      "a proxy: the base of the absolute URLs it hands out, such as calendar "
      "feeds (default: http:// and the request's Host)." },
    { "live-max-connections", "n", "Live WebSocket connections per process (default 10000)." },
    { "live-ping-interval", "seconds",
      "Live WebSockets are pinged this often; two missed pongs "
      "close them (default 30)." },
    { "live-recheck-interval", "seconds",
      "Live WebSockets whose user was banned, whose coworking was "
      "deleted or whose staff role was taken away are closed within "
      "this long (default 5)." },
    { "login-attempts", "n",
      "Failed logins per account per 15 minutes before 429; per client "
      "address 4x that (default 5)." },
    { "hash-threads", "n", "Threads that hash passwords (Argon2id) (default: one per core)." },
    { "hash-queue", "n",
      "Password hashes that may wait for a hashing thread; a login or "
      "registration beyond that is refused at once with 503 and "
      "Retry-After (default: as many as --hash-threads)." },
    { "register-limit", "n",
      "Account registrations per client address per --register-window; "
      "the next one gets 429 with Retry-After, 0 means no limit (default 20)." },
    { "register-window", "seconds", "Window of --register-limit (default 3600)." },
    { "login-limit", "n",
      "Successful logins per client address per --login-window; the "
      "next one gets 429 with Retry-After, 0 means no limit (default 60)." },
    { "login-window", "seconds", "Window of --login-limit (default 600)." },
    { "push-gateway", "log|fcm",
      "Where pushes to devices go: log writes them to the log, fcm "
      "sends them through Firebase Cloud Messaging (default log)." },
    { "fcm-credentials", "file",
      "fcm: service-account key (JSON) of the Firebase project; "
      "required with --push-gateway fcm." },
    { "fcm-endpoint", "url",
      "fcm: base URL of the FCM HTTP v1 API "
      "(default https://fcm.googleapis.com)." },
    { "log-format", "json|text",
      "Log lines on stderr: one JSON object per line, or text "
      "(default: text when stderr is a terminal, json otherwise)." },
    { "runner", "embedded|off",
      "serve: run the event runner (notifications, push, expiry, "
      "reminders, no-show release) on a thread of the server (default "
      "embedded with SQLite, off with PostgreSQL: run coworking-runner)." },
    { "runner-batch", "n", "Runner: outbox events claimed at a time (default 100)." },
    { "runner-lease", "seconds",
      "Runner: a claimed event goes to another runner after this "
      "(default 120)." },
    { "runner-max-attempts", "n", "Runner: failed attempts before an event is dead (default 8)." },
    { "runner-backoff", "seconds", "Runner: first retry delay, doubled per attempt (default 10)." },
    { "runner-backoff-cap", "seconds", "Runner: longest retry delay (default 3600)." },
    { "runner-heartbeat", "seconds",
      "Runner: heartbeat interval; /healthcheck calls a runner "
      "stale after 3 missed beats (default 5)." },
    { "runner-poll", "ms", "Runner: pause between passes when idle (default 1000)." },
    { "reminder-lead", "minutes",
      "Runner: remind people this long before a booking starts "
      "(default 30)." },
    { "seed-demo-if-empty", nullptr,
      "serve: when the database has no users, fill it with the "
      "demo site (see seed-demo) before listening." },
};

QString envName(const char *key)
{
    return u"COWORKING_"_s + QString::fromLatin1(key).toUpper().replace(u'-', u'_');
}

} // namespace

void ServerConfig::addOptions(QCommandLineParser &parser)
{
    for (const Key &key : kKeys) {
        const QString help = QString::fromLatin1(key.help) + u" ["_s + envName(key.name) + u']';
        parser.addOption(key.valueName ? QCommandLineOption(QString::fromLatin1(key.name), help,
                                                            QString::fromLatin1(key.valueName))
                                       : QCommandLineOption(QString::fromLatin1(key.name), help));
    }
}

std::optional<ServerConfig> ServerConfig::resolve(const QCommandLineParser &parser, QString *error)
{
    auto fromCliOrEnv = [&](const char *key) -> QString {
        const QString name = QString::fromLatin1(key);
        if (parser.isSet(name))
            return parser.value(name);
        return qEnvironmentVariable(envName(key).toLatin1().constData());
    };

    ServerConfig config;
    config.dataDir = fromCliOrEnv("data-dir");
    if (config.dataDir.isEmpty())
        config.dataDir = QDir::homePath() + u"/.local/share/coworking"_s;
    QString configFile = fromCliOrEnv("config");
    const bool explicitConfig = !configFile.isEmpty();
    if (configFile.isEmpty())
        configFile = config.dataDir + u"/coworking.ini"_s;
    if (explicitConfig && !QFileInfo::exists(configFile)) {
        *error = u"config file not found: "_s + configFile;
        return std::nullopt;
    }
    QSettings ini(configFile, QSettings::IniFormat);

    auto value = [&](const char *key) -> QString {
        const QString v = fromCliOrEnv(key);
        if (!v.isEmpty())
            return v;
        return ini.value(QString::fromLatin1(key)).toString();
    };
    auto number = [&](const char *key, qint64 fallback, qint64 min, qint64 max,
                      bool *ok) -> qint64 {
        const QString v = value(key);
        if (v.isEmpty())
            return fallback;
        bool parsed = false;
        const qint64 n = v.toLongLong(&parsed);
        if (!parsed || n < min || n > max) {
            *error = u"--%1 must be a number from %2 to %3"_s.arg(QString::fromLatin1(key))
                             .arg(min)
                             .arg(max);
            *ok = false;
        }
        return n;
    };

    const QString listen = value("listen");
    if (!listen.isEmpty()) {
        const qsizetype colon = listen.lastIndexOf(u':');
        bool ok = false;
        const int port = colon < 0 ? -1 : listen.mid(colon + 1).toInt(&ok);
        if (!ok || port < 0 || port > 65535) {
            *error = u"--listen must be host:port, e.g. 0.0.0.0:8080"_s;
            return std::nullopt;
        }
        config.listenHost = listen.left(colon);
        config.port = quint16(port);
    }
    bool ok = true;
    // Handlers block on the database (a booking waits for its commit to reach the disk): with
    // one thread per core the cores idled while 16 clients queued behind two commits.
    const int defaultThreads = std::clamp(4 * QThread::idealThreadCount(), 4, 64);
    config.threads = int(number("threads", defaultThreads, 1, 256, &ok));
    config.accessTtlMinutes = int(number("access-ttl", 15, 1, 24 * 60, &ok));
    config.refreshTtlDays = int(number("refresh-ttl", 30, 1, 365, &ok));
    config.limits.maxBodyBytes = number("max-body", 1024 * 1024, 1024, qint64(1) << 30, &ok);
    config.limits.maxHeaderBytes = int(number("max-header", 16 * 1024, 1024, 1024 * 1024, &ok));
    config.limits.idleTimeoutSecs = int(number("idle-timeout", 30, 1, 3600, &ok));
    config.limits.maxConnections = int(number("max-connections", 1024, 1, 1'000'000, &ok));
    config.loginAttempts = int(number("login-attempts", 5, 1, 1000, &ok));
    config.hashThreads =
            int(number("hash-threads", std::max(1, QThread::idealThreadCount()), 1, 256, &ok));
    config.hashQueue = int(number("hash-queue", config.hashThreads, 0, 100'000, &ok));
    config.registerLimit = int(number("register-limit", config.registerLimit, 0, 1'000'000, &ok));
    config.registerWindowSecs =
            int(number("register-window", config.registerWindowSecs, 1, 7 * 86400, &ok));
    config.loginLimit = int(number("login-limit", config.loginLimit, 0, 1'000'000, &ok));
    config.loginWindowSecs = int(number("login-window", config.loginWindowSecs, 1, 7 * 86400, &ok));
    config.live.maxConnections = int(number("live-max-connections", 10000, 1, 1'000'000, &ok));
    config.live.pingIntervalSecs = int(number("live-ping-interval", 30, 1, 3600, &ok));
    config.live.recheckIntervalSecs = int(number("live-recheck-interval", 5, 1, 3600, &ok));
    QString origins = value("allowed-origins");
    if (origins.isEmpty()) // QSettings reads a comma-separated INI value as a list
        origins = ini.value(u"allowed-origins"_s).toStringList().join(u',');
    for (const QString &origin : origins.split(u',', Qt::SkipEmptyParts)) {
        if (!origin.trimmed().isEmpty())
            config.live.allowedOrigins.append(origin.trimmed());
    }
    QString proxies = value("trusted-proxies");
    if (proxies.isEmpty()) // a comma-separated INI value reads as a list, as above
        proxies = ini.value(u"trusted-proxies"_s).toStringList().join(u',');
    if (auto trusted = TrustedProxies::parse(proxies, error))
        config.trustedProxies = std::move(*trusted);
    else
        return std::nullopt;
    if (const QString publicUrl = value("public-url").trimmed(); !publicUrl.isEmpty()) {
        const QUrl url(publicUrl, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http") || url.hasQuery()
            || url.hasFragment() || !url.userInfo().isEmpty()) {
            *error = u"--public-url must be an http(s) URL without a query, e.g. "
                     "https://example.com/api"_s;
            return std::nullopt;
        }
        config.publicUrl = publicUrl;
        while (config.publicUrl.endsWith(u'/'))
            config.publicUrl.chop(1);
    }
    RunnerConfig &runner = config.runner;
    runner.batchSize = int(number("runner-batch", runner.batchSize, 1, 10000, &ok));
    runner.leaseSeconds = int(number("runner-lease", runner.leaseSeconds, 1, 86400, &ok));
    runner.maxAttempts = int(number("runner-max-attempts", runner.maxAttempts, 1, 100, &ok));
    runner.backoffBaseSeconds =
            int(number("runner-backoff", runner.backoffBaseSeconds, 1, 86400, &ok));
    runner.backoffCapSeconds =
            int(number("runner-backoff-cap", runner.backoffCapSeconds, 1, 7 * 86400, &ok));
    runner.heartbeatSeconds =
            int(number("runner-heartbeat", runner.heartbeatSeconds, 1, 3600, &ok));
    runner.pollMilliseconds = int(number("runner-poll", runner.pollMilliseconds, 10, 600000, &ok));
    runner.reminderLeadMinutes =
            int(number("reminder-lead", runner.reminderLeadMinutes, 1, 7 * 24 * 60, &ok));
    if (!ok)
        return std::nullopt;

    // A flag on the command line; true/false (1/0, yes/no) in the environment or the file.
    const QString seedDemo = parser.isSet(u"seed-demo-if-empty"_s)
            ? u"true"_s
            : value("seed-demo-if-empty").trimmed().toLower();
    if (seedDemo == u"1" || seedDemo == u"true" || seedDemo == u"yes" || seedDemo == u"on") {
        config.seedDemoIfEmpty = true;
    } else if (!seedDemo.isEmpty() && seedDemo != u"0" && seedDemo != u"false" && seedDemo != u"no"
               && seedDemo != u"off") {
        *error = u"COWORKING_SEED_DEMO_IF_EMPTY must be true or false"_s;
        return std::nullopt;
    }

    const QString logFormat = value("log-format");
    if (logFormat.isEmpty()) {
        config.logFormat = defaultLogFormat();
    } else if (const auto format = parseLogFormat(logFormat)) {
        config.logFormat = *format;
    } else {
        *error = u"--log-format must be json or text"_s;
        return std::nullopt;
    }

    const QString pushGateway = value("push-gateway").trimmed().toLower();
    if (pushGateway.isEmpty() || pushGateway == u"log") {
        config.pushGateway = PushGatewayKind::Log;
    } else if (pushGateway == u"fcm") {
        config.pushGateway = PushGatewayKind::Fcm;
    } else {
        *error = u"--push-gateway must be log or fcm"_s;
        return std::nullopt;
    }
    config.fcmCredentialsFile = value("fcm-credentials");
    if (config.pushGateway == PushGatewayKind::Fcm && config.fcmCredentialsFile.isEmpty()) {
        *error = u"--push-gateway fcm needs --fcm-credentials (the service-account "
                 "key file of the Firebase project)"_s;
        return std::nullopt;
    }
    if (const QString endpoint = value("fcm-endpoint"); !endpoint.isEmpty()) {
        const QUrl url(endpoint, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty()
            || (url.scheme() != u"https" && url.scheme() != u"http")) {
            *error = u"--fcm-endpoint must be an http(s) URL, e.g. "
                     "https://fcm.googleapis.com"_s;
            return std::nullopt;
        }
        config.fcmEndpoint = endpoint;
    }

    config.databaseUrl = value("database");
    if (config.databaseUrl.isEmpty())
        config.databaseUrl = u"sqlite:"_s + config.dataDir + u"/coworking.sqlite3"_s;
    const QString runnerMode = value("runner").trimmed().toLower();
    if (runnerMode.isEmpty()) {
        config.runner.mode =
                config.databaseUrl.startsWith(u"sqlite:") ? RunnerMode::Embedded : RunnerMode::Off;
    } else if (runnerMode == u"embedded") {
        config.runner.mode = RunnerMode::Embedded;
    } else if (runnerMode == u"off") {
        config.runner.mode = RunnerMode::Off;
    } else {
        *error = u"--runner must be embedded or off"_s;
        return std::nullopt;
    }
    config.jwtSecretFile = value("jwt-secret-file");
    if (config.jwtSecretFile.isEmpty())
        config.jwtSecretFile = config.dataDir + u"/jwt-secret"_s;
    return config;
}

std::optional<QByteArray> ServerConfig::loadOrCreateJwtSecret(QString *error) const
{
    QFile file(jwtSecretFile);
    if (file.exists()) {
        if (!file.open(QIODevice::ReadOnly)) {
            *error = u"cannot read "_s + jwtSecretFile;
            return std::nullopt;
        }
        const QByteArray key = QByteArray::fromHex(file.readAll().trimmed());
        if (key.size() < 32) {
            *error = jwtSecretFile + u" must hold at least 32 bytes as hex"_s;
            return std::nullopt;
        }
        return key;
    }
    QDir().mkpath(QFileInfo(jwtSecretFile).absolutePath());
    QByteArray key(64, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    // Created with owner-only permissions before any byte of the key is written.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly)
        || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        *error = u"cannot create "_s + jwtSecretFile;
        return std::nullopt;
    }
    file.write(key.toHex());
    return key;
}

} // namespace coworking
