#include "coworkingserver.h"

#include "auth/authservice.h"
#include "auth/jwtcodec.h"
#include "auth/ratelimit.h"
#include "sodiumpasswordhasher.h"
#include "common/clock.h"
#include "migrator.h"
#include "livehub.h"
#include "pglivebus.h"
#include "notifications/pushgateway.h"
#include "metrics.h"
#include "pushgatewayfactory.h"
#include "runnerloop.h"
#include "localfilestorage.h"
#include "worker.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSemaphore>
#include <QThread>

#include <arpa/inet.h>
#include <cerrno>
#include <cstring>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcServer, "coworking.server")

namespace coworking {

namespace {

// A listening socket on a port that several sockets share (SO_REUSEPORT): the kernel spreads
// new connections over the workers, each accepting on its own socket in its own thread.
int openReusePortSocket(const QHostAddress &address, quint16 port, QString *error,
                        bool reusePort = true)
{
    const bool v6 = address.protocol() == QAbstractSocket::IPv6Protocol;
    const int fd = ::socket(v6 ? AF_INET6 : AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (fd < 0) {
        *error = QString::fromLocal8Bit(std::strerror(errno));
        return -1;
    }
    const int one = 1;
    ::setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (reusePort)
        ::setsockopt(fd, SOL_SOCKET, SO_REUSEPORT, &one, sizeof one);
    int rc = -1;
    if (v6) {
        sockaddr_in6 addr{};
        addr.sin6_family = AF_INET6;
        addr.sin6_port = htons(port);
        const Q_IPV6ADDR raw = address.toIPv6Address();
        std::memcpy(&addr.sin6_addr, &raw, sizeof raw);
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    } else {
        sockaddr_in addr{};
        addr.sin_family = AF_INET;
        addr.sin_port = htons(port);
        addr.sin_addr.s_addr = htonl(address.toIPv4Address());
        rc = ::bind(fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr);
    }
    if (rc != 0 || ::listen(fd, 1024) != 0) {
        *error = u"cannot listen on %1:%2: %3"_s.arg(address.toString())
                         .arg(port)
                         .arg(QString::fromLocal8Bit(std::strerror(errno)));
        ::close(fd);
        return -1;
    }
    return fd;
}

quint16 boundPort(int fd)
{
    sockaddr_storage addr{};
    socklen_t len = sizeof addr;
    ::getsockname(fd, reinterpret_cast<sockaddr *>(&addr), &len);
    if (addr.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<sockaddr_in6 *>(&addr)->sin6_port);
    return ntohs(reinterpret_cast<sockaddr_in *>(&addr)->sin_port);
}

// Every committed event to the live view first, then to the publisher set from outside.
class BothPublishers final : public EventPublisher
{
public:
    BothPublishers(EventPublisher &first, EventPublisher &second) : m_first(first), m_second(second)
    {
    }
    void publish(const QList<OutboxEvent> &committed) override
    {
        m_first.publish(committed);
        m_second.publish(committed);
    }

private:
    EventPublisher &m_first;
    EventPublisher &m_second;
};

} // namespace

CoworkingServer::CoworkingServer(ServerConfig config, const Clock &clock)
    : m_config(std::move(config)),
      m_clock(clock),
      m_metrics(
              std::make_unique<Metrics>(QCoreApplication::applicationVersion(), m_openConnections))
{
}

CoworkingServer::~CoworkingServer()
{
    stop();
}

bool CoworkingServer::start(QString *error)
{
    // First, so a push gateway that cannot work (bad FCM credentials) stops the start before
    // anything else happens.
    if (!m_push) {
        m_configuredPush = makePushGateway(m_config, m_clock, error);
        if (!m_configuredPush)
            return false;
        m_push = m_configuredPush.get();
    }
    const auto database = DatabaseConfig::fromUrl(m_config.databaseUrl, error);
    if (!database)
        return false;
    m_database = *database;
    if (m_database.dialect == Dialect::Sqlite)
        QDir().mkpath(QFileInfo(m_database.sqlitePath).absolutePath());
    {
        Database db(m_database, u"migrate"_s);
        const Migrator::Result migrated = Migrator(db).migrate();
        if (!migrated.ok) {
            *error = migrated.error;
            return false;
        }
        if (migrated.appliedCount > 0)
            qCInfo(lcServer) << "applied" << migrated.appliedCount << "migration(s); schema at"
                             << migrated.version;
    }
    const auto key = m_config.loadOrCreateJwtSecret(error);
    if (!key)
        return false;
    m_jwt = std::make_unique<JwtCodec>(*key, m_config.accessTtlMinutes);
    m_registrations = std::make_unique<RateLimit>(m_clock, m_config.registerLimit,
                                                  m_config.registerWindowSecs);
    m_logins = std::make_unique<RateLimit>(m_clock, m_config.loginLimit, m_config.loginWindowSecs);
    // A configuration built in code (tests, the desk) may leave the pool's size to us.
    const int hashThreads =
            m_config.hashThreads > 0 ? m_config.hashThreads : QThread::idealThreadCount();
    m_hasher = std::make_unique<SodiumPasswordHasher>(
            hashThreads, m_config.hashQueue >= 0 ? m_config.hashQueue : hashThreads,
            m_config.fastPasswordHashing);
    m_storage = std::make_unique<LocalFileStorage>(m_config.dataDir + u"/storage"_s);
    if (!m_live)
        m_live = std::make_unique<LiveHub>(*m_metrics, m_config.live.maxConnections);
    if (m_database.dialect == Dialect::Postgres) {
        // Changes of every instance (and runner) on this database reach this one's subscribers.
        auto bus = std::make_unique<PgLiveBus>(m_database, m_config.live, m_live.get(),
                                               m_metrics.get());
        bus->start();
        m_livePublisher = std::move(bus);
    } else {
        m_livePublisher = std::make_unique<LocalLivePublisher>(*m_live);
    }
    m_publishers = std::make_unique<BothPublishers>(*m_livePublisher, *m_events);
    m_shared = std::make_unique<SharedState>(
            SharedState{ m_config, m_database, m_clock, *m_jwt, *m_hasher, m_openConnections,
                         *m_metrics, *m_push, *m_storage, *m_publishers, *m_live });
    m_shared->sqliteWriteLock = &m_sqliteWriteLock;
    m_shared->registrations = m_registrations.get();
    m_shared->logins = m_logins.get();
    // One Argon2id run for all workers (19 MiB while it runs), before any of them listens.
    if (m_config.threads > 0)
        m_shared->dummyPasswordHash = AuthService::makeDummyHash(*m_hasher);

    const QHostAddress address(m_config.listenHost == u"localhost" ? u"127.0.0.1"_s
                                                                   : m_config.listenHost);
    if (address.isNull()) {
        *error = u"invalid listen address: "_s + m_config.listenHost;
        return false;
    }
    m_port = m_config.port;
    if (m_port != 0 && m_config.threads > 0) {
        // SO_REUSEPORT would let this server silently share a port another server (of the same
        // user) already listens on; a plain socket on that port fails if anybody holds it.
        const int probe = openReusePortSocket(address, m_port, error, false);
        if (probe < 0)
            return false;
        ::close(probe);
    }
    for (int i = 0; i < m_config.threads; ++i) {
        const int fd = openReusePortSocket(address, m_port, error);
        if (fd < 0) {
            stop();
            return false;
        }
        m_port = boundPort(fd); // port 0: the first socket picks, the others share it

        auto *thread = new QThread;
        thread->setObjectName(u"http-%1"_s.arg(i));
        QSemaphore ready;
        bool ok = false;
        QString workerError;
        Worker *worker = nullptr;
        // The worker and everything it owns are created inside its thread: QtSql connections
        // and sockets may only be used by the thread that made them.
        QObject::connect(
                thread, &QThread::started, thread,
                [&, thread, fd, i] {
                    worker = new Worker(*m_shared, i);
                    ok = worker->listen(fd, &workerError);
                    // Torn down in the same thread, right before it ends.
                    QObject::connect(
                            thread, &QThread::finished, thread, [worker] { delete worker; },
                            Qt::DirectConnection);
                    ready.release();
                },
                Qt::DirectConnection);
        thread->start();
        ready.acquire();
        m_threads.append(thread);
        if (!ok) {
            *error = workerError;
            stop();
            return false;
        }
    }
    // Tools (threads == 0) never run it: they only need the migrated schema.
    if (m_config.runner.mode == RunnerMode::Embedded && m_config.threads > 0) {
        // What its jobs change (expiry, no-shows) reaches this server's live subscribers too.
        m_runner = std::make_unique<RunnerThread>(m_database, *m_push, *m_publishers, m_clock,
                                                  m_config.runner);
        m_runner->start();
    }
    return true;
}

void CoworkingServer::stop()
{
    m_runner.reset(); // finishes its batch first
    for (QThread *thread : std::as_const(m_threads)) {
        thread->quit();
        thread->wait();
        delete thread;
    }
    m_threads.clear();
    // After the workers: nothing publishes any more.
    m_livePublisher.reset();
}

} // namespace coworking
