// The limits the connection guard adds to Qt 6.4's HTTP server (QT64-NOTES.md), checked over real
// sockets: oversized heads and bodies, Expect: 100-continue, chunked bodies, idle and slow
// connections, keep-alive and pipelining, the connection cap, Connection: close, X-Request-Id.

#include "apiharness.h"
#include "serverconfig.h"
#include "testhelpers.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTest>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// One client connection that may carry several requests and be closed by the server.
class Connection
{
public:
    explicit Connection(quint16 port)
    {
        m_socket.connectToHost(QHostAddress::LocalHost, port);
        m_connected = m_socket.waitForConnected(5000);
    }

    bool isConnected() const { return m_connected; }
    QTcpSocket &socket() { return m_socket; }

    void send(const QByteArray &bytes)
    {
        m_socket.write(bytes);
        m_socket.waitForBytesWritten(5000);
    }

    // The next complete response; status 0 when none arrived within `ms`.
    Reply read(int ms = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            m_buffer += m_socket.readAll();
            if (auto reply = take())
                return *reply;
            const qint64 left = ms - timer.elapsed();
            if (left <= 0 || m_socket.state() != QAbstractSocket::ConnectedState)
                break;
            m_socket.waitForReadyRead(int(left));
        }
        m_buffer += m_socket.readAll();
        return take().value_or(Reply());
    }

    // True when the server closed the connection within `ms`.
    bool waitClosed(int ms)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_socket.state() == QAbstractSocket::ConnectedState) {
            const qint64 left = ms - timer.elapsed();
            if (left <= 0)
                break;
            m_socket.waitForReadyRead(int(left));
            m_buffer += m_socket.readAll();
        }
        return m_socket.state() != QAbstractSocket::ConnectedState;
    }

    // Still open after `ms` of quiet (the server did not close it).
    bool staysOpen(int ms) { return !waitClosed(ms); }

    const QByteArray &buffer() const { return m_buffer; }

private:
    std::optional<Reply> take()
    {
        const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
        if (headEnd < 0)
            return std::nullopt;
        Reply reply = ApiHarness::parseResponse(m_buffer.left(headEnd + 4));
        const bool bodiless = reply.status / 100 == 1 || reply.status == 204 || reply.status == 304;
        const qint64 length =
                bodiless ? 0 : reply.headers.value("content-length", "0").toLongLong();
        if (m_buffer.size() - headEnd - 4 < length)
            return std::nullopt;
        reply.body = m_buffer.mid(headEnd + 4, length);
        m_buffer.remove(0, headEnd + 4 + length);
        return reply;
    }

    QTcpSocket m_socket;
    QByteArray m_buffer;
    bool m_connected = false;
};

qint64 residentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

QByteArray get(const QByteArray &path, const QByteArray &extraHeaders = {})
{
    return "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + extraHeaders + "\r\n";
}

QByteArray postJson(const QByteArray &path, const QByteArray &body,
                    const QByteArray &extraHeaders = {})
{
    return "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
            + "Content-Length: " + QByteArray::number(body.size()) + "\r\n" + extraHeaders + "\r\n"
            + body;
}

QByteArray registration(const QString &email)
{
    return QJsonDocument(QJsonObject{ { u"email"_s, email },
                                      { u"full_name"_s, u"Guard Test"_s },
                                      { u"password"_s, u"password123"_s } })
            .toJson(QJsonDocument::Compact);
}

#define VERIFY_ERROR_SHAPE(reply) \
  do { \
    QString why_; \
    QVERIFY2(hasErrorShape(reply, &why_), qPrintable(why_)); \
  } while (false)

} // namespace

class tst_HttpGuard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();

    void headTooLarge_data();
    void headTooLarge();
    void headJustUnderLimitIsServed();
    void declaredBodyTooLargeAnswersAtOnce();
    void bodyTooLargeIsNotBuffered();
    void expectContinue();
    void expectContinueWithTooLargeBody();
    void badFraming_data();
    void badFraming();
    void idleConnectionIsClosed();
    void idleAfterRequestIsClosed();
    void slowHeadGets408();
    void keepAlive();
    void pipelining();
    void connectionCap();
    void connectionCloseIsHonoured_data();
    void connectionCloseIsHonoured();
    void nothingServedAfterClose();
    void requestId_data();
    void requestId();
    void generatedRequestIdsDiffer();

private:
    // One server at a time: the default one, or one with the limits a test sets.
    ApiHarness &server(const std::function<void(ServerConfig &)> &configure = {});

    std::unique_ptr<ApiHarness> m_h;
    bool m_configured = false;
    int m_emails = 0;
};

ApiHarness &tst_HttpGuard::server(const std::function<void(ServerConfig &)> &configure)
{
    if (m_h && !configure && !m_configured)
        return *m_h;
    m_h.reset();
    m_h = std::make_unique<ApiHarness>(configure);
    m_configured = bool(configure);
    return *m_h;
}

void tst_HttpGuard::initTestCase()
{
    server();
}

void tst_HttpGuard::cleanupTestCase()
{
    m_h.reset();
}

void tst_HttpGuard::headTooLarge_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::newRow("one huge header")
            << get("/coworkings", "X-Huge: " + QByteArray(17 * 1024, 'a') + "\r\n");
    QByteArray many;
    for (int i = 0; i < 400; ++i)
        many += "X-Header-" + QByteArray::number(i) + ": " + QByteArray(40, 'b') + "\r\n";
    QTest::newRow("many headers") << get("/coworkings", many);
    QTest::newRow("huge request line") << get("/coworkings?query=" + QByteArray(17 * 1024, 'c'));
}

void tst_HttpGuard::headTooLarge()
{
    QFETCH(QByteArray, request);
    Connection c(server().port());
    QVERIFY(c.isConnected());
    c.send(request);
    const Reply reply = c.read();
    QCOMPARE(reply.status, 431);
    QCOMPARE(reply.errorCode(), u"HEADERS_TOO_LARGE"_s);
    VERIFY_ERROR_SHAPE(reply);
    QVERIFY2(c.waitClosed(4000), "the server kept the connection open after a 431");
}

void tst_HttpGuard::headJustUnderLimitIsServed()
{
    // The limit must not refuse an ordinary large head (long cookies, big tokens).
    Connection c(server().port());
    c.send(get("/coworkings", "X-Big: " + QByteArray(14 * 1024, 'a') + "\r\n"));
    const Reply reply = c.read();
    QCOMPARE(reply.status, 200);
}

void tst_HttpGuard::declaredBodyTooLargeAnswersAtOnce()
{
    Connection c(server().port());
    QElapsedTimer timer;
    timer.start();
    // 100 MiB announced, not one byte of it sent: the answer must not wait for the body.
    c.send("POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: 104857600\r\n\r\n");
    const Reply reply = c.read(3000);
    QCOMPARE(reply.status, 413);
    QVERIFY2(timer.elapsed() < 2000, qPrintable(u"413 took %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(reply.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    VERIFY_ERROR_SHAPE(reply);
    QVERIFY2(c.waitClosed(4000), "the server kept the connection open after a 413");
}

void tst_HttpGuard::bodyTooLargeIsNotBuffered()
{
    // The server runs in this process, so its memory is ours to measure.
    const QByteArray chunk(64 * 1024, 'x');
    const qint64 before = residentKiB();
    QVERIFY(before > 0);

    Connection c(server().port());
    c.send("POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: 52428800\r\n\r\n");
    for (int i = 0; i < 32 && c.socket().state() == QAbstractSocket::ConnectedState; ++i) {
        c.socket().write(chunk);
        c.socket().waitForBytesWritten(2000);
    }
    const Reply reply = c.read(5000);
    QCOMPARE(reply.status, 413);
    QCOMPARE(reply.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    VERIFY_ERROR_SHAPE(reply);
    QVERIFY(c.waitClosed(5000));

    const qint64 grown = residentKiB() - before;
    QVERIFY2(grown < 20 * 1024, qPrintable(u"resident memory grew by %1 KiB"_s.arg(grown)));
}

void tst_HttpGuard::expectContinue()
{
    const QByteArray body = registration(u"expect%1@example.com"_s.arg(++m_emails));
    Connection c(server().port());
    QElapsedTimer timer;
    timer.start();
    c.send("POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: "
           + QByteArray::number(body.size()) + "\r\nExpect: 100-continue\r\n\r\n");
    const Reply interim = c.read(3000);
    QCOMPARE(interim.status, 100);
    QVERIFY(c.buffer().isEmpty()); // nothing but the interim answer before the body
    // curl waits one second for it before sending the body anyway.
    QVERIFY2(timer.elapsed() < 900, qPrintable(u"100 took %1 ms"_s.arg(timer.elapsed())));

    c.send(body);
    const Reply reply = c.read();
    QCOMPARE(reply.status, 201);
    QCOMPARE(reply.obj().value(u"email"_s).toString(), u"expect%1@example.com"_s.arg(m_emails));

    // The connection stays usable for the next request.
    c.send(get("/coworkings"));
    QCOMPARE(c.read().status, 200);
}

void tst_HttpGuard::expectContinueWithTooLargeBody()
{
    Connection c(server().port());
    c.send("POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
           "Content-Length: 104857600\r\nExpect: 100-continue\r\n\r\n");
    const Reply reply = c.read(3000);
    QCOMPARE(reply.status, 413); // the first answer, not a 100
    QCOMPARE(reply.errorCode(), u"PAYLOAD_TOO_LARGE"_s);
    VERIFY_ERROR_SHAPE(reply);
    QVERIFY(c.waitClosed(4000));
    QVERIFY2(!c.buffer().contains("100 Continue"), c.buffer().constData());
}

void tst_HttpGuard::badFraming_data()
{
    QTest::addColumn<QByteArray>("request");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");

    const QByteArray head = "POST /users HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                            "Content-Type: application/json\r\n";
    QTest::newRow("chunked") << head + "Transfer-Encoding: chunked\r\n\r\n5\r\n{\"a\":\r\n0\r\n\r\n"
                             << 411 << u"LENGTH_REQUIRED"_s;
    QTest::newRow("chunked with length")
            << head + "Transfer-Encoding: chunked\r\nContent-Length: 2\r\n\r\n2\r\n{}\r\n0\r\n\r\n"
            << 411 << u"LENGTH_REQUIRED"_s;
    QTest::newRow("Content-Length not a number")
            << head + "Content-Length: abc\r\n\r\n{}" << 400 << u"BAD_REQUEST"_s;
    QTest::newRow("negative Content-Length")
            << head + "Content-Length: -5\r\n\r\n{}" << 400 << u"BAD_REQUEST"_s;
    QTest::newRow("two different Content-Lengths")
            << head + "Content-Length: 2\r\nContent-Length: 10\r\n\r\n{}" << 400
            << u"BAD_REQUEST"_s;
}

void tst_HttpGuard::badFraming()
{
    QFETCH(QByteArray, request);
    QFETCH(int, status);
    QFETCH(QString, code);
    Connection c(server().port());
    c.send(request);
    const Reply reply = c.read();
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.errorCode(), code);
    VERIFY_ERROR_SHAPE(reply);
    // Where the request ends is unknown, so nothing after it can be trusted.
    QVERIFY(c.waitClosed(4000));
}

void tst_HttpGuard::idleConnectionIsClosed()
{
    ApiHarness &h = server([](ServerConfig &config) { config.limits.idleTimeoutSecs = 1; });
    Connection c(h.port());
    QVERIFY(c.isConnected());
    QElapsedTimer timer;
    timer.start();
    QVERIFY2(c.waitClosed(3500), "an idle connection was not closed within 3 s");
    QVERIFY2(timer.elapsed() >= 500, qPrintable(u"closed after %1 ms"_s.arg(timer.elapsed())));
    QVERIFY(c.buffer().isEmpty()); // closed quietly, no answer to a request never sent
}

void tst_HttpGuard::idleAfterRequestIsClosed()
{
    ApiHarness &h = server([](ServerConfig &config) { config.limits.idleTimeoutSecs = 1; });
    Connection c(h.port());
    c.send(get("/coworkings"));
    QCOMPARE(c.read().status, 200);
    QVERIFY2(c.waitClosed(3500), "an idle keep-alive connection was not closed within 3 s");
}

void tst_HttpGuard::slowHeadGets408()
{
    ApiHarness &h = server([](ServerConfig &config) { config.limits.headerTimeoutSecs = 1; });
    Connection c(h.port());
    // Slowloris: a byte now and then keeps a connection busy unless the head has a deadline.
    const QByteArray head =
            "GET /coworkings HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: aaaaaaaaaaaaaaa";
    QElapsedTimer timer;
    timer.start();
    Reply reply;
    for (qsizetype i = 0; i < head.size() && timer.elapsed() < 5000; ++i) {
        c.send(head.mid(i, 1));
        reply = c.read(200);
        if (reply.status != 0 || c.socket().state() != QAbstractSocket::ConnectedState)
            break;
    }
    if (reply.status == 0)
        reply = c.read(3000);
    QCOMPARE(reply.status, 408);
    QVERIFY2(timer.elapsed() < 3000, qPrintable(u"408 after %1 ms"_s.arg(timer.elapsed())));
    QCOMPARE(reply.errorCode(), u"REQUEST_TIMEOUT"_s);
    VERIFY_ERROR_SHAPE(reply);
    QVERIFY(c.waitClosed(4000));
}

void tst_HttpGuard::keepAlive()
{
    Connection c(server().port());
    c.send(get("/coworkings"));
    const Reply first = c.read();
    QCOMPARE(first.status, 200);
    QVERIFY(first.headers.value("connection").toLower() != "close");
    QVERIFY(c.staysOpen(300));
    c.send(get("/nothing-here"));
    const Reply second = c.read();
    QCOMPARE(second.status, 404);
    QCOMPARE(second.errorCode(), u"NOT_FOUND"_s);
    c.send(postJson("/users", registration(u"keepalive%1@example.com"_s.arg(++m_emails))));
    QCOMPARE(c.read().status, 201);
    QVERIFY(c.staysOpen(300));
}

void tst_HttpGuard::pipelining()
{
    Connection c(server().port());
    const QByteArray body = registration(u"pipelined%1@example.com"_s.arg(++m_emails));
    // Four requests in one write, one of them with a body: answers must come in order.
    c.send(get("/coworkings", "X-Request-Id: p1\r\n") + get("/nothing-here", "X-Request-Id: p2\r\n")
           + postJson("/users", body, "X-Request-Id: p3\r\n")
           + get("/users/me", "X-Request-Id: p4\r\n"));
    const Reply r1 = c.read();
    const Reply r2 = c.read();
    const Reply r3 = c.read();
    const Reply r4 = c.read();
    QCOMPARE(r1.status, 200);
    QCOMPARE(r1.headers.value("x-request-id"), QByteArray("p1"));
    QCOMPARE(r2.status, 404);
    QCOMPARE(r2.headers.value("x-request-id"), QByteArray("p2"));
    QCOMPARE(r3.status, 201);
    QCOMPARE(r3.headers.value("x-request-id"), QByteArray("p3"));
    QCOMPARE(r4.status, 401);
    QCOMPARE(r4.headers.value("x-request-id"), QByteArray("p4"));
    QVERIFY(c.staysOpen(200));

    // Pipelined again after a pause, where a body is split across writes.
    const QByteArray second = registration(u"pipelined%1@example.com"_s.arg(++m_emails));
    const QByteArray bytes = postJson("/users", second, "X-Request-Id: p5\r\n")
            + get("/coworkings", "X-Request-Id: p6\r\n");
    const qsizetype split = bytes.indexOf("\r\n\r\n") + 10;
    c.send(bytes.left(split));
    QTest::qWait(100);
    c.send(bytes.mid(split));
    const Reply r5 = c.read();
    const Reply r6 = c.read();
    QCOMPARE(r5.status, 201);
    QCOMPARE(r5.headers.value("x-request-id"), QByteArray("p5"));
    QCOMPARE(r6.status, 200);
    QCOMPARE(r6.headers.value("x-request-id"), QByteArray("p6"));
}

void tst_HttpGuard::connectionCap()
{
    ApiHarness &h = server([](ServerConfig &config) { config.limits.maxConnections = 3; });
    std::vector<std::unique_ptr<Connection>> open;
    for (int i = 0; i < 3; ++i) {
        open.push_back(std::make_unique<Connection>(h.port()));
        open.back()->send(get("/coworkings"));
        QCOMPARE(open.back()->read().status, 200); // accepted and held (keep-alive)
    }
    Connection fourth(h.port());
    const Reply refused = fourth.read(3000);
    QCOMPARE(refused.status, 503);
    VERIFY_ERROR_SHAPE(refused);
    QVERIFY(fourth.waitClosed(3000));

    // The three still work.
    for (auto &c : open) {
        c->send(get("/coworkings"));
        QCOMPARE(c->read().status, 200);
    }

    // A closed connection frees its place.
    open.front()->socket().disconnectFromHost();
    open.erase(open.begin());
    int status = 0;
    QElapsedTimer timer;
    timer.start();
    while (status != 200 && timer.elapsed() < 3000) {
        Connection again(h.port());
        again.send(get("/coworkings"));
        status = again.read(2000).status;
        if (status != 200)
            QThread::msleep(100);
    }
    QCOMPARE(status, 200);
}

void tst_HttpGuard::connectionCloseIsHonoured_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<int>("status");
    QTest::newRow("close") << QByteArray("/coworkings") << QByteArray("close") << 200;
    QTest::newRow("Close") << QByteArray("/coworkings") << QByteArray("Close") << 200;
    // Connection carries a list of options (RFC 9110, 7.6.1).
    QTest::newRow("in a list") << QByteArray("/coworkings") << QByteArray("keep-alive, close")
                               << 200;
    QTest::newRow("after an error") << QByteArray("/nothing-here") << QByteArray("close") << 404;
}

void tst_HttpGuard::connectionCloseIsHonoured()
{
    QFETCH(QByteArray, path);
    QFETCH(QByteArray, header);
    QFETCH(int, status);
    Connection c(server().port());
    c.send(get(path, "Connection: " + header + "\r\n"));
    const Reply reply = c.read();
    QCOMPARE(reply.status, status);
    QCOMPARE(reply.headers.value("connection").toLower(), QByteArray("close"));
    QVERIFY2(c.waitClosed(2000), "the server kept the connection open after Connection: close");
}

void tst_HttpGuard::nothingServedAfterClose()
{
    // RFC 9112, 9.6: after a request with "close" the server must not process further requests
    // on that connection, even ones already pipelined behind it.
    const QString email = u"afterclose%1@example.com"_s.arg(++m_emails);
    Connection c(server().port());
    c.send(get("/coworkings", "Connection: close\r\n") + postJson("/users", registration(email)));
    const Reply first = c.read();
    QCOMPARE(first.status, 200);
    QVERIFY(c.waitClosed(2000));
    const Reply second = c.read(200);
    QVERIFY2(second.status == 0, qPrintable(u"answered after close: %1"_s.arg(second.status)));
    // Not answered, and not done either: the address is still free.
    QCOMPARE(server().post(u"/users"_s, QJsonDocument::fromJson(registration(email)).object())
                     .status,
             201);
}

void tst_HttpGuard::requestId_data()
{
    QTest::addColumn<QByteArray>("sent");
    QTest::addColumn<bool>("echoed");
    QTest::newRow("sane") << QByteArray("abc-123_X.y") << true;
    QTest::newRow("uuid") << QByteArray("3f1c2d4e-5a6b-4c7d-8e9f-0a1b2c3d4e5f") << true;
    QTest::newRow("none") << QByteArray() << false;
    QTest::newRow("spaces") << QByteArray("has spaces in it") << false;
    QTest::newRow("markup") << QByteArray("<script>alert(1)</script>") << false;
    QTest::newRow("header injection attempt") << QByteArray("a%0d%0aSet-Cookie:x") << false;
    QTest::newRow("too long") << QByteArray(200, 'a') << false;
}

void tst_HttpGuard::requestId()
{
    QFETCH(QByteArray, sent);
    QFETCH(bool, echoed);
    Connection c(server().port());
    c.send(get("/coworkings", sent.isEmpty() ? QByteArray() : "X-Request-Id: " + sent + "\r\n"));
    const Reply reply = c.read();
    QCOMPARE(reply.status, 200);
    const QByteArray id = reply.headers.value("x-request-id");
    QVERIFY(!id.isEmpty());
    if (echoed) {
        QCOMPARE(id, sent);
    } else {
        QVERIFY(id != sent);
        static const QRegularExpression safe(u"^[A-Za-z0-9._-]{1,64}$"_s);
        QVERIFY2(safe.match(QString::fromLatin1(id)).hasMatch(), id.constData());
    }
}

void tst_HttpGuard::generatedRequestIdsDiffer()
{
    const Reply a = server().get(u"/coworkings"_s);
    const Reply b = server().get(u"/nothing-here"_s);
    QVERIFY(!a.headers.value("x-request-id").isEmpty());
    QVERIFY(!b.headers.value("x-request-id").isEmpty()); // errors carry one too
    QVERIFY(a.headers.value("x-request-id") != b.headers.value("x-request-id"));
}

QTEST_GUILESS_MAIN(tst_HttpGuard)
#include "tst_httpguard.moc"
