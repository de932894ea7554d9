// The runner's loop survives a constraint failure inside a pass: the database refuses the
// runner's heartbeat (a trigger that breaks a primary key, so SQLite reports a constraint error),
// the pass fails like any other, and once the database accepts writes again the same thread beats.
// Before database errors were std::exceptions, that failure escaped the loop and ended the process.
#include "common/clock.h"
#include "database.h"
#include "events/eventpublisher.h"
#include "logpushgateway.h"
#include "migrator.h"
#include "runnerconfig.h"
#include "runnerloop.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;

class TestRunnerLoop : public QObject
{
    Q_OBJECT

private slots:
    void constraintFailureDoesNotEndTheThread();
};

void TestRunnerLoop::constraintFailureDoesNotEndTheThread()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QString error;
    const auto config =
            DatabaseConfig::fromUrl(u"sqlite:"_s + dir.filePath(u"runner.sqlite3"_s), &error);
    QVERIFY2(config, qPrintable(error));
    Database db(*config, u"test"_s);
    const Migrator::Result migrated = Migrator(db).migrate();
    QVERIFY2(migrated.ok, qPrintable(migrated.error));

    // While refuse_beats holds a row, every heartbeat insert inserts that row again.
    db.executeRaw(u"CREATE TABLE refuse_beats (id INTEGER PRIMARY KEY)"_s);
    db.executeRaw(u"INSERT INTO refuse_beats (id) VALUES (1)"_s);
    db.executeRaw(u"CREATE TRIGGER refuse_beat BEFORE INSERT ON runner_heartbeats "
                  "WHEN EXISTS (SELECT 1 FROM refuse_beats) "
                  "BEGIN INSERT INTO refuse_beats (id) VALUES (1); END"_s);
    const QVariant now = db.timestamp(QDateTime::currentDateTimeUtc());
    QVERIFY_THROWS_EXCEPTION(
            ConstraintViolation,
            db.execute(u"INSERT INTO runner_heartbeats (runner_id, hostname, pid, started_at, "
                       "beat_at) VALUES ('probe', 'host', 1, ?, ?)"_s,
                       { now, now }));

    LogPushGateway push;
    NullEventPublisher publisher;
    SystemClock clock;
    RunnerConfig runnerConfig;
    runnerConfig.pollMilliseconds = 20;
    RunnerThread runner(*config, push, publisher, clock, runnerConfig);
    runner.start();
    QTest::qWait(200); // several passes, each failing on the heartbeat

    const auto beats = [&db] {
        return db.selectOne(u"SELECT COUNT(*) AS n FROM runner_heartbeats"_s)->value(0).toInt();
    };
    QCOMPARE(beats(), 0);
    db.execute(u"DELETE FROM refuse_beats"_s);
    QTRY_COMPARE_WITH_TIMEOUT(beats(), 1, 5000); // the same loop, still running
    runner.stop();
    QCOMPARE(beats(), 0); // it retired: its thread ended through stop(), not through the failure
}

QTEST_GUILESS_MAIN(TestRunnerLoop)
#include "tst_runnerloop.moc"
