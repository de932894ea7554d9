// /healthcheck and /metrics over real HTTP: the health body and its HEAD twin, and exact counter
// values after known traffic, labelled by route template, in a format promtool accepts.
#include "apiharness.h"
#include "app/serverconfig.h"
#include "events/eventpublisher.h"
#include "notifications/logpushgateway.h"
#include "runner/eventrunner.h"

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
        parts.append(it.key() + QStringLiteral("=") + it.value());
    return name + u'{' + parts.join(u',') + u'}';
}

struct Scrape
{
    QMap<QString, double> samples;   // sampleKey → value
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
    static const QRegularExpression line(
        QStringLiteral("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)\\})? (\\S+)$"));
    static const QRegularExpression label(
        QStringLiteral("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\""));
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
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("route"), QString::fromLatin1(route)},
            {QStringLiteral("status"), QString::number(status)}};
}

Labels series(const char *method, const char *route)
{
    return {{QStringLiteral("method"), QString::fromLatin1(method)},
            {QStringLiteral("route"), QString::fromLatin1(route)}};
}

QJsonObject booking(const QString &spotId, int day, const char *from, const char *until)
{
    const auto at = [day](const char *time) {
        return QStringLiteral("2030-01-%1T%2:00+03:00")
            .arg(day, 2, 10, QLatin1Char('0'))
            .arg(QLatin1String(time));
    };
    return {{QStringLiteral("spot_id"), spotId},
            {QStringLiteral("time_from"), at(from)},
            {QStringLiteral("time_until"), at(until)}};
}

} // namespace

class TestObservability : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        // The build_info label reads the application version, as the real main() sets it.
        QCoreApplication::setApplicationVersion(QStringLiteral("9.8.7-test"));
    }

    void healthcheck()
    {
        ApiHarness api;
        const Reply r = api.get(QStringLiteral("/healthcheck"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.headers.value("content-type"), QByteArray("application/json"));
        QCOMPARE(r.obj(), (QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                       {QStringLiteral("database"), QStringLiteral("ok")},
                                       {QStringLiteral("runner"), QStringLiteral("absent")}}));
        QVERIFY(r.headers.contains("x-request-id"));

        // A token is not needed, and a bad one is ignored on a public route.
        QCOMPARE(api.get(QStringLiteral("/healthcheck"), QStringLiteral("not-a-token")).status,
                 200);

        // HEAD: same status and headers, Content-Length of the GET body, no body bytes.
        const Reply head = api.raw("HEAD", QStringLiteral("/healthcheck"), {}, {});
        QCOMPARE(head.status, 200);
        QVERIFY(head.body.isEmpty());
        QCOMPARE(head.headers.value("content-length"), QByteArray::number(r.body.size()));
        QCOMPARE(head.headers.value("content-type"), QByteArray("application/json"));

        // Other methods: 405 with Allow naming both.
        const Reply post = api.post(QStringLiteral("/healthcheck"), QJsonObject{});
        QCOMPARE(post.status, 405);
        QVERIFY(post.headers.value("allow").contains("GET"));
        QVERIFY(post.headers.value("allow").contains("HEAD"));
    }

    // "runner" follows the newest heartbeat: ok within three intervals (5 s by default), stale
    // after, absent once every runner stopped gracefully.
    void healthReportsRunnerHeartbeats()
    {
        ApiHarness api;
        NullEventPublisher noLiveViews;
        LogPushGateway push;
        const auto runnerState = [&] {
            return api.get(QStringLiteral("/healthcheck"))
                    .obj()
                    .value(QStringLiteral("runner"))
                    .toString();
        };
        QCOMPARE(runnerState(), QStringLiteral("absent"));
        {
            EventRunner runner(api.database(), push, noLiveViews, api.clock(), RunnerConfig{});
            runner.beat();
            QCOMPARE(runnerState(), QStringLiteral("ok"));
            api.clock().advanceSecs(14);
            QCOMPARE(runnerState(), QStringLiteral("ok"));
            api.clock().advanceSecs(1);
            QCOMPARE(runnerState(), QStringLiteral("stale")); // it died, or it hangs
            runner.beat();
            QCOMPARE(runnerState(), QStringLiteral("ok"));
            runner.retire();
        }
        QCOMPARE(runnerState(), QStringLiteral("absent"));
    }

    void metricsAfterKnownTraffic()
    {
        // A server of its own: the registry starts at zero, so every count below is exact.
        ApiHarness api([](ServerConfig &config) { config.accessTtlMinutes = 24 * 60; });
        api.createUser(QStringLiteral("owner@example.com"), true);      // POST /users 201
        api.createUser(QStringLiteral("alice@example.com"));            // POST /users 201
        api.createUser(QStringLiteral("bob@example.com"));              // POST /users 201
        const QString owner = api.token(QStringLiteral("owner@example.com")); // login 200
        const QString alice = api.token(QStringLiteral("alice@example.com"));
        const QString bob = api.token(QStringLiteral("bob@example.com"));

        Reply r = api.post(QStringLiteral("/coworkings"),
                           QJsonObject{{QStringLiteral("name"), QStringLiteral("Hub")},
                                       {QStringLiteral("description"), QStringLiteral("d")},
                                       {QStringLiteral("address"), QStringLiteral("Street 1")},
                                       {QStringLiteral("opens_at"), QStringLiteral("08:00")},
                                       {QStringLiteral("closes_at"), QStringLiteral("20:00")},
                                       {QStringLiteral("timezone"),
                                        QStringLiteral("Europe/Moscow")}},
                           owner);
        QCOMPARE(r.status, 201);
        const QString coworking = r.obj().value(QStringLiteral("id")).toString();
        r = api.post(QStringLiteral("/coworkings/%1/spots").arg(coworking),
                     QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("A")},
                                            {QStringLiteral("description"), QStringLiteral("a")},
                                            {QStringLiteral("position"), 1}},
                                QJsonObject{{QStringLiteral("name"), QStringLiteral("B")},
                                            {QStringLiteral("description"), QStringLiteral("b")},
                                            {QStringLiteral("position"), 2}}},
                     owner);
        QCOMPARE(r.status, 201);
        const QString spotA = r.arr().at(0).toObject().value(QStringLiteral("id")).toString();
        const QString spotB = r.arr().at(1).toObject().value(QStringLiteral("id")).toString();

        // Created.
        r = api.post(QStringLiteral("/bookings"), booking(spotA, 8, "10:00", "11:00"), alice);
        QCOMPARE(r.status, 201);
        const QString first = r.obj().value(QStringLiteral("id")).toString();
        // A conflict: the same spot and time for someone else.
        r = api.post(QStringLiteral("/bookings"), booking(spotA, 8, "10:30", "11:30"), bob);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("BOOKING_CONFLICT"));
        // A 409 that is not a booking conflict: alice overlapping herself on another spot.
        r = api.post(QStringLiteral("/bookings"), booking(spotB, 8, "10:00", "11:00"), alice);
        QCOMPARE(r.status, 409);
        QCOMPARE(r.errorCode(), QStringLiteral("USER_LIMIT"));
        // Cancelled.
        QCOMPARE(api.del(QStringLiteral("/bookings/") + first, alice).status, 204);
        // Idempotent create and its replay: one booking created, two 201 answers.
        const Headers key{{"Idempotency-Key", "obs-test-key-1"}};
        r = api.post(QStringLiteral("/bookings"), booking(spotB, 9, "12:00", "13:00"), bob, key);
        QCOMPARE(r.status, 201);
        r = api.post(QStringLiteral("/bookings"), booking(spotB, 9, "12:00", "13:00"), bob, key);
        QCOMPARE(r.status, 201);
        QCOMPARE(r.headers.value("idempotent-replayed"), QByteArray("true"));
        // 404s: an unknown path, and an unknown booking under a known route.
        const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QCOMPARE(api.get(QStringLiteral("/no/such/path")).status, 404);
        QCOMPARE(api.get(QStringLiteral("/bookings/") + missing, alice).status, 404);

        const Reply m = api.get(QStringLiteral("/metrics"));
        QCOMPARE(m.status, 200);
        QCOMPARE(m.headers.value("content-type"),
                 QByteArray("text/plain; version=0.0.4; charset=utf-8"));
        const Scrape s = parseScrape(m.body);

        const QString total = QStringLiteral("coworking_http_requests_total");
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
        QVERIFY(!s.text.contains(QStringLiteral("/no/such/path")));
        QVERIFY(!s.text.contains(first));
        QVERIFY(!s.text.contains(missing));
        QVERIFY(!s.text.contains(coworking));
        // The scrape itself is recorded after its body was written.
        QVERIFY(!s.has(total, req("GET", "/metrics", 200)));

        QCOMPARE(s.value(QStringLiteral("coworking_bookings_created_total")), 2.0);
        QCOMPARE(s.value(QStringLiteral("coworking_bookings_cancelled_total")), 1.0);
        QCOMPARE(s.value(QStringLiteral("coworking_bookings_conflicts_total")), 1.0);
        QCOMPARE(s.value(QStringLiteral("coworking_db_errors_total")), 0.0);
        QCOMPARE(s.value(QStringLiteral("coworking_db_reconnects_total")), 0.0);
        QCOMPARE(s.value(QStringLiteral("coworking_build_info"),
                         {{QStringLiteral("version"), QStringLiteral("9.8.7-test")}}),
                 1.0);
        QVERIFY(s.value(QStringLiteral("coworking_http_open_connections")) >= 1.0);
        QVERIFY(s.value(QStringLiteral("process_resident_memory_bytes")) > 1024.0 * 1024.0);

        // The histogram of POST /bookings: five answers, cumulative buckets up to +Inf.
        const QString bucket = QStringLiteral("coworking_http_request_duration_seconds_bucket");
        double previous = 0;
        for (const char *le : {"0.001", "0.0025", "0.005", "0.01", "0.025", "0.05", "0.1", "0.25",
                               "0.5", "1", "2.5", "5", "+Inf"}) {
            Labels labels = series("POST", "/bookings");
            labels.insert(QStringLiteral("le"), QString::fromLatin1(le));
            const double count = s.value(bucket, labels);
            QVERIFY2(count >= previous, le);
            previous = count;
        }
        QCOMPARE(previous, 5.0);
        QCOMPARE(s.value(QStringLiteral("coworking_http_request_duration_seconds_count"),
                         series("POST", "/bookings")),
                 5.0);
        const double sum = s.value(QStringLiteral("coworking_http_request_duration_seconds_sum"),
                                   series("POST", "/bookings"));
        QVERIFY(sum > 0 && sum < 60);

        // The next scrape sees the previous one.
        const Scrape again = parseScrape(api.get(QStringLiteral("/metrics")).body);
        QCOMPARE(again.value(total, req("GET", "/metrics", 200)), 1.0);

        // promtool (package prometheus) is the reference parser and linter; it must be there.
        QProcess promtool;
        promtool.start(QStringLiteral("promtool"),
                       {QStringLiteral("check"), QStringLiteral("metrics")});
        QVERIFY2(promtool.waitForStarted(10000),
                 "promtool is missing: install the Debian package prometheus "
                 "(scripts/install-deps.sh)");
        promtool.write(m.body);
        promtool.closeWriteChannel();
        QVERIFY(promtool.waitForFinished(30000));
        const QByteArray output = promtool.readAllStandardOutput()
                                  + promtool.readAllStandardError();
        QCOMPARE(promtool.exitStatus(), QProcess::NormalExit);
        QVERIFY2(promtool.exitCode() == 0, output.constData());
    }
};

QTEST_GUILESS_MAIN(TestObservability)
#include "tst_observability.moc"
