#pragma once

#include "common/clock.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QSqlRecord>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QVariant>

#include <functional>
#include <memory>

namespace coworking {

using namespace Qt::StringLiterals;
struct ServerConfig;
class CoworkingServer;
class Database;
class EmbeddedSite;
class PushGateway;
} // namespace coworking

namespace coworking::test {

struct Reply
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonObject obj() const;
    QJsonArray arr() const;
    QString errorCode() const;
    // The names of error.details.fields of a 422, in the server's order.
    QStringList errorFields() const;
};

using Headers = QList<QPair<QByteArray, QByteArray>>;

// A real server in this process, on a free port, with a database of its own: a SQLite file in a
// temporary directory, or a fresh PostgreSQL database when COWORKING_TEST_BACKEND=postgres (the
// cluster comes from the PG* variables pg_virtualenv sets). With COWORKING_TEST_BACKEND=embedded
// the server is started as `coworking-desk --embedded` starts it: through EmbeddedSite, from the
// desk's command line (SQLite in the temporary directory, the event runner embedded unless the
// test's `configure` says otherwise). Requests go over real sockets.
class ApiHarness
{
public:
    // `configure` may change the server's configuration (limits, timeouts) before it starts;
    // `push`, when set, replaces the log-only push gateway (a recording fake; it must outlive
    // the harness).
    explicit ApiHarness(const std::function<void(ServerConfig &)> &configure = {},
                        PushGateway *push = nullptr);
    ~ApiHarness();

    static QDateTime startTime(); // 2030-01-07T06:00:00Z, a Monday
    static bool isPostgres();
    static bool isEmbedded();

    Reply get(const QString &path, const QString &token = {});
    Reply post(const QString &path, const QJsonValue &body, const QString &token = {},
               const Headers &headers = {});
    Reply patch(const QString &path, const QJsonValue &body, const QString &token = {});
    Reply put(const QString &path, const QJsonValue &body, const QString &token = {});
    Reply del(const QString &path, const QString &token = {});
    // `port`: another server's (a second instance on the same database); 0 is this one's.
    Reply raw(const QByteArray &method, const QString &path, const QByteArray &body,
              const Headers &headers, quint16 port = 0);
    // Sends bytes as they are and reads one response (or until the server closes).
    Reply rawBytes(const QByteArray &bytes, quint16 port = 0);

    // Registers a user over HTTP and sets the flags directly in the database; returns its id.
    QString createUser(const QString &email, bool business = false, bool admin = false,
                       const QString &password = u"password123"_s);
    QString token(const QString &email, const QString &password = u"password123"_s);

    // Stops the server (its sockets close, as when the process ends) and starts it again on the
    // same port and database: clients see it go away and come back.
    void stopServer();
    void startServer();

    // Another instance on the same database and JWT key (as behind a load balancer): its own
    // port (0 picks one), one worker thread, its own clock; started, or the test aborts.
    std::unique_ptr<CoworkingServer> startSecondInstance(const Clock &clock) const;

    ManualClock &clock() { return m_clock; }
    quint16 port() const;
    QList<QSqlRecord> sql(const QString &query, const QVariantList &binds = {});
    Database &database();

    static Reply parseResponse(const QByteArray &bytes);

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    QString m_pgDatabase;
    std::unique_ptr<ServerConfig> m_config;
    PushGateway *m_push = nullptr;
    std::unique_ptr<CoworkingServer> m_server;
    std::unique_ptr<EmbeddedSite> m_site; // instead of m_server when isEmbedded()
    quint16 m_port = 0;
    std::unique_ptr<Database> m_db;
};

} // namespace coworking::test
