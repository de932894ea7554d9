// The coworking-server executable as an operator meets it: --help, migrate, create-user, serve.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestCommandLine : public QObject
{
    Q_OBJECT

private:
    struct Run
    {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        p.setProgram(QString::fromUtf8(COWORKING_SERVER_PATH));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000))
            qFatal("coworking-server %s did not finish", qPrintable(args.join(u' ')));
        return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                 QString::fromUtf8(p.readAllStandardError()) };
    }

    QStringList dataDir() const { return { u"--data-dir"_s, m_dir.path() }; }

    static QByteArray http(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(u"127.0.0.1"_s, port);
        if (!socket.waitForConnected(5000))
            return {};
        socket.write(request);
        QByteArray reply;
        while (socket.waitForReadyRead(5000))
            reply += socket.readAll();
        return reply;
    }

    QTemporaryDir m_dir;

private slots:
    void helpListsEveryOptionAndCommand()
    {
        const Run r = run({ u"--help"_s });
        QCOMPARE(r.exitCode, 0);
        for (const char *option : { "--config",
                                    "--listen",
                                    "--threads",
                                    "--database",
                                    "--data-dir",
                                    "--jwt-secret-file",
                                    "--access-ttl",
                                    "--refresh-ttl",
                                    "--max-body",
                                    "--max-header",
                                    "--idle-timeout",
                                    "--max-connections",
                                    "--login-attempts",
                                    "--trusted-proxies",
                                    "COWORKING_TRUSTED_PROXIES",
                                    "--email",
                                    "--password",
                                    "--full-name",
                                    "--business",
                                    "--admin",
                                    "--push-gateway",
                                    "--fcm-credentials",
                                    "--fcm-endpoint",
                                    "serve",
                                    "migrate",
                                    "create-user",
                                    "COWORKING_LISTEN",
                                    "COWORKING_DATABASE",
                                    "COWORKING_PUSH_GATEWAY",
                                    "COWORKING_FCM_CREDENTIALS",
                                    "COWORKING_FCM_ENDPOINT" })
            QVERIFY2(r.out.contains(QString::fromLatin1(option)), option);
    }

    void badInvocationsFailClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{ u"frobnicate"_s } << u"unknown command"_s;
        QTest::newRow("threads not a number")
                << QStringList{ u"migrate"_s, u"--threads"_s, u"x"_s } << u"--threads"_s;
        QTest::newRow("bad database url")
                << QStringList{ u"migrate"_s, u"--database"_s, u"mysql://x"_s }
                << u"database URL"_s;
        QTest::newRow("trusted proxy not an address")
                << QStringList{ u"migrate"_s, u"--trusted-proxies"_s, u"127.0.0.1,proxy.lan"_s }
                << u"--trusted-proxies: \"proxy.lan\""_s;
        QTest::newRow("create-user without email")
                << QStringList{ u"create-user"_s, u"--password"_s, u"password123"_s,
                                u"--full-name"_s, u"X"_s }
                << u"--email"_s;
        QTest::newRow("create-user with a short password") << QStringList{
            u"create-user"_s, u"--email"_s, u"short@example.com"_s, u"--password"_s, u"short"_s,
            u"--full-name"_s, u"X"_s
        } << u"password"_s;
    }

    void badInvocationsFailClearly()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = run(args + dataDir());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // FCM credentials that cannot work stop `serve` before it listens, naming the file and
    // the problem, rather than failing every push later.
    void fcmConfigurationProblemsStopTheServer_data()
    {
        QTest::addColumn<QByteArray>("contents"); // of the credentials file; empty: no file
        QTest::addColumn<QStringList>("extraArgs");
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file")
                << QByteArray() << QStringList() << u"No such file or directory"_s;
        QTest::newRow("not JSON") << QByteArray("{\"type\": \"service_account\",") << QStringList()
                                  << u"not valid JSON"_s;
        QJsonObject account{ { u"type"_s, u"service_account"_s },
                             { u"project_id"_s, u"p"_s },
                             { u"client_email"_s, u"sender@p.iam.gserviceaccount.com"_s },
                             { u"token_uri"_s, u"https://oauth2.googleapis.com/token"_s } };
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("not a service account")
                << json({ { u"type"_s, u"authorized_user"_s } }) << QStringList()
                << u"\"type\" is not \"service_account\""_s;
        QTest::newRow("no private key")
                << json(account) << QStringList() << u"\"private_key\" is missing"_s;
        account.insert(u"private_key"_s,
                       u"-----BEGIN PRIVATE KEY-----\nAAAA\n"
                       "-----END PRIVATE KEY-----\n"_s);
        QTest::newRow("broken private key")
                << json(account) << QStringList() << u"\"private_key\" is not a PEM private key"_s;
        QTest::newRow("no credentials option")
                << QByteArray() << QStringList{ u"--fcm-credentials"_s, QString() }
                << u"--push-gateway fcm needs --fcm-credentials"_s;
        QTest::newRow("bad endpoint")
                << QByteArray() << QStringList{ u"--fcm-endpoint"_s, u"fcm"_s }
                << u"--fcm-endpoint must be an http(s) URL"_s;
        QTest::newRow("unknown gateway")
                << QByteArray() << QStringList{ u"--push-gateway"_s, u"apns"_s }
                << u"--push-gateway must be log or fcm"_s;
    }

    void fcmConfigurationProblemsStopTheServer()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, message);
        const QString credentials = m_dir.filePath(u"service-account.json"_s);
        QFile::remove(credentials);
        if (!contents.isEmpty()) {
            QFile file(credentials);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        // Options given twice: the later one counts, so extraArgs override these.
        const Run r =
                run(QStringList{ u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s, u"--push-gateway"_s,
                                 u"fcm"_s, u"--fcm-credentials"_s, credentials }
                    + extraArgs + dataDir());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (extraArgs.isEmpty())
            QVERIFY2(r.err.contains(credentials), qPrintable(r.err));
        QVERIFY2(!r.out.contains(u"Listening"_s), qPrintable(r.out));
    }

    void migrateIsIdempotent()
    {
        const Run first = run(QStringList{ u"migrate"_s } + dataDir());
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(u"schema version"_s), qPrintable(first.out));
        const Run second = run(QStringList{ u"migrate"_s } + dataDir());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(u"Applied 0 migration"_s), qPrintable(second.out));
    }

    void createUserThenServe()
    {
        const QStringList create{ u"create-user"_s, u"--email"_s,       u"Root@Example.com"_s,
                                  u"--password"_s,  u"correct horse"_s, u"--full-name"_s,
                                  u"Root Admin"_s,  u"--admin"_s };
        const Run created = run(create + dataDir());
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(u"(admin)"_s), qPrintable(created.out));
        const Run again = run(create + dataDir());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(u"already registered"_s), qPrintable(again.err));

        QProcess server;
        server.setProgram(QString::fromUtf8(COWORKING_SERVER_PATH));
        server.setArguments(QStringList{ u"serve"_s, u"--listen"_s, u"127.0.0.1:0"_s } + dataDir());
        server.start();
        QVERIFY(server.waitForStarted());
        QString out;
        const QRegularExpression listening(uR"(Listening on http://127\.0\.0\.1:(\d+))"_s);
        QRegularExpressionMatch match;
        for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
            server.waitForReadyRead(100);
            out += QString::fromUtf8(server.readAllStandardOutput());
            match = listening.match(out);
        }
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const quint16 port = quint16(match.captured(1).toUInt());

        const QByteArray body = R"({"email":"root@example.com","password":"correct horse"})";
        const QByteArray reply =
                http(port,
                     "POST /auth/login HTTP/1.1\r\nHost: x\r\n"
                     "Content-Type: application/json\r\nConnection: close\r\n"
                     "Content-Length: "
                             + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
        const QJsonObject tokens =
                QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
        const QByteArray me =
                http(port,
                     "GET /users/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                     "Authorization: Bearer "
                             + tokens.value(u"access_token"_s).toString().toLatin1() + "\r\n\r\n");
        QVERIFY2(me.startsWith("HTTP/1.1 200"), me.constData());
        QVERIFY(me.contains(R"("is_admin":true)"));

        // A second server on the same port is refused, not silently given half the traffic.
        QTemporaryDir otherDir;
        const Run second = run({ u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port),
                                 u"--data-dir"_s, otherDir.path() });
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(u"cannot listen"_s), qPrintable(second.err));

        server.terminate(); // SIGTERM: a clean shutdown
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"

using namespace Qt::StringLiterals;
