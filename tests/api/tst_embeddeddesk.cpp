// The real `coworking-desk --embedded --seed-demo-if-empty`, as a one-PC site runs it: its port
// answers the REST API (health, sign-in, a booking), and SIGTERM ends it cleanly (exit code 0)
// with the database checkpointed, its write-ahead log folded in.
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace {

struct Answer
{
    int status = 0;
    QJsonDocument body;
};

Answer call(const QByteArray &method, const QUrl &url, const QString &token = {},
            const QJsonObject &body = {})
{
    QNetworkAccessManager nam;
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    QNetworkReply *reply = nam.sendCustomRequest(
            request, method, body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!finished.wait(30000))
        return {};
    reply->deleteLater();
    return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
             QJsonDocument::fromJson(reply->readAll()) };
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestEmbeddedDesk : public QObject
{
    Q_OBJECT

private slots:
    void servesTheApiAndQuitsCleanOnSigterm()
    {
        QTemporaryDir data;
        const quint16 port = freePort();
        QProcess desk;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        desk.setProcessEnvironment(env);
        desk.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        desk.start(QString::fromUtf8(COWORKING_DESK_PATH),
                   { u"--embedded"_s, u"--seed-demo-if-empty"_s, u"--data-dir"_s, data.path(),
                     u"--listen"_s, u"127.0.0.1:%1"_s.arg(port), u"--lang"_s, u"en"_s });
        QVERIFY(desk.waitForStarted());
        const QUrl base(u"http://127.0.0.1:%1"_s.arg(port));

        // It listens before any window opens; seeding the demo site comes first.
        QTRY_VERIFY_WITH_TIMEOUT(call("GET", base.resolved(QUrl(u"/healthcheck"_s))).status == 200,
                                 60000);
        const Answer health = call("GET", base.resolved(QUrl(u"/healthcheck"_s)));
        QCOMPARE(health.body.object().value(u"database"_s).toString(), u"ok"_s);

        const Answer login = call("POST", base.resolved(QUrl(u"/auth/login"_s)), {},
                                  { { u"email"_s, u"admin@demo.coworking"_s },
                                    { u"password"_s, u"demo-admin-1"_s } });
        QCOMPARE(login.status, 200);
        const QString token = login.body.object().value(u"access_token"_s).toString();

        // A desk of Spreeblick (open round the clock) tomorrow night, when the demo's own
        // bookings leave it free.
        const Answer coworkings = call("GET", base.resolved(QUrl(u"/coworkings?count=100"_s)));
        QString berlin;
        for (const QJsonValue &c : coworkings.body.array()) {
            if (c.toObject().value(u"timezone"_s).toString() == u"Europe/Berlin")
                berlin = c.toObject().value(u"id"_s).toString();
        }
        QVERIFY(!berlin.isEmpty());
        const QDateTime from(QDate::currentDate().addDays(1), QTime(2, 0), QTimeZone::utc());
        const QString window = u"time_from=%1&time_until=%2"_s.arg(
                from.toString(Qt::ISODate), from.addSecs(3600).toString(Qt::ISODate));
        const Answer spots =
                call("GET", base.resolved(QUrl(u"/coworkings/%1/spots?%2"_s.arg(berlin, window))));
        QString spot;
        for (const QJsonValue &s : spots.body.array()) {
            if (spot.isEmpty() && s.toObject().value(u"is_available"_s).toBool())
                spot = s.toObject().value(u"id"_s).toString();
        }
        QVERIFY2(!spot.isEmpty(), spots.body.toJson().constData());
        const Answer booked =
                call("POST", base.resolved(QUrl(u"/bookings"_s)), token,
                     { { u"spot_id"_s, spot },
                       { u"time_from"_s, from.toString(Qt::ISODate) },
                       { u"time_until"_s, from.addSecs(3600).toString(Qt::ISODate) } });
        QVERIFY2(booked.status == 201, booked.body.toJson().constData());
        QCOMPARE(booked.body.object().value(u"code"_s).toString().size(), 8);

        desk.terminate(); // SIGTERM
        QVERIFY(desk.waitForFinished(30000));
        QCOMPARE(desk.exitStatus(), QProcess::NormalExit);
        QCOMPARE(desk.exitCode(), 0);
        QVERIFY(QFileInfo(data.filePath(u"coworking.sqlite3"_s)).size() > 0);
        const QFileInfo wal(data.filePath(u"coworking.sqlite3-wal"_s));
        QVERIFY2(!wal.exists() || wal.size() == 0, qPrintable(QString::number(wal.size())));
    }
};

QTEST_GUILESS_MAIN(TestEmbeddedDesk)
#include "tst_embeddeddesk.moc"
