// The coworking-server executable as an operator meets it: --help, migrate, create-user, serve.
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

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
        p.setProgram(QStringLiteral(COWORKING_SERVER_PATH));
        p.setArguments(args);
        p.start();
        if (!p.waitForFinished(60000))
            qFatal("coworking-server %s did not finish", qPrintable(args.join(u' ')));
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QStringList dataDir() const { return {QStringLiteral("--data-dir"), m_dir.path()}; }

    static QByteArray http(quint16 port, const QByteArray &request)
    {
        QTcpSocket socket;
        socket.connectToHost(QStringLiteral("127.0.0.1"), port);
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
        const Run r = run({QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--config", "--listen", "--threads", "--database", "--data-dir", "--jwt-secret-file",
              "--access-ttl", "--refresh-ttl", "--max-body", "--max-header", "--idle-timeout",
              "--max-connections", "--login-attempts", "--email", "--password", "--full-name",
              "--business", "--admin", "--push-gateway", "--fcm-credentials", "--fcm-endpoint",
              "serve", "migrate", "create-user", "COWORKING_LISTEN", "COWORKING_DATABASE",
              "COWORKING_PUSH_GATEWAY", "COWORKING_FCM_CREDENTIALS", "COWORKING_FCM_ENDPOINT"})
            QVERIFY2(r.out.contains(QString::fromLatin1(option)), option);
    }

    void badInvocationsFailClearly_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                         << QStringLiteral("unknown command");
        QTest::newRow("threads not a number")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--threads"), QStringLiteral("x")}
            << QStringLiteral("--threads");
        QTest::newRow("bad database url")
            << QStringList{QStringLiteral("migrate"), QStringLiteral("--database"),
                           QStringLiteral("mysql://x")}
            << QStringLiteral("database URL");
        QTest::newRow("create-user without email")
            << QStringList{QStringLiteral("create-user"), QStringLiteral("--password"),
                           QStringLiteral("password123"), QStringLiteral("--full-name"),
                           QStringLiteral("X")}
            << QStringLiteral("--email");
        QTest::newRow("create-user with a short password")
            << QStringList{QStringLiteral("create-user"), QStringLiteral("--email"),
                           QStringLiteral("short@example.com"), QStringLiteral("--password"),
                           QStringLiteral("short"), QStringLiteral("--full-name"),
                           QStringLiteral("X")}
            << QStringLiteral("password");
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
        QTest::newRow("missing file") << QByteArray() << QStringList()
                                      << QStringLiteral("No such file or directory");
        QTest::newRow("not JSON") << QByteArray("{\"type\": \"service_account\",") << QStringList()
                                  << QStringLiteral("not valid JSON");
        QJsonObject account{{QStringLiteral("type"), QStringLiteral("service_account")},
                            {QStringLiteral("project_id"), QStringLiteral("p")},
                            {QStringLiteral("client_email"),
                             QStringLiteral("sender@p.iam.gserviceaccount.com")},
                            {QStringLiteral("token_uri"),
                             QStringLiteral("https://oauth2.googleapis.com/token")}};
        const auto json = [](const QJsonObject &o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("not a service account")
            << json({{QStringLiteral("type"), QStringLiteral("authorized_user")}}) << QStringList()
            << QStringLiteral("\"type\" is not \"service_account\"");
        QTest::newRow("no private key") << json(account) << QStringList()
                                        << QStringLiteral("\"private_key\" is missing");
        account.insert(QStringLiteral("private_key"),
                       QStringLiteral("-----BEGIN PRIVATE KEY-----\nAAAA\n"
                                      "-----END PRIVATE KEY-----\n"));
        QTest::newRow("broken private key")
            << json(account) << QStringList()
            << QStringLiteral("\"private_key\" is not a PEM private key");
        QTest::newRow("no credentials option")
            << QByteArray() << QStringList{QStringLiteral("--fcm-credentials"), QString()}
            << QStringLiteral("--push-gateway fcm needs --fcm-credentials");
        QTest::newRow("bad endpoint")
            << QByteArray() << QStringList{QStringLiteral("--fcm-endpoint"), QStringLiteral("fcm")}
            << QStringLiteral("--fcm-endpoint must be an http(s) URL");
        QTest::newRow("unknown gateway")
            << QByteArray() << QStringList{QStringLiteral("--push-gateway"), QStringLiteral("apns")}
            << QStringLiteral("--push-gateway must be log or fcm");
    }

    void fcmConfigurationProblemsStopTheServer()
    {
        QFETCH(QByteArray, contents);
        QFETCH(QStringList, extraArgs);
        QFETCH(QString, message);
        const QString credentials = m_dir.filePath(QStringLiteral("service-account.json"));
        QFile::remove(credentials);
        if (!contents.isEmpty()) {
            QFile file(credentials);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(contents);
        }
        // Options given twice: the later one counts, so extraArgs override these.
        const Run r = run(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                      QStringLiteral("127.0.0.1:0"), QStringLiteral("--push-gateway"),
                                      QStringLiteral("fcm"), QStringLiteral("--fcm-credentials"),
                                      credentials}
                          + extraArgs + dataDir());
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        if (extraArgs.isEmpty())
            QVERIFY2(r.err.contains(credentials), qPrintable(r.err));
        QVERIFY2(!r.out.contains(QStringLiteral("Listening")), qPrintable(r.out));
    }

    void migrateIsIdempotent()
    {
        const Run first = run(QStringList{QStringLiteral("migrate")} + dataDir());
        QCOMPARE(first.exitCode, 0);
        QVERIFY2(first.out.contains(QStringLiteral("schema version")), qPrintable(first.out));
        const Run second = run(QStringList{QStringLiteral("migrate")} + dataDir());
        QCOMPARE(second.exitCode, 0);
        QVERIFY2(second.out.contains(QStringLiteral("Applied 0 migration")), qPrintable(second.out));
    }

    void createUserThenServe()
    {
        const QStringList create{QStringLiteral("create-user"),     QStringLiteral("--email"),
                                 QStringLiteral("Root@Example.com"), QStringLiteral("--password"),
                                 QStringLiteral("correct horse"),    QStringLiteral("--full-name"),
                                 QStringLiteral("Root Admin"),       QStringLiteral("--admin")};
        const Run created = run(create + dataDir());
        QCOMPARE(created.exitCode, 0);
        QVERIFY2(created.out.contains(QStringLiteral("(admin)")), qPrintable(created.out));
        const Run again = run(create + dataDir());
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QStringLiteral("already registered")),
                 qPrintable(again.err));

        QProcess server;
        server.setProgram(QStringLiteral(COWORKING_SERVER_PATH));
        server.setArguments(QStringList{QStringLiteral("serve"), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0")}
                            + dataDir());
        server.start();
        QVERIFY(server.waitForStarted());
        QString out;
        const QRegularExpression listening(QStringLiteral(R"(Listening on http://127\.0\.0\.1:(\d+))"));
        QRegularExpressionMatch match;
        for (int i = 0; i < 100 && !match.hasMatch(); ++i) {
            server.waitForReadyRead(100);
            out += QString::fromUtf8(server.readAllStandardOutput());
            match = listening.match(out);
        }
        QVERIFY2(match.hasMatch(), qPrintable(out));
        const quint16 port = quint16(match.captured(1).toUInt());

        const QByteArray body = R"({"email":"root@example.com","password":"correct horse"})";
        const QByteArray reply = http(port, "POST /auth/login HTTP/1.1\r\nHost: x\r\n"
                                            "Content-Type: application/json\r\nConnection: close\r\n"
                                            "Content-Length: "
                                                + QByteArray::number(body.size()) + "\r\n\r\n"
                                                + body);
        QVERIFY2(reply.startsWith("HTTP/1.1 200"), reply.constData());
        const QJsonObject tokens =
            QJsonDocument::fromJson(reply.mid(reply.indexOf("\r\n\r\n") + 4)).object();
        const QByteArray me = http(port, "GET /users/me HTTP/1.1\r\nHost: x\r\nConnection: close\r\n"
                                         "Authorization: Bearer "
                                             + tokens.value(QStringLiteral("access_token")).toString().toLatin1()
                                             + "\r\n\r\n");
        QVERIFY2(me.startsWith("HTTP/1.1 200"), me.constData());
        QVERIFY(me.contains(R"("is_admin":true)"));

        // A second server on the same port is refused, not silently given half the traffic.
        QTemporaryDir otherDir;
        const Run second = run({QStringLiteral("serve"), QStringLiteral("--listen"),
                                QStringLiteral("127.0.0.1:%1").arg(port),
                                QStringLiteral("--data-dir"), otherDir.path()});
        QCOMPARE(second.exitCode, 1);
        QVERIFY2(second.err.contains(QStringLiteral("cannot listen")), qPrintable(second.err));

        server.terminate(); // SIGTERM: a clean shutdown
        QVERIFY(server.waitForFinished(10000));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCommandLine)
#include "tst_commandline.moc"
