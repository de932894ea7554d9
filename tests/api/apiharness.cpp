#include "apiharness.h"

#include "app/coworkingserver.h"
#include "db/database.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

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
    const QString name = QStringLiteral("admin-") + QUuid::createUuid().toString();
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(pgEnv("PGHOST", QStringLiteral("localhost")));
        db.setPort(pgEnv("PGPORT", QStringLiteral("5432")).toInt());
        db.setUserName(pgEnv("PGUSER", QStringLiteral("postgres")));
        db.setPassword(pgEnv("PGPASSWORD"));
        db.setDatabaseName(pgEnv("PGDATABASE", QStringLiteral("postgres")));
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

QJsonObject Reply::obj() const { return QJsonDocument::fromJson(body).object(); }
QJsonArray Reply::arr() const { return QJsonDocument::fromJson(body).array(); }
QString Reply::errorCode() const
{
    return obj().value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

QStringList Reply::errorFields() const
{
    QStringList names;
    const QJsonArray fields = obj()
                                      .value(QStringLiteral("error"))
                                      .toObject()
                                      .value(QStringLiteral("details"))
                                      .toObject()
                                      .value(QStringLiteral("fields"))
                                      .toArray();
    for (const QJsonValue &field : fields)
        names.append(field.toObject().value(QStringLiteral("field")).toString());
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

ApiHarness::ApiHarness(const std::function<void(ServerConfig &)> &configure, PushGateway *push)
    : m_clock(startTime())
{
    ServerConfig config;
    config.listenHost = QStringLiteral("127.0.0.1");
    config.port = 0;
    config.threads = 2;
    config.dataDir = m_dir.path();
    config.jwtSecretFile = m_dir.path() + QStringLiteral("/jwt-secret");
    config.fastPasswordHashing = true;
    if (isPostgres()) {
        m_pgDatabase = QStringLiteral("cw_test_")
                       + QString::number(QRandomGenerator::global()->generate64(), 36);
        adminExec(QStringLiteral("CREATE DATABASE ") + m_pgDatabase);
        QUrl url;
        url.setScheme(QStringLiteral("postgresql"));
        url.setHost(pgEnv("PGHOST", QStringLiteral("localhost")));
        url.setPort(pgEnv("PGPORT", QStringLiteral("5432")).toInt());
        url.setUserName(pgEnv("PGUSER", QStringLiteral("postgres")));
        url.setPassword(pgEnv("PGPASSWORD"));
        url.setPath(u'/' + m_pgDatabase);
        config.databaseUrl = url.toString(QUrl::FullyEncoded);
    } else {
        config.databaseUrl = QStringLiteral("sqlite:") + m_dir.path()
                             + QStringLiteral("/test.sqlite3");
    }
    if (configure)
        configure(config);
    m_server = std::make_unique<CoworkingServer>(config, m_clock);
    if (push)
        m_server->setPushGateway(*push);
    QString error;
    if (!m_server->start(&error))
        qFatal("test server did not start: %s", qPrintable(error));
}

ApiHarness::~ApiHarness()
{
    m_db.reset();
    m_server.reset();
    if (!m_pgDatabase.isEmpty())
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgDatabase
                  + QStringLiteral(" WITH (FORCE)"));
}

quint16 ApiHarness::port() const { return m_server->port(); }

Database &ApiHarness::database()
{
    if (!m_db)
        m_db = std::make_unique<Database>(m_server->database(), QStringLiteral("test-harness"));
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
            reply.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
    }
    reply.body = bytes.mid(headEnd + 4);
    if (reply.headers.contains("content-length"))
        reply.body.truncate(reply.headers.value("content-length").toLongLong());
    return reply;
}

Reply ApiHarness::rawBytes(const QByteArray &bytes)
{
    QTcpSocket socket;
    socket.connectToHost(QStringLiteral("127.0.0.1"), port());
    if (!socket.waitForConnected(5000))
        qFatal("cannot connect to the test server");
    socket.write(bytes);
    socket.waitForBytesWritten(5000);
    QByteArray received;
    // Read until the whole response (by Content-Length) arrived or the server closed.
    while (socket.waitForReadyRead(10000)) {
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
                      const Headers &headers)
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
    return rawBytes(request);
}

namespace {

Headers withToken(const QString &token, Headers headers = {})
{
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token.toLatin1()});
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
    const Reply reply = post(QStringLiteral("/users"),
                             QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("full_name"), QString(QStringLiteral("Test ") + email)},
                                         {QStringLiteral("password"), password},
                                         {QStringLiteral("is_business"), business}});
    if (reply.status != 201)
        qFatal("registering %s failed: %d %s", qPrintable(email), reply.status,
               reply.body.constData());
    const QString id = reply.obj().value(QStringLiteral("id")).toString();
    if (admin)
        database().execute(QStringLiteral("UPDATE users SET is_admin = ? WHERE id = ?"),
                           {database().boolean(true), id});
    return id;
}

QString ApiHarness::token(const QString &email, const QString &password)
{
    const Reply reply = post(QStringLiteral("/auth/login"),
                             QJsonObject{{QStringLiteral("email"), email},
                                         {QStringLiteral("password"), password}});
    if (reply.status != 200)
        qFatal("login of %s failed: %d %s", qPrintable(email), reply.status, reply.body.constData());
    return reply.obj().value(QStringLiteral("access_token")).toString();
}

} // namespace coworking::test
