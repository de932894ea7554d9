// The live bus's loop survives a constraint failure: while the database refuses its NOTIFY with a
// constraint error (a pg_notify of the test's own, found first on the database's search path,
// raising SQLSTATE 23505), the bus keeps the change queued and reconnects; once NOTIFY works again
// the change reaches the hub's listeners. Before database errors were std::exceptions, that
// failure escaped the bus's event loop and ended the process. PostgreSQL only (LISTEN/NOTIFY).
#include "database.h"
#include "events/outboxevent.h"
#include "liveconfig.h"
#include "livehub.h"
#include "metrics.h"
#include "pglivebus.h"
#include "spots/spot.h"

#include <QRandomGenerator>
#include <QTest>
#include <QUrl>

#include <atomic>

using namespace Qt::StringLiterals;
using namespace coworking;

namespace {

QString pgEnv(const char *name, const QString &fallback = {})
{
    const QString value = qEnvironmentVariable(name);
    return value.isEmpty() ? fallback : value;
}

DatabaseConfig postgres(const QString &database)
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setHost(pgEnv("PGHOST", u"localhost"_s));
    url.setPort(pgEnv("PGPORT", u"5432"_s).toInt());
    url.setUserName(pgEnv("PGUSER", u"postgres"_s));
    url.setPassword(pgEnv("PGPASSWORD"));
    url.setPath(u'/' + database);
    QString error;
    const auto config = DatabaseConfig::fromUrl(url.toString(QUrl::FullyEncoded), &error);
    if (!config)
        qFatal("%s", qPrintable(error));
    return *config;
}

class RecordingListener final : public LiveListener
{
public:
    void onEvents(const QList<LiveEvent> &events) override { received.append(events); }
    void resyncAll() override { }

    QList<LiveEvent> received;
};

} // namespace

class TestLiveHub : public QObject
{
    Q_OBJECT

private slots:
    void constraintFailureDoesNotEndTheBus();
};

void TestLiveHub::constraintFailureDoesNotEndTheBus()
{
    QVERIFY2(qEnvironmentVariableIsSet("PGHOST") || qEnvironmentVariableIsSet("PGDATABASE"),
             "this test needs PostgreSQL: run it inside pg_virtualenv");
    // A database of its own: its search_path is changed, which no other test may see.
    const QString name =
            u"cw_livehub_"_s + QString::number(QRandomGenerator::global()->generate64(), 36);
    Database admin(postgres(pgEnv("PGDATABASE", u"postgres"_s)), u"admin"_s);
    admin.executeRaw(u"CREATE DATABASE "_s + name);
    {
        Database setup(postgres(name), u"setup"_s);
        setup.executeRaw(u"CREATE SCHEMA refuse"_s);
        setup.executeRaw(u"CREATE FUNCTION refuse.pg_notify(text, text) RETURNS void "
                         "LANGUAGE plpgsql AS $$ BEGIN "
                         "RAISE EXCEPTION 'refused' USING ERRCODE = 'unique_violation'; "
                         "END $$"_s);
        setup.executeRaw(u"ALTER DATABASE "_s + name
                         + u" SET search_path = refuse, pg_catalog, public"_s);
    }
    {
        // The plant works: a new session's NOTIFY is a constraint failure.
        Database probe(postgres(name), u"probe"_s);
        QVERIFY_THROWS_EXCEPTION(
                ConstraintViolation,
                probe.select(u"SELECT pg_notify('coworking_live', ?)"_s, { u"{}"_s }));
    }

    std::atomic<int> openConnections{ 0 };
    Metrics metrics(u"test"_s, openConnections);
    LiveHub hub(metrics, 10);
    RecordingListener listener;
    hub.addChannel(&listener);
    LiveConfig config;
    config.heartbeatMs = 100;
    PgLiveBus bus(postgres(name), config, &hub, &metrics);
    bus.start();

    Spot spot;
    spot.id = u"spot-1"_s;
    spot.coworkingId = u"cw-1"_s;
    spot.name = u"A1"_s;
    bus.publish({ spotStatusEvent(spot, u"inactive"_s,
                                  { u"admin"_s, QDateTime::currentDateTimeUtc() }) });
    QTest::qWait(500); // flushes and heartbeats, each refused
    QVERIFY(listener.received.isEmpty());

    admin.executeRaw(u"ALTER DATABASE "_s + name + u" RESET search_path"_s);
    {
        Database repair(postgres(name), u"repair"_s);
        repair.executeRaw(u"DROP SCHEMA refuse CASCADE"_s);
    }
    // The same bus, still running, delivers the change it kept.
    QTRY_VERIFY_WITH_TIMEOUT(!listener.received.isEmpty(), 10000);
    QCOMPARE(listener.received.first().coworkingId, u"cw-1"_s);
    QCOMPARE(listener.received.first().type, spotStatusEvent(spot, {}, {}).type);

    bus.stop();
    hub.removeChannel(&listener);
}

QTEST_GUILESS_MAIN(TestLiveHub)
#include "tst_livehub.moc"
