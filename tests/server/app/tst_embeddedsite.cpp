// The server inside another process, as the desk's --embedded mode runs it: it listens before the
// caller goes on, answers the REST API on its port, seeds the demo site when asked (once), and on
// stop leaves an SQLite file that is complete without its write-ahead log.
#include "database.h"
#include "embeddedsite.h"

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;

class TestEmbeddedSite : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    // As the desk starts it, on `dataDir` (the test's shared one by default).
    bool startSite(EmbeddedSite &site, const QStringList &extra, QString *error,
                   QString dataDir = {})
    {
        QCommandLineParser parser;
        EmbeddedSite::addOptions(parser);
        QStringList args{ u"coworking-desk"_s,
                          u"--data-dir"_s,
                          dataDir.isEmpty() ? m_dir.path() : dataDir,
                          u"--listen"_s,
                          u"127.0.0.1:0"_s,
                          u"--threads"_s,
                          u"2"_s };
        args += extra;
        if (!parser.parse(args)) {
            *error = parser.errorText();
            return false;
        }
        return site.start(parser, error);
    }

    static std::pair<int, QJsonObject> post(const QUrl &url, const QJsonObject &body)
    {
        QNetworkAccessManager nam;
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
        QNetworkReply *reply = nam.post(request, QJsonDocument(body).toJson());
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(30000))
            return { 0, {} };
        reply->deleteLater();
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                 QJsonDocument::fromJson(reply->readAll()).object() };
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void seedsServesAndSignsInTheDemoAdmin()
    {
        EmbeddedSite site;
        QString error;
        QVERIFY2(startSite(site, { u"--seed-demo-if-empty"_s }, &error), qPrintable(error));
        QVERIFY(site.isRunning());
        QVERIFY(!site.isEmptySite());
        QCOMPARE(site.url().host(), u"127.0.0.1"_s);
        QVERIFY(site.url().port() > 0);

        const auto admin = std::find_if(site.demoLogins().cbegin(), site.demoLogins().cend(),
                                        [](const auto &l) { return l.role == u"admin"; });
        QVERIFY(admin != site.demoLogins().cend());
        const auto [status, tokens] =
                post(site.url().resolved(QUrl(u"/auth/login"_s)),
                     { { u"email"_s, admin->email }, { u"password"_s, admin->password } });
        QCOMPARE(status, 200);
        QVERIFY(!tokens.value(u"access_token"_s).toString().isEmpty());

        site.stop();
        QVERIFY(!site.isRunning());
        // The checkpoint folded the log into the database file.
        QVERIFY(QFileInfo::exists(m_dir.filePath(u"coworking.sqlite3"_s)));
        const QFileInfo wal(m_dir.filePath(u"coworking.sqlite3-wal"_s));
        QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
    }

    void aSecondStartKeepsTheSiteAndSeedsNothing()
    {
        EmbeddedSite site;
        QString error;
        QVERIFY2(startSite(site, { u"--seed-demo-if-empty"_s }, &error), qPrintable(error));
        QVERIFY(site.demoLogins().isEmpty());
        QVERIFY(!site.isEmptySite());
        // Still the demo site: its administrator is known, and signs in.
        QVERIFY(site.demoAdmin().has_value());
        const auto [status, tokens] = post(site.url().resolved(QUrl(u"/auth/login"_s)),
                                           { { u"email"_s, site.demoAdmin()->email },
                                             { u"password"_s, site.demoAdmin()->password } });
        QCOMPARE(status, 200);
    }

    void anEmptySiteIsReported()
    {
        QTemporaryDir other;
        EmbeddedSite site;
        QCommandLineParser parser;
        EmbeddedSite::addOptions(parser);
        QVERIFY(parser.parse({ u"coworking-desk"_s, u"--data-dir"_s, other.path(), u"--listen"_s,
                               u"127.0.0.1:0"_s }));
        QString error;
        QVERIFY2(site.start(parser, &error), qPrintable(error));
        QVERIFY(site.isEmptySite());
        QVERIFY(site.demoLogins().isEmpty());
        QVERIFY(!site.demoAdmin().has_value());
    }

    void aBadOptionIsRefusedInWords()
    {
        EmbeddedSite site;
        QString error;
        QVERIFY(!startSite(site, { u"--listen"_s, u"nowhere"_s }, &error));
        QVERIFY(error.contains(u"--listen"_s));
        QVERIFY(!site.isRunning());
    }

    // The desk's File menu: a backup while serving, then a restore that stops the server, puts
    // the copy in place and serves it again on the same port; the caller's thread never waits.
    void backsUpAndRestoresWithoutBlocking()
    {
        QTemporaryDir dir;
        EmbeddedSite site;
        QString error;
        QVERIFY2(startSite(site, { u"--seed-demo-if-empty"_s }, &error, dir.path()),
                 qPrintable(error));
        const int port = site.url().port();
        const auto login = [&site] {
            return post(site.url().resolved(QUrl(u"/auth/login"_s)),
                        { { u"email"_s, site.demoAdmin()->email },
                          { u"password"_s, site.demoAdmin()->password } })
                    .first;
        };

        QObject context;
        std::optional<DatabaseBackup::Result> backedUp;
        const QString file = dir.filePath(u"backup.sqlite3"_s);
        site.backup(file, &context, [&](const DatabaseBackup::Result &r) { backedUp = r; });
        QVERIFY(site.isBusy());
        QVERIFY(!backedUp); // answered later, on this thread's event loop
        QTRY_VERIFY_WITH_TIMEOUT(backedUp.has_value(), 30000);
        QVERIFY2(backedUp->ok, qPrintable(backedUp->error));
        QVERIFY(QFileInfo(file).size() > 0);
        QCOMPARE(login(), 200);

        // A change after the backup, which the restore takes back.
        const QString database = site.database().sqlitePath;
        {
            Database db(site.database(), u"test-change"_s);
            db.execute(u"DELETE FROM users WHERE email = ?"_s, { site.demoAdmin()->email });
        }
        QCOMPARE(login(), 401);

        std::optional<DatabaseBackup::Result> restored;
        site.restore(file, &context, [&](const DatabaseBackup::Result &r) { restored = r; });
        QVERIFY(!site.isRunning());
        QTRY_VERIFY_WITH_TIMEOUT(restored.has_value(), 30000);
        QVERIFY2(restored->ok, qPrintable(restored->error));
        QVERIFY(restored->keptAside.startsWith(database + u".before-restore-"_s));
        QVERIFY(site.isRunning());
        QCOMPARE(site.url().port(), port);
        QCOMPARE(login(), 200);

        // A refused restore serves the database it had.
        std::optional<DatabaseBackup::Result> refused;
        site.restore(dir.filePath(u"missing"_s), &context,
                     [&](const DatabaseBackup::Result &r) { refused = r; });
        QTRY_VERIFY_WITH_TIMEOUT(refused.has_value(), 30000);
        QVERIFY(!refused->ok);
        QVERIFY(site.isRunning());
        QCOMPARE(login(), 200);
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedSite)
#include "tst_embeddedsite.moc"
