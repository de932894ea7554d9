// A PostgreSQL restart under a running server: requests meanwhile get 503 UNAVAILABLE (never a
// crash or a hang), and the server serves again once the database is back, without a restart.
#include "apiharness.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace coworking::test;
using namespace Qt::StringLiterals;

class TestDbReconnect : public QObject
{
    Q_OBJECT

private:
    static void cluster(const QString &action)
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

private slots:
    void restartIsSurvived()
    {
        QVERIFY2(ApiHarness::isPostgres(), "this test needs COWORKING_TEST_BACKEND=postgres");
        ApiHarness api;
        api.createUser(u"owner@example.com"_s, true);
        const QString token = api.token(u"owner@example.com"_s);
        QCOMPARE(api.get(u"/users/me"_s, token).status, 200);

        cluster(u"stop"_s);
        // Every worker thread meets the dead connection; each answer is a 503 in the error shape.
        for (int i = 0; i < 6; ++i) {
            QElapsedTimer timer;
            timer.start();
            const Reply down = api.get(u"/coworkings"_s);
            QCOMPARE(down.status, 503);
            QCOMPARE(down.errorCode(), u"UNAVAILABLE"_s);
            QVERIFY(down.headers.contains("retry-after"));
            QVERIFY2(timer.elapsed() < 5000, "a request to a dead database must not hang");
        }
        QCOMPARE(api.get(u"/users/me"_s, token).status, 503);
        const Reply health = api.get(u"/healthcheck"_s);
        QCOMPARE(health.status, 503);
        QCOMPARE(health.obj().value(u"database"_s).toString(), u"unreachable"_s);

        cluster(u"start"_s);
        // Each worker reconnects on its next request; the server has recovered once a run of
        // answers in a row are all 200, which must come within the window.
        QElapsedTimer recovery;
        recovery.start();
        int inARow = 0;
        qint64 firstOk = -1;
        while (recovery.elapsed() < 15000 && inARow < 20) {
            const bool ok = api.get(u"/coworkings"_s).status == 200
                    && api.get(u"/users/me"_s, token).status == 200;
            inARow = ok ? inARow + 1 : 0;
            if (ok && firstOk < 0)
                firstOk = recovery.elapsed();
            if (!ok)
                QTest::qWait(200);
        }
        QVERIFY2(inARow >= 20, "the server did not serve again after the database came back");
        qInfo("first answer %lld ms, steady %lld ms after the cluster started", firstOk,
              qint64(recovery.elapsed()));
        QCOMPARE(api.get(u"/healthcheck"_s).status, 200);
        const QByteArray metrics = api.get(u"/metrics"_s).body;
        const auto counter = [&metrics](const QByteArray &name) {
            const qsizetype at = metrics.indexOf(QByteArray('\n' + name + ' '));
            return at < 0 ? -1 : metrics.mid(at + name.size() + 2).split('\n').first().toLongLong();
        };
        QVERIFY2(counter("coworking_db_reconnects_total") >= 1, metrics.constData());
        QVERIFY2(counter("coworking_db_errors_total") >= 1, metrics.constData());
    }

    // A restart while every worker is idle: their connections die unseen. Each worker learns of
    // it from its next statement, reconnects and runs that statement again, so not one request
    // after the restart fails (before, each worker answered its next request 503, even minutes
    // later). Inside a transaction nothing is run twice: that is the booking tests' business.
    void idleConnectionsAreRenewedUnseen()
    {
        ApiHarness api;
        api.createUser(u"idle@example.com"_s, true);
        const QString token = api.token(u"idle@example.com"_s);
        // Every worker opens its connection first.
        for (int i = 0; i < 40; ++i)
            QCOMPARE(api.get(u"/users/me"_s, token).status, 200);

        cluster(u"restart"_s);

        int failed = 0;
        for (int i = 0; i < 40; ++i) {
            const bool ok = api.get(u"/coworkings"_s).status == 200
                    && api.get(u"/users/me"_s, token).status == 200;
            failed += ok ? 0 : 1;
        }
        QCOMPARE(failed, 0);
        const QByteArray metrics = api.get(u"/metrics"_s).body;
        QVERIFY2(metrics.contains("\ncoworking_db_reconnects_total "), metrics.constData());
    }
};

QTEST_GUILESS_MAIN(TestDbReconnect)
#include "tst_dbreconnect.moc"

using namespace Qt::StringLiterals;
