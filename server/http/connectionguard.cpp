#include "connectionguard.h"

#include "common/apperror.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "errormapper.h"
#include "uploadroutes.h"

#include <QLoggingCategory>
#include <QTcpSocket>

#include <sys/socket.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcGuard, "coworking.http.guard")

namespace coworking {

GuardedTcpServer::GuardedTcpServer(const HttpLimits &limits, std::atomic<int> &openConnections,
                                   QObject *parent)
    : QTcpServer(parent), m_limits(limits), m_open(openConnections)
{
}

void GuardedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_open.fetch_add(1) >= m_limits.maxConnections) {
        m_open.fetch_sub(1);
        const AppError error(ErrorKind::Unavailable, errc::TooManyConnections,
                             u"The server has too many open connections."_s);
        socket->write(serializeResponse(errorResponse(error), true));
        socket->disconnectFromHost();
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
        return;
    }
    // The guard connects to readyRead first, so it runs before the HTTP server's parser.
    new ConnectionGuard(socket, m_limits, m_open);
    addPendingConnection(socket);
    emit newConnection();
}

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits,
                                 std::atomic<int> &open)
    : QObject(socket), m_socket(socket), m_limits(limits), m_open(open)
{
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::onReadyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, [this] { m_timer.start(); });
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_limits.idleTimeoutSecs * 1000);
    connect(&m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    m_timer.start();
}

ConnectionGuard::~ConnectionGuard()
{
    m_open.fetch_sub(1);
}

void ConnectionGuard::releaseUpgraded(QTcpSocket *socket)
{
    if (auto *guard = socket->findChild<ConnectionGuard *>(QString(), Qt::FindDirectChildrenOnly)) {
        guard->m_timer.stop();
        guard->disconnect(socket);
        socket->disconnect(guard);
    }
}

void ConnectionGuard::onReadyRead()
{
    if (m_rejected) {
        drain();
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    const qint64 end = m_qtPos + available;
    if (end > m_pos) {
        const QByteArray bytes = m_socket->peek(available);
        const qsizetype fresh = qsizetype(end - m_pos);
        if (!feed(bytes.constData() + (bytes.size() - fresh), fresh))
            return;
        m_pos = end;
    }
    // Replay Qt's rule: it consumes up to the end of the first complete request, or everything.
    if (!m_boundaries.empty()) {
        m_qtPos = m_boundaries.front();
        m_boundaries.pop_front();
    } else {
        m_qtPos = end;
    }
    if (m_state == State::Head && m_timer.interval() != m_limits.headerTimeoutSecs * 1000) {
        m_timer.setInterval(m_limits.headerTimeoutSecs * 1000);
        m_timer.start();
    } else if (m_state != State::Head) {
        m_timer.setInterval(m_limits.idleTimeoutSecs * 1000);
        m_timer.start();
    }
}

bool ConnectionGuard::feed(const char *data, qsizetype size)
{
    qint64 offset = m_pos;
    for (qsizetype i = 0; i < size;) {
        switch (m_state) {
        case State::Idle:
            // Qt skips whitespace left between requests; so does the guard.
            if (data[i] == '\r' || data[i] == '\n' || data[i] == ' ' || data[i] == '\t'
                || data[i] == '\v') {
                ++i;
                break;
            }
            m_state = State::Head;
            m_head.clear();
            m_timer.setInterval(m_limits.headerTimeoutSecs * 1000);
            m_timer.start();
            [[fallthrough]];
        case State::Head: {
            m_head.append(data[i]);
            ++i;
            if (m_head.size() > m_limits.maxHeaderBytes) {
                reject(AppError(
                        ErrorKind::HeadersTooLarge, errc::HeadersTooLarge,
                        u"The request head exceeds %1 bytes."_s.arg(m_limits.maxHeaderBytes)));
                return false;
            }
            if (m_head.endsWith("\n\r\n") || m_head.endsWith("\n\n")) {
                if (!headComplete())
                    return false;
                if (m_bodyRemaining == 0) {
                    m_state = State::Idle;
                    m_boundaries.push_back(offset + i);
                } else {
                    m_state = State::Body;
                }
            }
            break;
        }
        case State::Body: {
            const qint64 take = std::min<qint64>(m_bodyRemaining, size - i);
            m_bodyRemaining -= take;
            i += take;
            if (m_bodyRemaining == 0) {
                m_state = State::Idle;
                m_boundaries.push_back(offset + i);
            }
            break;
        }
        }
    }
    Q_UNUSED(offset);
    return true;
}

bool ConnectionGuard::headComplete()
{
    qint64 contentLength = 0;
    bool expectContinue = false;
    bool chunked = false;
    const QList<QByteArray> lines = m_head.split('\n');
    // Uploads may be larger than other bodies: the request line says which route this is.
    const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
    const qint64 maxBody = maxBodyBytesFor(m_limits, requestLine.value(0), requestLine.value(1));
    for (qsizetype n = 1; n < lines.size(); ++n) {
        const QByteArray line = lines.at(n).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        const QByteArray name = line.left(colon).trimmed().toLower();
        const QByteArray value = line.mid(colon + 1).trimmed();
        if (name == "content-length") {
            bool ok = false;
            const qint64 length = value.toLongLong(&ok);
            if (!ok || length < 0 || (contentLength > 0 && contentLength != length)) {
                reject(AppError::badRequest(u"Invalid Content-Length."_s));
                return false;
            }
            contentLength = length;
        } else if (name == "transfer-encoding") {
            chunked = true;
        } else if (name == "expect") {
            expectContinue = value.compare("100-continue", Qt::CaseInsensitive) == 0;
        }
    }
    if (chunked) {
        reject(AppError(ErrorKind::LengthRequired, errc::LengthRequired,
                        u"Send the body with a Content-Length; chunked request "
                        "bodies are not accepted."_s));
        return false;
    }
    if (contentLength > maxBody) {
        reject(AppError(ErrorKind::PayloadTooLarge, errc::PayloadTooLarge,
                        u"The body exceeds %1 bytes."_s.arg(maxBody),
                        QJsonObject{ { keys::MaxBytes, maxBody } }));
        return false;
    }
    if (expectContinue && contentLength > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
    m_bodyRemaining = contentLength;
    m_head.clear();
    return true;
}

void ConnectionGuard::reject(const AppError &error)
{
    m_rejected = true;
    qCInfo(lcGuard) << "rejected" << m_socket->peerAddress().toString() << error.code();
    drain();
    m_socket->write(serializeResponse(errorResponse(error), true));
    m_socket->flush();
    // Stop sending but keep reading (and discarding) a little, so the client sees the answer
    // instead of a reset caused by the unread rest of its request.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
    m_timer.setInterval(2000);
    m_timer.start();
}

void ConnectionGuard::drain()
{
    // Consumed here, so the HTTP parser that runs after this slot finds nothing to parse.
    while (m_socket->bytesAvailable() > 0)
        m_socket->read(m_socket->bytesAvailable());
}

void ConnectionGuard::onTimeout()
{
    if (m_rejected) {
        m_socket->abort();
        return;
    }
    if (m_state == State::Idle && m_socket->bytesToWrite() == 0) {
        m_socket->disconnectFromHost(); // idle keep-alive connection
        return;
    }
    if (m_state == State::Idle) {
        m_timer.start();
        return;
    }
    reject(AppError(ErrorKind::RequestTimeout, errc::RequestTimeout,
                    u"The request did not arrive in time."_s));
}

} // namespace coworking
