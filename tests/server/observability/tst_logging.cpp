// The log line formats: JSON lines a collector can parse (exact keys and types), and the text
// one-liner, tested through the pure formatter rather than by capturing stderr.
#include "logging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

qint64 at(int hour, int minute, int second, int msec)
{
    return QDateTime(QDate(2030, 1, 7), QTime(hour, minute, second, msec), QTimeZone::utc())
            .toMSecsSinceEpoch();
}

QJsonObject parseLine(const QByteArray &line)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(line, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        qWarning("not a JSON object: %s (%s)", line.constData(), qPrintable(error.errorString()));
    return doc.object();
}

QStringList sortedKeys(const QJsonObject &object)
{
    QStringList keys = object.keys();
    keys.sort();
    return keys;
}

} // namespace

class TestLogging final : public QObject
{
    Q_OBJECT

private slots:
    void jsonAccessLine()
    {
        const AccessFields fields{ u"0abc123def456"_s, u"POST"_s, u"/bookings/{id}"_s, 201, 1.23456,
                                   u"203.0.113.7"_s };
        LogRecord record;
        record.timeMsecs = at(6, 5, 9, 7);
        record.level = QtInfoMsg;
        record.category = "coworking.http";
        record.access = &fields;
        const QByteArray line = formatLogLine(LogFormat::Json, record);

        QVERIFY(!line.contains('\n'));
        const QJsonObject o = parseLine(line);
        QCOMPARE(sortedKeys(o),
                 (QStringList{ u"category"_s, u"client"_s, u"duration_ms"_s, u"level"_s,
                               u"message"_s, u"method"_s, u"request_id"_s, u"route"_s, u"status"_s,
                               u"time"_s }));
        QCOMPARE(o[u"time"_s].toString(), u"2030-01-07T06:05:09.007Z"_s);
        QCOMPARE(o[u"level"_s].toString(), u"info"_s);
        QCOMPARE(o[u"category"_s].toString(), u"coworking.http"_s);
        QCOMPARE(o[u"message"_s].toString(), u"POST /bookings/{id} 201"_s);
        QCOMPARE(o[u"request_id"_s].toString(), u"0abc123def456"_s);
        QCOMPARE(o[u"method"_s].toString(), u"POST"_s);
        QCOMPARE(o[u"route"_s].toString(), u"/bookings/{id}"_s);
        QCOMPARE(o[u"client"_s].toString(), u"203.0.113.7"_s);
        QVERIFY(o[u"status"_s].isDouble());
        QCOMPARE(o[u"status"_s].toInt(), 201);
        QVERIFY(o[u"duration_ms"_s].isDouble());
        QCOMPARE(o[u"duration_ms"_s].toDouble(), 1.235); // millisecond precision to the µs
        // The time is what collectors parse: RFC 3339 UTC with milliseconds.
        QVERIFY(QDateTime::fromString(o[u"time"_s].toString(), Qt::ISODateWithMs).isValid());
    }

    void jsonPlainLine()
    {
        LogRecord record;
        record.timeMsecs = at(23, 59, 59, 999);
        record.level = QtWarningMsg;
        record.category = "coworking.db";
        record.message = u"connection lost: \"server closed\"\n\tat C:\\path \x01 — ünïcödé"_s;
        const QByteArray line = formatLogLine(LogFormat::Json, record);

        QVERIFY(!line.contains('\n'));
        const QJsonObject o = parseLine(line);
        QCOMPARE(sortedKeys(o),
                 (QStringList{ u"category"_s, u"level"_s, u"message"_s, u"time"_s }));
        QCOMPARE(o[u"time"_s].toString(), u"2030-01-07T23:59:59.999Z"_s);
        QCOMPARE(o[u"level"_s].toString(), u"warning"_s);
        QCOMPARE(o[u"category"_s].toString(), u"coworking.db"_s);
        QCOMPARE(o[u"message"_s].toString(), record.message); // every character survives
    }

    void levels_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QString>("name");
        QTest::newRow("debug") << int(QtDebugMsg) << u"debug"_s;
        QTest::newRow("info") << int(QtInfoMsg) << u"info"_s;
        QTest::newRow("warning") << int(QtWarningMsg) << u"warning"_s;
        QTest::newRow("critical") << int(QtCriticalMsg) << u"error"_s;
        QTest::newRow("fatal") << int(QtFatalMsg) << u"fatal"_s;
    }
    void levels()
    {
        QFETCH(int, type);
        QFETCH(QString, name);
        LogRecord record;
        record.level = QtMsgType(type);
        record.category = "default";
        record.message = u"x"_s;
        QCOMPARE(parseLine(formatLogLine(LogFormat::Json, record))[u"level"_s].toString(), name);
    }

    void textLine()
    {
        const AccessFields fields{ u"req-1"_s, u"GET"_s, u"unmatched"_s, 404, 0.5, u"::1"_s };
        LogRecord record;
        record.timeMsecs = at(6, 0, 0, 0);
        record.category = "coworking.http";
        record.access = &fields;
        QCOMPARE(formatLogLine(LogFormat::Text, record),
                 QByteArray("2030-01-07T06:00:00.000Z info    coworking.http: GET unmatched 404 "
                            "0.500 ms request_id=req-1 client=::1"));

        LogRecord plain;
        plain.timeMsecs = at(6, 0, 0, 0);
        plain.level = QtCriticalMsg;
        plain.category = "coworking.db";
        plain.message = u"query failed"_s;
        QCOMPARE(formatLogLine(LogFormat::Text, plain),
                 QByteArray("2030-01-07T06:00:00.000Z error   coworking.db: query failed"));
    }

    void parsesTheOption()
    {
        QCOMPARE(parseLogFormat(u"json"_s), LogFormat::Json);
        QCOMPARE(parseLogFormat(u" TEXT "_s), LogFormat::Text);
        QVERIFY(!parseLogFormat(u"yaml"_s));
        QVERIFY(!parseLogFormat(QString()));
    }
};

QTEST_GUILESS_MAIN(TestLogging)
#include "tst_logging.moc"
