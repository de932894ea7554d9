// /healthcheck and /metrics over real HTTP: the health body and its HEAD twin, and exact counter
// values after known traffic, labelled by route template, in a format promtool accepts.
#include "apiharness.h"
#include "serverconfig.h"
#include "events/eventpublisher.h"
#include "logpushgateway.h"
#include "eventrunner.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace coworking;
using namespace coworking::test;

namespace {

using Labels = QMap<QString, QString>;

// One sample of the exposition format, keyed by name and its labels in sorted order, so the
// assertions do not depend on the order the server writes labels in.
QString sampleKey(const QString &name, const Labels &labels)
{
    QStringList parts;
    for (auto it = labels.cbegin(); it != labels.cend(); ++it)
        parts.append(it.key() + u"="_s + it.value());
    return name + u'{' + parts.join(u',') + u'}';
}

struct Scrape
{
    QMap<QString, double> samples; // sampleKey → value
    QList<QStringList> orderedLines; // [name, labels...] in file order, for the histogram check
    QString text;

    bool has(const QString &name, const Labels &labels = {}) const
    {
        return samples.contains(sampleKey(name, labels));
    }
    double value(const QString &name, const Labels &labels = {}) const
    {
        const QString key = sampleKey(name, labels);
        if (!samples.contains(key))
            qWarning("no sample %s", qPrintable(key));
        return samples.value(key, -1);
    }
};

Scrape parseScrape(const QByteArray &body)
{
    static const QRegularExpression line(u"^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$"_s);
    static const QRegularExpression label(u"([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\""_s);
    Scrape scrape;
    scrape.text = QString::fromUtf8(body);
    for (const QString &l : scrape.text.split(u'\n', Qt::SkipEmptyParts)) {
        if (l.startsWith(u'#'))
            continue;
        const auto m = line.match(l);
        if (!m.hasMatch()) {
            qWarning("unparseable metrics line: %s", qPrintable(l));
            continue;
        }
        Labels labels;
        auto it = label.globalMatch(m.captured(2));
        while (it.hasNext()) {
            const auto lm = it.next();
            labels.insert(lm.captured(1), lm.captured(2));
        }
        const QString value = m.captured(3);
        scrape.samples.insert(sampleKey(m.captured(1), labels),
                              value == u"+Inf" ? qInf() : value.toDouble());
    }
    return scrape;
}

Labels req(const char *method, const char *route, int status)
{
    return { { u"method"_s, QString::fromLatin1(method) },
             { u"route"_s, QString::fromLatin1(route) },
             { u"status"_s, QString::number(status) } };
}

Labels series(const char *method, const char *route)
{
    return { { u"method"_s, QString::fromLatin1(method) },
             { u"route"_s, QString::fromLatin1(route) } };
}

QJsonObject booking(const QString &spotId, int day, const char *from, const char *until)
{
    const auto at = [day](const char *time) {
        return u"2030-01-%1T%2:00+03:00"_s.arg(day, 2, 10, QLatin1Char('0'))
                .arg(QLatin1String(time));
    };
    return { { u"spot_id"_s, spotId },
             { u"time_from"_s, at(from) },
             { u"time_until"_s, at(until) } };
}

// These checks see "runner": "absent" until a runner of the test's own beats; the embedded
// backend (as the desk) would otherwise run one inside the server.
void withoutRunner(ServerConfig &config)
{
    config.runner.mode = RunnerMode::Off;
}

} // namespace

class TestObservability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The build_info label reads the application version, as the real main() sets it.
        QCoreApplication::setApplicationVersion(u"9.8.7-test"_s);
    }

    void healthcheck()
    {
        ApiHarness api(withoutRunner);
        const Reply r = api.get(u"/healthcheck"_s);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.obj(),
                 (QJsonObject{ { u"status"_s, u"ok"_s },
                               { u"database"_s, u"ok"_s },
                               { u"runner"_s, u"absent"_s } }));
        QVERIFY(r.headers.contains("x-request-id"));

        // A token is not needed, and a bad one is ignored on a public route.
        QCOMPARE(api.get(u"/healthcheck"_s, u"not-a-token"_s).status, 200);

        // HEAD: same status and headers, Content-Length of the GET body, no body bytes.
        const Reply head = api.raw("HEAD", u"/healthcheck"_s, {}, {});
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.headers.value("content-length"), QByteArray::number(r.body.size()));
        QCOMPARE(head.headers.value("content-type"), QByteArray("application/json"));

        // Other methods: 405 with Allow naming both.
        const Reply post = api.post(u"/healthcheck"_s, QJsonObject{});
        QCOMPARE(post.status, 405);
        QVERIFY(post.headers.value("allow").contains("GET"));
        QVERIFY(post.headers.value("allow").contains("HEAD"));
    }

    // "runner" follows the newest heartbeat: ok within three intervals (5 s by default), stale
    // after, absent once every runner stopped gracefully.
    void healthReportsRunnerHeartbeats()
    {
        ApiHarness api(withoutRunner);
        NullEventPublisher noLiveViews;
        LogPushGateway push;
        const auto runnerState = [&] {
            return api.get(u"/healthcheck"_s).obj().value(u"runner"_s).toString();
        };
        QCOMPARE(runnerState(), u"absent"_s);
        {
            EventRunner runner(api.database(), push, noLiveViews, api.clock(), RunnerConfig{});
            runner.beat();
            QCOMPARE(runnerState(), u"ok"_s);
            api.clock().advanceSecs(14);
            QCOMPARE(runnerState(), u"ok"_s);
            api.clock().advanceSecs(1);
            QCOMPARE(runnerState(), u"stale"_s); // it died, or it hangs
            runner.beat();
            QCOMPARE(runnerState(), u"ok"_s);
            runner.retire();
        }
        QCOMPARE(runnerState(), u"absent"_s);
    }

    // The runner has no port: the server reports its heartbeats and the outbox from the database,
    // which is what the alerts (packaging/prometheus/alerts.yml) watch.
    void metricsReportRunnersAndOutbox()
    {
        ApiHarness api(withoutRunner);
        const auto scrape = [&] { return parseScrape(api.get(u"/metrics"_s).body); };
        Scrape s = scrape();
        QCOMPARE(s.value(u"coworking_database_up"_s), 1.0);
        QCOMPARE(s.value(u"coworking_runners_alive"_s), 0.0);
        QVERIFY(!s.has(u"coworking_runner_last_heartbeat_age_seconds"_s)); // none ever beat
        QCOMPARE(s.value(u"coworking_outbox_pending_events"_s), 0.0);
        QCOMPARE(s.value(u"coworking_outbox_dead_events"_s), 0.0);
        QCOMPARE(s.value(u"coworking_outbox_lag_seconds"_s), 0.0);

        NullEventPublisher noLiveViews;
        LogPushGateway push;
        EventRunner runner(api.database(), push, noLiveViews, api.clock(), RunnerConfig{});
        runner.beat();
        s = scrape();
        QCOMPARE(s.value(u"coworking_runners_alive"_s), 1.0);
        QCOMPARE(s.value(u"coworking_runner_last_heartbeat_age_seconds"_s), 0.0);
        api.clock().advanceSecs(15); // three missed beats: stale
        s = scrape();
        QCOMPARE(s.value(u"coworking_runners_alive"_s), 0.0);
        QCOMPARE(s.value(u"coworking_runner_last_heartbeat_age_seconds"_s), 15.0);

        // One event due two minutes ago, one due in the future, one the runner gave up on.
        const auto at = [&](qint64 secs) {
            return api.clock().now().addSecs(secs).toString(u"yyyy-MM-ddTHH:mm:ssZ"_s);
        };
        const QString insert = u"INSERT INTO outbox_events (id, type, payload, created_at, state, "
                               "next_attempt_at) VALUES (?, 'test.event', '{}', ?, ?, ?)"_s;
        for (const auto &[state, due] : { std::pair{ "pending", -120 }, std::pair{ "pending", 600 },
                                          std::pair{ "dead", -3600 } }) {
            api.sql(insert,
                    { QUuid::createUuid().toString(QUuid::WithoutBraces), at(-3600),
                      QString::fromLatin1(state), at(due) });
        }
        s = scrape();
        QCOMPARE(s.value(u"coworking_outbox_pending_events"_s), 2.0);
        QCOMPARE(s.value(u"coworking_outbox_dead_events"_s), 1.0);
        QCOMPARE(s.value(u"coworking_outbox_lag_seconds"_s), 120.0);
        runner.retire();
    }

    void metricsAfterKnownTraffic()
    {
        // A server of its own: the registry starts at zero, so every count below is exact.
        ApiHarness api([](ServerConfig &config) { config.accessTtlMinutes = 24 * 60; });
        api.createUser(u"owner@example.com"_s, true); // POST /users 201
        api.createUser(u"alice@example.com"_s); // POST /users 201
        api.createUser(u"bob@example.com"_s); // POST /users 201
        const QString owner = api.token(u"owner@example.com"_s); // login 200
        const QString alice = api.token(u"alice@example.com"_s);
        const QString bob = api.token(u"bob@example.com"_s);

        Reply r = api.post(u"/coworkings"_s,
                           QJsonObject{ { u"name"_s, u"Hub"_s },
                                        { u"description"_s, u"d"_s },
                                        { u"address"_s, u"Street 1"_s },
                                        { u"opens_at"_s, u"08:00"_s },
                                        { u"closes_at"_s, u"20:00"_s },
                                        { u"timezone"_s, u"Europe/Moscow"_s } },
                           owner);
        QCOMPARE(r.status, 201);
        const QString coworking = r.obj().value(u"id"_s).toString();
        r = api.post(u"/coworkings/%1/spots"_s.arg(coworking),
                     QJsonArray{ QJsonObject{ { u"name"_s, u"A"_s },
                                              { u"description"_s, u"a"_s },
                                              { u"position"_s, 1 } },
                                 QJsonObject{ { u"name"_s, u"B"_s },
                                              { u"description"_s, u"b"_s },
                                              { u"position"_s, 2 } } },
                     owner);
        QCOMPARE(r.status, 201);
        const QString spotA = r.arr().at(0).toObject().value(u"id"_s).toString();
        const QString spotB = r.arr().at(1).toObject().value(u"id"_s).toString();

        // Created.
        r = api.post(u"/bookings"_s, booking(spotA, 8, "10:00", "11:00"), alice);
        QCOMPARE(r.status, 201);
        const QString first = r.obj().value(u"id"_s).toString();
        // A conflict: the same spot and time for someone else.
        r = api.post(u"/bookings"_s, booking(spotA, 8, "10:30", "11:30"), bob);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"BOOKING_CONFLICT"_s);
        // A 409 that is not a booking conflict: alice overlapping herself on another spot.
        r = api.post(u"/bookings"_s, booking(spotB, 8, "10:00", "11:00"), alice);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), u"USER_LIMIT"_s);
        // Cancelled.
        QCOMPARE(api.del(u"/bookings/"_s + first, alice).status, 204);
        // Idempotent create and its replay: one booking created, two 201 answers.
        const Headers key{ { "Idempotency-Key", "obs-test-key-1" } };
        r = api.post(u"/bookings"_s, booking(spotB, 9, "12:00", "13:00"), bob, key);
        QCOMPARE(r.status, 201);
        r = api.post(u"/bookings"_s, booking(spotB, 9, "12:00", "13:00"), bob, key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));
        // 404s: an unknown path, and an unknown booking under a known route.
        const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(api.get(u"/no/such/path"_s).status, 404);
        QCOMPARE(api.get(u"/bookings/"_s + missing, alice).status, 404);

        const Reply m = api.get(u"/metrics"_s);
        QCOMPARE(m.status, 200);
        QCOMPARE(m.headers.value("content-type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const Scrape s = parseScrape(m.body);

        const QString total = u"coworking_http_requests_total"_s;
        QCOMPARE(s.value(total, req("POST", "/users", 201)), 3.0);
        QCOMPARE(s.value(total, req("POST", "/auth/login", 200)), 3.0);
        QCOMPARE(s.value(total, req("POST", "/coworkings", 201)), 1.0);
        QCOMPARE(s.value(total, req("POST", "/coworkings/{id}/spots", 201)), 1.0);
        QCOMPARE(s.value(total, req("POST", "/bookings", 201)), 3.0);
        QCOMPARE(s.value(total, req("POST", "/bookings", 409)), 2.0);
        QCOMPARE(s.value(total, req("DELETE", "/bookings/{id}", 204)), 1.0);
        QCOMPARE(s.value(total, req("GET", "/bookings/{id}", 404)), 1.0);
        QCOMPARE(s.value(total, req("GET", "unmatched", 404)), 1.0);
        // Raw paths and ids never become label values.
        QVERIFY(!s.text.contains(u"/no/such/path"_s));
        QVERIFY(!s.text.contains(first));
        QVERIFY(!s.text.contains(missing));
        QVERIFY(!s.text.contains(coworking));
        // The scrape itself is recorded after its body was written.
        QVERIFY(!s.has(total, req("GET", "/metrics", 200)));

        QCOMPARE(s.value(u"coworking_bookings_created_total"_s), 2.0);
        QCOMPARE(s.value(u"coworking_bookings_cancelled_total"_s), 1.0);
        QCOMPARE(s.value(u"coworking_bookings_conflicts_total"_s), 1.0);
        QCOMPARE(s.value(u"coworking_db_errors_total"_s), 0.0);
        QCOMPARE(s.value(u"coworking_db_reconnects_total"_s), 0.0);
        QCOMPARE(s.value(u"coworking_build_info"_s, { { u"version"_s, u"9.8.7-test"_s } }), 1.0);
        QVERIFY(s.value(u"coworking_http_open_connections"_s) >= 1.0);
        QVERIFY(s.value(u"process_resident_memory_bytes"_s) > 1024.0 * 1024.0);

        // The histogram of POST /bookings: five answers, cumulative buckets up to +Inf.
        const QString bucket = u"coworking_http_request_duration_seconds_bucket"_s;
        double previous = 0;
        for (const char *le : { "0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                                "0.5", "1", "2.5", "5", "+Inf" }) {
            Labels labels = series("POST", "/bookings");
            labels.insert(u"le"_s, QString::fromLatin1(le));
            const double count = s.value(bucket, labels);
            QVERIFY2(count >= previous, le);
            previous = count;
        }
        QCOMPARE(previous, 5.0);
        QCOMPARE(s.value(u"coworking_http_request_duration_seconds_count"_s,
                         series("POST", "/bookings")),
                 5.0);
        const double sum = s.value(u"coworking_http_request_duration_seconds_sum"_s,
                                   series("POST", "/bookings"));
        QVERIFY(sum > 0 && sum < 60);

        // The next scrape sees the previous one.
        const Scrape again = parseScrape(api.get(u"/metrics"_s).body);
        QCOMPARE(again.value(total, req("GET", "/metrics", 200)), 1.0);

        // promtool (package prometheus) is the reference parser and linter; it must be there.
        QProcess promtool;
        promtool.start(u"promtool"_s, { u"check"_s, u"metrics"_s });
        QVERIFY2(promtool.waitForStarted(10000),
                 "promtool is missing: install the Debian package prometheus "
                 "(scripts/install-deps.sh)");
        promtool.write(m.body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        const QByteArray output =
                promtool.readAllStandardOutput() + promtool.readAllStandardError();
        QCOMPARE(promtool.exitStatus(), QProcess::NormalExit);
        QVERIFY2(promtool.exitCode() == 0, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "tst_observability.moc"

using namespace Qt::StringLiterals;
