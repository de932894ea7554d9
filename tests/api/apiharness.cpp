#include "apiharness.h"

#include "coworkingserver.h"
#include "database.h"
#include "embeddedsite.h"

#include <QCommandLineParser>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace coworking::test {

namespace {

QString pgEnv(const char *name, const QString &fallback = {})
{
    const QString v = qEnvironmentVariable(name);
    return v.isEmpty() ? fallback : v;
}

// Runs one statement on the cluster's maintenance database (CREATE/DROP DATABASE).
void adminExec(const QString &statement)
{
    const QString name = u"admin-"_s + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(pgEnv("PGHOST", u"localhost"_s));
        db.setPort(pgEnv("PGPORT", u"5432"_s).toInt());
        db.setUserName(pgEnv("PGUSER", u"postgres"_s));
        db.setPassword(pgEnv("PGPASSWORD"));
        db.setDatabaseName(pgEnv("PGDATABASE", u"postgres"_s));
        if (!db.open())
            qFatal("PostgreSQL tests need the PG* variables of pg_virtualenv: %s",
                   qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        if (!q.exec(statement))
            qFatal("%s: %s", qPrintable(statement), qPrintable(q.lastError().text()));
    }
    QSqlDatabase::removeDatabase(name);
}

} // namespace

QJsonObject Reply::obj() const
{
    return QJsonDocument::fromJson(body).object();
}
QJsonArray Reply::arr() const
{
    return QJsonDocument::fromJson(body).array();
}
QString Reply::errorCode() const
{
    return obj().value(u"error"_s).toObject().value(u"code"_s).toString();
}

QStringList Reply::errorFields() const
{
    QStringList names;
    const QJsonArray fields = obj().value(u"error"_s)
                                      .toObject()
                                      .value(u"details"_s)
                                      .toObject()
                                      .value(u"fields"_s)
                                      .toArray();
    for (const QJsonValue &field : fields)
        names.append(field.toObject().value(u"field"_s).toString());
    return names;
}

QDateTime ApiHarness::startTime()
{
    return QDateTime(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc());
}

bool ApiHarness::isPostgres()
{
    return qEnvironmentVariable("COWORKING_TEST_BACKEND") == u"postgres";
}

bool ApiHarness::isEmbedded()
{
    return qEnvironmentVariable("COWORKING_TEST_BACKEND") == u"embedded";
}

ApiHarness::ApiHarness(const std::function<void(ServerConfig &)> &configure, PushGateway *push)
    : m_clock(startTime())
{
    ServerConfig config;
    if (isEmbedded()) {
        // What the desk's --embedded resolves from its command line (app/desk/main.cpp).
        QCommandLineParser parser;
        EmbeddedSite::addOptions(parser);
        QString error;
        if (!parser.parse({ u"coworking-desk"_s, u"--data-dir"_s, m_dir.path() }))
            qFatal("the desk's options: %s", qPrintable(parser.errorText()));
        const auto resolved = ServerConfig::resolve(parser, &error);
        if (!resolved)
            qFatal("the desk's configuration: %s", qPrintable(error));
        config = *resolved;
    }
    config.listenHost = u"127.0.0.1"_s;
    config.port = 0;
    config.threads = 2;
    config.dataDir = m_dir.path();
    config.jwtSecretFile = m_dir.path() + u"/jwt-secret"_s;
    config.fastPasswordHashing = true;
    // Tests register and log in many users from 127.0.0.1; the limits' own tests turn them on.
    config.registerLimit = 0;
    config.loginLimit = 0;
    if (isPostgres()) {
        m_pgDatabase =
                u"cw_test_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
        adminExec(u"CREATE DATABASE "_s + m_pgDatabase);
        QUrl url;
        url.setScheme(u"postgresql"_s);
        url.setHost(pgEnv("PGHOST", u"localhost"_s));
        url.setPort(pgEnv("PGPORT", u"5432"_s).toInt());
        url.setUserName(pgEnv("PGUSER", u"postgres"_s));
        url.setPassword(pgEnv("PGPASSWORD"));
        url.setPath(u'/' + m_pgDatabase);
        config.databaseUrl = url.toString(QUrl::FullyEncoded);
    } else if (!isEmbedded()) {
        config.databaseUrl = u"sqlite:"_s + m_dir.path() + u"/test.sqlite3"_s;
    }
    if (configure)
        configure(config);
    m_config = std::make_unique<ServerConfig>(config);
    m_push = push;
    startServer();
}

void ApiHarness::startServer()
{
    if (m_server || m_site)
        return;
    ServerConfig config = *m_config;
    if (m_port != 0)
        config.port = m_port; // a restart: where the clients expect it
    QString error;
    if (isEmbedded()) {
        m_site = std::make_unique<EmbeddedSite>();
        m_site->setClock(m_clock);
        if (m_push)
            m_site->setPushGateway(*m_push);
        if (!m_site->start(config, &error))
            qFatal("test site did not start: %s", qPrintable(error));
        m_port = m_site->port();
        return;
    }
    m_server = std::make_unique<CoworkingServer>(config, m_clock);
    if (m_push)
        m_server->setPushGateway(*m_push);
    if (!m_server->start(&error))
        qFatal("test server did not start: %s", qPrintable(error));
    m_port = m_server->port();
}

std::unique_ptr<CoworkingServer> ApiHarness::startSecondInstance(const Clock &clock) const
{
    ServerConfig config = *m_config;
    config.port = 0;
    config.threads = 1;
    auto server = std::make_unique<CoworkingServer>(config, clock);
    QString error;
    if (!server->start(&error))
        qFatal("the second instance did not start: %s", qPrintable(error));
    return server;
}

void ApiHarness::stopServer()
{
    m_db.reset();
    m_server.reset();
    m_site.reset();
}

ApiHarness::~ApiHarness()
{
    m_db.reset();
    m_server.reset();
    m_site.reset();
    if (!m_pgDatabase.isEmpty())
        adminExec(u"DROP DATABASE IF EXISTS "_s + m_pgDatabase + u" WITH (FORCE)"_s);
}

quint16 ApiHarness::port() const
{
    return m_port;
}

Database &ApiHarness::database()
{
    if (!m_db) {
        m_db = std::make_unique<Database>(m_site ? m_site->database() : m_server->database(),
                                          u"test-harness"_s);
    }
    return *m_db;
}

QList<QSqlRecord> ApiHarness::sql(const QString &query, const QVariantList &binds)
{
    return database().select(query, binds);
}

Reply ApiHarness::parseResponse(const QByteArray &bytes)
{
    Reply reply;
    const qsizetype headEnd = bytes.indexOf("\r\n\r\n");
    if (headEnd < 0)
        return reply;
    const QList<QByteArray> lines = bytes.left(headEnd).split('\n');
    const QList<QByteArray> statusLine = lines.value(0).trimmed().split(' ');
    reply.status = statusLine.value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            reply.headers.insert(line.left(colon).trimmed().toLower(),
                                 line.mid(colon + 1).trimmed());
    }
    reply.body = bytes.mid(headEnd + 4);
    if (reply.headers.contains("content-length"))
        reply.body.truncate(reply.headers.value("content-length").toLongLong());
    return reply;
}

Reply ApiHarness::rawBytes(const QByteArray &bytes, quint16 port)
{
    QTcpSocket socket;
    socket.connectToHost(u"127.0.0.1"_s, port != 0 ? port : this->port());
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to the test server");
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    QByteArray received;
    // Read until the whole response (by Content-Length) arrived or the server closed. The wait
    // for the first byte is long: a 100,000-row CSV export is built whole before it is sent, and
    // under the sanitizers on a busy CI machine that took more than 10 s.
    while (socket.waitForReadyRead(60000)) {
        received += socket.readAll();
        const qsizetype headEnd = received.indexOf("\r\n\r\n");
        if (headEnd < 0)
            continue;
        Reply partial = parseResponse(received);
        if (partial.status == 100) {
            received.remove(0, headEnd + 4);
            continue;
        }
        const qint64 length = partial.headers.value("content-length", "0").toLongLong();
        if (received.size() - headEnd - 4 >= length)
            break;
    }
    received += socket.readAll();
    return parseResponse(received);
}

Reply ApiHarness::raw(const QByteArray &method, const QString &path, const QByteArray &body,
                      const Headers &headers, quint16 port)
{
    QByteArray request = method + ' ' + QUrl(path).toEncoded() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
            + "Connection: close\r\n";
    bool hasType = false;
    for (const auto &[name, value] : headers) {
        request += name + ": " + value + "\r\n";
        hasType |= name.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!body.isEmpty() || method == "POST" || method == "PUT" || method == "PATCH") {
        if (!hasType)
            request += "Content-Type: application/json\r\n";
        request += "Content-Length: " + QByteArray::number(body.size()) + "\r\n";
    }
    request += "\r\n" + body;
    return rawBytes(request, port);
}

namespace {

Headers withToken(const QString &token, Headers headers = {})
{
    if (!token.isEmpty())
        headers.append({ "Authorization", "Bearer " + token.toLatin1() });
    return headers;
}

QByteArray encode(const QJsonValue &body)
{
    if (body.isObject())
        return QJsonDocument(body.toObject()).toJson(QJsonDocument::Compact);
    if (body.isArray())
        return QJsonDocument(body.toArray()).toJson(QJsonDocument::Compact);
    return {};
}

} // namespace

Reply ApiHarness::get(const QString &path, const QString &token)
{
    return raw("GET", path, {}, withToken(token));
}

Reply ApiHarness::post(const QString &path, const QJsonValue &body, const QString &token,
                       const Headers &headers)
{
    return raw("POST", path, encode(body), withToken(token, headers));
}

Reply ApiHarness::patch(const QString &path, const QJsonValue &body, const QString &token)
{
    return raw("PATCH", path, encode(body), withToken(token));
}

Reply ApiHarness::put(const QString &path, const QJsonValue &body, const QString &token)
{
    return raw("PUT", path, encode(body), withToken(token));
}

Reply ApiHarness::del(const QString &path, const QString &token)
{
    return raw("DELETE", path, {}, withToken(token));
}

QString ApiHarness::createUser(const QString &email, bool business, bool admin,
                               const QString &password)
{
    const Reply reply = post(u"/users"_s,
                             QJsonObject{ { u"email"_s, email },
                                          { u"full_name"_s, QString(u"Test "_s + email) },
                                          { u"password"_s, password },
                                          { u"is_business"_s, business } });
    if (reply.status != 201)
        qFatal("registering %s failed: %d %s", qPrintable(email), reply.status,
               reply.body.constData());
    const QString id = reply.obj().value(u"id"_s).toString();
    if (admin)
        database().execute(u"UPDATE users SET is_admin = ? WHERE id = ?"_s,
                           { database().boolean(true), id });
    return id;
}

QString ApiHarness::token(const QString &email, const QString &password)
{
    const Reply reply = post(u"/auth/login"_s,
                             QJsonObject{ { u"email"_s, email }, { u"password"_s, password } });
    if (reply.status != 200)
        qFatal("login of %s failed: %d %s", qPrintable(email), reply.status,
               reply.body.constData());
    return reply.obj().value(u"access_token"_s).toString();
}

} // namespace coworking::test
