// The real coworking-runner executable under faults. A few hundred booking events wait in the
// outbox; a runner is SIGKILLed while it works through them and another takes over (or two run
// at once). Whatever the interleaving: every event ends done, each (event, user) has exactly one
// notification, and no push reaches a device twice — checked both in push_deliveries and in the
// log gateway's "push to" lines, one per real send, counted over every process.
#include "apiharness.h"
#include "serverconfig.h"
#include "database.h"
#include "events/eventpublisher.h"
#include "events/outboxevent.h"
#include "sqloutbox.h"
#include "sitefixture.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUrl>
#include <QUuid>

#include <memory>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kUsers = 20;
constexpr int kDevicesPerUser = 2;
constexpr int kEvents = 300;

// The harness's database as a --database URL for another process.
QString databaseUrl(const DatabaseConfig &config)
{
    if (config.dialect == Dialect::Sqlite)
        return u"sqlite:"_s + config.sqlitePath;
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(config.host);
    url.setPort(config.port);
    url.setUserName(config.user);
    url.setPassword(config.password);
    url.setPath(u'/' + config.name);
    return url.toString(QUrl::FullyEncoded);
}

} // namespace

class TestRunnerFaults final : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_api;
    QTemporaryDir m_logs;
    int m_runs = 0;
    QStringList m_logFiles;
    QHash<QString, QString> m_tokenUser; // token prefix (8 chars) -> user id

    ApiHarness &api() { return *m_api; }

    int count(const QString &sql) { return api().sql(sql).first().value(0).toInt(); }

    // Users with devices, one coworking with a spot, and kEvents booking.created events due now.
    void seed()
    {
        // Events are due by the runner's real clock.
        api().clock().set(QDateTime::currentDateTimeUtc());
        SiteFixture site(api());
        const Person owner = site.person(true);
        const QString coworkingId = site.coworking(owner);
        const QString spotId = site.spots(owner, coworkingId, 1).first();

        QStringList users;
        for (int u = 0; u < kUsers; ++u) {
            const Person user = site.person();
            users.append(user.id);
            for (int d = 0; d < kDevicesPerUser; ++d) {
                // The log gateway prints the first 8 characters of a token: make them unique.
                const QString device = u"t%1%2-"_s.arg(u, 3, 10, QLatin1Char('0')).arg(d)
                        + QUuid::createUuid().toString(QUuid::WithoutBraces);
                m_tokenUser.insert(device.left(8), user.id);
                QCOMPARE(api().post(u"/notifications/device-tokens"_s,
                                    QJsonObject{ { u"token"_s, device },
                                                 { u"device_type"_s, u"android"_s } },
                                    user.token)
                                 .status,
                         201);
            }
        }

        // The outbox as the booking repository fills it (the bookings themselves are not
        // needed: handlers read the event).
        NullEventPublisher noLiveViews;
        SqlOutbox outbox(api().database(), noLiveViews);
        const QDateTime now = api().clock().now();
        QList<OutboxEvent> events;
        for (int i = 0; i < kEvents; ++i) {
            Booking b;
            b.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
            b.userId = users.at(i % kUsers);
            b.spotId = spotId;
            b.coworkingId = coworkingId;
            b.range = { now.addDays(1).addSecs(i * 3600), now.addDays(1).addSecs(i * 3600 + 1800) };
            b.createdAt = now;
            events.append(bookingEvent(EventTypes::BookingCreated, b, { b.userId, now }));
        }
        Transaction tx(api().database());
        outbox.append(tx, events);
        tx.commit();
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox_events WHERE state = 'pending'"_s), kEvents);
    }

    std::unique_ptr<QProcess> startRunner()
    {
        auto p = std::make_unique<QProcess>();
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s); // the push lines are what this test counts
        p->setProcessEnvironment(env);
        p->setProgram(QString::fromUtf8(COWORKING_RUNNER_PATH));
        // Small batches and a short lease: kills land mid-work and leases run out quickly.
        p->setArguments({ u"--database"_s, databaseUrl(api().database().config()), u"--data-dir"_s,
                          m_logs.path(), u"--log-format"_s, u"text"_s, u"--runner-batch"_s, u"5"_s,
                          u"--runner-lease"_s, u"2"_s, u"--runner-poll"_s, u"50"_s,
                          u"--runner-backoff"_s, u"1"_s });
        const QString log = m_logs.filePath(u"runner-%1.log"_s.arg(++m_runs));
        m_logFiles.append(log);
        p->setProperty("log", log);
        p->setStandardOutputFile(QProcess::nullDevice());
        p->setStandardErrorFile(log); // a file never blocks the runner, and survives SIGKILL
        p->start();
        if (!p->waitForStarted(10000))
            qFatal("coworking-runner did not start");
        return p;
    }

    // Polls the database until `condition` holds or the deadline passes.
    bool waitFor(const std::function<bool()> &condition, int milliseconds = 120000)
    {
        const QDeadlineTimer deadline(milliseconds);
        while (!deadline.hasExpired()) {
            if (condition())
                return true;
            QThread::msleep(10);
        }
        return condition();
    }

    int doneCount() { return count(u"SELECT COUNT(*) FROM outbox_events WHERE state = 'done'"_s); }

    void killWhenBusy(QProcess &runner)
    {
        // Wait for real progress, then kill without warning in the middle of the work.
        QVERIFY(waitFor([&] { return doneCount() >= kEvents / 4; }));
        runner.kill();
        QVERIFY(runner.waitForFinished(10000));
        QCOMPARE(runner.exitStatus(), QProcess::CrashExit);
        QVERIFY2(doneCount() < kEvents, "the runner finished before it could be killed");
    }

    void stopGracefully(QProcess &runner)
    {
        runner.terminate(); // SIGTERM: finishes the batch at hand, then exits 0
        QVERIFY(runner.waitForFinished(30000));
        if (runner.exitStatus() != QProcess::NormalExit || runner.exitCode() != 0) {
            // What the runner said last (a sanitizer's report, an error) explains the failure.
            QFile log(runner.property("log").toString());
            if (log.open(QIODevice::ReadOnly))
                qWarning().noquote() << "end of the runner's log:\n" << log.readAll().right(6000);
        }
        QCOMPARE(runner.exitStatus(), QProcess::NormalExit);
        QCOMPARE(runner.exitCode(), 0);
    }

    void waitUntilNothingPending()
    {
        QVERIFY(waitFor([&] {
            return count(u"SELECT COUNT(*) FROM outbox_events WHERE state <> 'done'"_s) == 0;
        }));
    }

    // Every real send, from the log gateway's lines of every run: (event id, token prefix).
    QHash<QString, int> sendsInLogs()
    {
        static const QRegularExpression line(
                uR"re(push to \S+ (\S{8})\.\.\. of user .*"event_id":"([0-9a-f-]{36})")re"_s);
        QHash<QString, int> sends;
        for (const QString &path : std::as_const(m_logFiles)) {
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                qFatal("cannot read %s", qPrintable(path));
            for (const QByteArray &raw : file.readAll().split('\n')) {
                const auto m = line.match(QString::fromUtf8(raw));
                if (m.hasMatch())
                    ++sends[m.captured(2) + u'/' + m.captured(1)];
            }
        }
        return sends;
    }

    void checkExactlyOnce(int kills)
    {
        QCOMPARE(doneCount(), kEvents);
        QCOMPARE(count(u"SELECT COUNT(*) FROM outbox_events WHERE locked_by IS NOT NULL"_s), 0);

        // One notification per (event, user), each for the event's booker.
        QCOMPARE(count(u"SELECT COUNT(*) FROM notifications"_s), kEvents);
        QCOMPARE(count(u"SELECT COUNT(DISTINCT event_id) FROM notifications"_s), kEvents);

        // One push row per (event, device) (the primary key); delivered, except a push whose
        // runner was killed between recording and confirming it: it stays "sending" and is
        // never sent again (at most one per kill, one push in flight per runner).
        const int sending =
                count(u"SELECT COUNT(*) FROM push_deliveries WHERE outcome = 'sending'"_s);
        const int delivered =
                count(u"SELECT COUNT(*) FROM push_deliveries WHERE outcome = 'delivered'"_s);
        QVERIFY2(sending <= kills, qPrintable(u"%1 pushes left sending"_s.arg(sending)));
        QCOMPARE(delivered + sending, kEvents * kDevicesPerUser);

        // No device got any event twice: at most one log line per (event, token), exactly one
        // for each delivered row.
        const QHash<QString, int> sends = sendsInLogs();
        qInfo("%d runs, %d pushes delivered, %d left sending by a kill, %lld sends logged", m_runs,
              delivered, sending, qlonglong(sends.size()));
        for (auto it = sends.cbegin(); it != sends.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(u"sent %1 times: "_s.arg(it.value()) + it.key()));
        QVERIFY2(sends.size() >= delivered && sends.size() <= delivered + sending,
                 qPrintable(u"%1 sends logged, %2 delivered"_s.arg(sends.size()).arg(delivered)));
        for (const QSqlRecord &r : api().sql(u"SELECT event_id, token FROM push_deliveries "
                                             "WHERE outcome = 'delivered'"_s)) {
            const QString key = r.value(0).toString() + u'/' + r.value(1).toString().left(8);
            QVERIFY2(sends.value(key) == 1, qPrintable(u"delivered but never logged: "_s + key));
        }
        // Each push went to a device of the event's user.
        for (const QSqlRecord &r : api().sql(u"SELECT n.user_id, p.token FROM push_deliveries p "
                                             "JOIN notifications n ON n.event_id = p.event_id"_s))
            QCOMPARE(m_tokenUser.value(r.value(1).toString().left(8)), r.value(0).toString());
    }

private slots:
    void init()
    {
        m_api = std::make_unique<ApiHarness>(
                [](ServerConfig &config) { config.accessTtlMinutes = 60; });
        m_runs = 0;
        m_logFiles.clear();
        m_tokenUser.clear();
        seed();
    }

    void cleanup() { m_api.reset(); }

    void killedRunnerIsReplacedWithoutDuplicates()
    {
        auto first = startRunner();
        killWhenBusy(*first);
        auto second = startRunner();
        waitUntilNothingPending();
        // Its heartbeat is there while it runs, and gone after a graceful stop.
        QVERIFY(count(u"SELECT COUNT(*) FROM runner_heartbeats"_s) >= 1);
        stopGracefully(*second);
        checkExactlyOnce(1);
    }

    void twoRunnersAtOnceOneKilled()
    {
        auto a = startRunner();
        auto b = startRunner();
        killWhenBusy(*a);
        waitUntilNothingPending();
        stopGracefully(*b);
        checkExactlyOnce(1);
        // The work was shared: both runners sent pushes (or the killed one at least started).
        QVERIFY(count(u"SELECT COUNT(*) FROM push_deliveries"_s) > 0);
    }

    void helpListsItsOptions()
    {
        QProcess help;
        help.setProgram(QString::fromUtf8(COWORKING_RUNNER_PATH));
        help.setArguments({ u"--help"_s });
        help.start();
        QVERIFY(help.waitForFinished(30000));
        QCOMPARE(help.exitCode(), 0);
        const QString out = QString::fromUtf8(help.readAllStandardOutput());
        for (const char *option :
             { "--once", "--database", "--data-dir", "--log-format", "--push-gateway",
               "--runner-batch", "--runner-lease", "--runner-max-attempts", "--runner-backoff",
               "--runner-heartbeat", "--reminder-lead", "COWORKING_DATABASE" })
            QVERIFY2(out.contains(QString::fromLatin1(option)), option);

        QProcess bad;
        bad.setProgram(QString::fromUtf8(COWORKING_RUNNER_PATH));
        bad.setArguments(
                { u"--once"_s, u"--runner-batch"_s, u"0"_s, u"--data-dir"_s, m_logs.path() });
        bad.start();
        QVERIFY(bad.waitForFinished(30000));
        QCOMPARE(bad.exitCode(), 1);
        QVERIFY(bad.readAllStandardError().contains("--runner-batch"));
    }

    void runOnceProcessesWhatIsDueAndExits()
    {
        QProcess once;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"QT_LOGGING_RULES"_s);
        once.setProcessEnvironment(env);
        once.setProgram(QString::fromUtf8(COWORKING_RUNNER_PATH));
        once.setArguments({ u"--once"_s, u"--database"_s, databaseUrl(api().database().config()),
                            u"--data-dir"_s, m_logs.path(), u"--log-format"_s, u"text"_s });
        const QString log = m_logs.filePath(u"once.log"_s);
        m_logFiles.append(log);
        once.setStandardErrorFile(log);
        once.start();
        QVERIFY(once.waitForFinished(120000));
        QCOMPARE(once.exitCode(), 0);
        const QByteArray summary = once.readAllStandardOutput();
        QVERIFY2(summary.contains(QByteArray("events handled " + QByteArray::number(kEvents))),
                 summary.constData());
        checkExactlyOnce(0);
        QCOMPARE(count(u"SELECT COUNT(*) FROM runner_heartbeats"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestRunnerFaults)
#include "tst_runnerfaults.moc"
