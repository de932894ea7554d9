// Live availability across two server instances on one PostgreSQL database (LISTEN/NOTIFY):
// a change made through one instance reaches the other's subscribers; after PostgreSQL
// restarts, both instances listen again and send their subscribers a fresh snapshot.
// PostgreSQL only; it restarts the cluster, so it runs alone.
#include "apiharness.h"
#include "coworkingserver.h"
#include "serverconfig.h"
#include "livetestclient.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// A request to the second instance (the harness speaks only to its own).
Reply call(quint16 port, const QByteArray &method, const QString &path, const QJsonObject &body,
           const QString &token)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(QUrl(u"http://127.0.0.1:%1%2"_s.arg(port).arg(path)));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *reply = manager.sendCustomRequest(
            request, method, method == "DELETE" ? QByteArray() : QJsonDocument(body).toJson());
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    reply->deleteLater();
    return out;
}

void cluster(const QString &action)
{
    // pg_virtualenv's throwaway cluster is always named "regress".
    const QString version = qEnvironmentVariable("PGVERSION", u"15"_s);
    QStringList args{ version, u"regress"_s, action };
    if (action == u"stop")
        args << u"-m"_s << u"fast"_s;
    QProcess process;
    process.start(u"pg_ctlcluster"_s, args);
    QVERIFY2(process.waitForFinished(60000), "pg_ctlcluster did not finish");
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
}

QJsonObject bookingBody(const QString &spotId, const char *from, const char *until)
{
    return { { u"spot_id"_s, spotId },
             { u"time_from"_s, u"2030-01-07T%1:00+03:00"_s.arg(QLatin1String(from)) },
             { u"time_until"_s, u"2030-01-07T%1:00+03:00"_s.arg(QLatin1String(until)) } };
}

} // namespace

class TestLiveCluster : public QObject
{
    Q_OBJECT

private slots:
    void changesCrossInstancesAndSurviveRestart()
    {
        QVERIFY2(ApiHarness::isPostgres(), "this test needs COWORKING_TEST_BACKEND=postgres");
        ApiHarness a([](ServerConfig &c) {
            c.accessTtlMinutes = 24 * 60;
            // A dead LISTEN connection shows at the next ping (NOTIFY fails at once); the
            // timeout is for a silent one, long enough that a slow sanitizer build never takes
            // a late pong for a lost connection (that would resync and add a snapshot).
            c.live.heartbeatMs = 500;
            c.live.heartbeatTimeoutMs = 5000;
        });
        // Instance B: same database and JWT key, its own port, thread and clock.
        ManualClock clockB(ApiHarness::startTime());
        const std::unique_ptr<CoworkingServer> bServer = a.startSecondInstance(clockB);
        CoworkingServer &b = *bServer;

        a.createUser(u"owner@example.com"_s, true);
        a.createUser(u"user@example.com"_s);
        const QString owner = a.token(u"owner@example.com"_s);
        const QString user = a.token(u"user@example.com"_s);
        Reply r = a.post(u"/coworkings"_s,
                         QJsonObject{ { u"name"_s, u"Cluster"_s },
                                      { u"description"_s, u"d"_s },
                                      { u"address"_s, u"Street 1"_s },
                                      { u"opens_at"_s, u"08:00"_s },
                                      { u"closes_at"_s, u"20:00"_s },
                                      { u"timezone"_s, u"Europe/Moscow"_s } },
                         owner);
        QCOMPARE(r.status, 201);
        const QString coworking = r.obj()[u"id"_s].toString();
        r = a.post(u"/coworkings/%1/spots"_s.arg(coworking),
                   QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s } },
                               QJsonObject{ { u"name"_s, u"B"_s } } },
                   owner);
        QCOMPARE(r.status, 201);
        const QString spot = r.arr().at(0)[u"id"_s].toString();

        LiveTestClient onA;
        LiveTestClient onB;
        onA.open(a.port(), coworking, user);
        onB.open(b.port(), coworking, user);
        QVERIFY(onA.waitForMessages(1));
        QVERIFY(onB.waitForMessages(1));

        // Made through B, seen on A (and on B).
        r = call(b.port(), "POST", u"/bookings"_s, bookingBody(spot, "10:00", "11:00"), user);
        QCOMPARE(r.status, 201);
        const QString viaB = QJsonDocument::fromJson(r.body)[u"id"_s].toString();
        QVERIFY(onA.waitForMessages(2));
        QCOMPARE(onA.last()[u"seq"_s].toInt(), 2);
        QCOMPARE(onA.last()[u"booking"_s][u"id"_s].toString(), viaB);
        QVERIFY(onB.waitForMessages(2));
        QCOMPARE(onB.last()[u"booking"_s][u"id"_s].toString(), viaB);
        // Made through A, seen on B.
        QCOMPARE(a.del(u"/bookings/%1"_s.arg(viaB), user).status, 204);
        QVERIFY(onB.waitForMessages(3));
        QCOMPARE(onB.last()[u"event"_s].toString(), u"cancelled"_s);

        cluster(u"stop"_s);
        cluster(u"start"_s);
        // Both instances notice (heartbeat), listen again and re-read the map.
        QVERIFY(onA.waitForMessages(4, 30000));
        QVERIFY(onB.waitForMessages(4, 30000));
        QCOMPARE(onA.last()[u"type"_s].toString(), u"snapshot"_s);
        QCOMPARE(onA.last()[u"seq"_s].toInt(), 4);
        QCOMPARE(onB.last()[u"type"_s].toString(), u"snapshot"_s);
        QVERIFY(onA.last()[u"bookings"_s].toArray().isEmpty());

        // Later changes flow again both ways. The first request of each worker after the
        // restart may meet its dead connection (503) and reconnect.
        int status = 0;
        for (int i = 0; i < 10 && status != 201; ++i) {
            r = call(b.port(), "POST", u"/bookings"_s, bookingBody(spot, "12:00", "13:00"), user);
            status = r.status;
        }
        QCOMPARE(status, 201);
        const QString after = QJsonDocument::fromJson(r.body)[u"id"_s].toString();
        QVERIFY(onA.waitForMessages(5));
        QCOMPARE(onA.last()[u"booking"_s][u"id"_s].toString(), after);
        status = 0;
        for (int i = 0; i < 10 && status != 204; ++i)
            status = a.del(u"/bookings/%1"_s.arg(after), user).status;
        QCOMPARE(status, 204);
        QVERIFY(onB.waitForMessages(onB.messages().size() + 1));
        QCOMPARE(onB.last()[u"event"_s].toString(), u"cancelled"_s);
        QVERIFY(!onA.isClosed());
        QVERIFY(!onB.isClosed());

        const QByteArray metrics = a.get(u"/metrics"_s).body;
        const qsizetype at = metrics.indexOf("\ncoworking_live_listen_reconnects_total ");
        QVERIFY2(at >= 0, metrics.constData());
        QVERIFY(metrics.mid(at + 40).split('\n').first().toInt() >= 1);
        b.stop();
    }
};

QTEST_GUILESS_MAIN(TestLiveCluster)
#include "tst_livecluster.moc"
