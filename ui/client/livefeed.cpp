#include "livefeed.h"

#include "apiclient.h"

#include <QJsonDocument>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking::client {

namespace {

// Close reasons (code 1008) after which trying again cannot help.
bool isFinalRefusal(const QString &reason)
{
    return reason == u"COWORKING_NOT_FOUND"_s || reason == u"FORBIDDEN"_s
            || reason == u"USER_BANNED"_s || reason == u"origin not allowed"_s;
}

bool isTokenRefusal(const QString &reason)
{
    return reason == u"INVALID_TOKEN"_s || reason == u"UNAUTHORIZED"_s;
}

constexpr quint16 kPolicyViolation = 1008;

} // namespace

LiveFeed::LiveFeed(ApiClient &api, QString coworkingId, QObject *parent)
    : QObject(parent), m_api(api), m_coworkingId(std::move(coworkingId))
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &LiveFeed::open);
    m_pingTimer.setInterval(std::chrono::seconds(20));
    m_handshakeTimer.setSingleShot(true);
    connect(&m_handshakeTimer, &QTimer::timeout, this, [this] {
        m_lastError = u"the server did not complete the connection in time"_s;
        discardSocket();
        scheduleReconnect(false);
    });
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveFeed::onPingTimer);
    // Queued, so that whoever opened the feed connects to its signals first.
    QMetaObject::invokeMethod(this, &LiveFeed::open, Qt::QueuedConnection);
}

LiveFeed::~LiveFeed()
{
    discardSocket();
}

void LiveFeed::setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max)
{
    m_firstDelay = first;
    m_maxDelay = std::max(first, max);
}

void LiveFeed::setPingInterval(std::chrono::milliseconds interval)
{
    m_pingTimer.setInterval(interval);
}

void LiveFeed::onPingTimer()
{
    if (!m_socket || m_socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (m_unansweredPings >= 2) {
        m_lastError = u"the server stopped answering pings"_s;
        discardSocket();
        scheduleReconnect(false);
        return;
    }
    ++m_unansweredPings;
    m_socket->ping();
}

void LiveFeed::close()
{
    m_reconnectTimer.stop();
    discardSocket();
    setState(State::Closed);
}

void LiveFeed::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void LiveFeed::discardSocket()
{
    if (!m_socket)
        return;
    m_pingTimer.stop();
    m_handshakeTimer.stop();
    QWebSocket *socket = m_socket.release();
    disconnect(socket, nullptr, this, nullptr);
    socket->abort();
    socket->deleteLater();
}

void LiveFeed::open()
{
    if (m_state == State::Closed)
        return;
    discardSocket();
    m_haveSnapshot = false;
    m_lastSeq = 0;
    m_socket = std::make_unique<QWebSocket>();
    QWebSocket *socket = m_socket.get();
    connect(socket, &QWebSocket::textMessageReceived, this, &LiveFeed::onMessage);
    connect(socket, &QWebSocket::disconnected, this, &LiveFeed::onClosed);
    connect(socket, &QWebSocket::pong, this, [this] { m_unansweredPings = 0; });
    connect(socket, &QWebSocket::connected, this, [this] {
        m_handshakeTimer.stop();
        m_unansweredPings = 0;
        m_pingTimer.start();
    });
    // Qt 6.4 names the signal error() (errorOccurred() came with 6.5).
    connect(socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
            [this, socket] {
                m_lastError = socket->errorString();
                // A refused or failed connection may end without a disconnected() of its own.
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    QMetaObject::invokeMethod(
                            this,
                            [this, socket] {
                                if (m_socket.get() == socket)
                                    onClosed();
                            },
                            Qt::QueuedConnection);
            });
    QNetworkRequest request(m_api.webSocketUrl(u"/coworkings/%1/live"_s.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(m_coworkingId)))));
    const QString token = m_api.session().accessToken;
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    m_handshakeTimer.start(m_api.timeout());
    socket->open(request);
}

void LiveFeed::onMessage(const QString &text)
{
    const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
    const qint64 seq = message.value(u"seq"_s).toInteger(-1);
    const QString type = message.value(u"type"_s).toString();
    if (type == u"snapshot"_s) {
        m_lastSeq = seq;
        m_haveSnapshot = true;
        m_attempt = 0;
        m_refreshedForThisAttempt = false;
        m_lastError.clear();
        setState(State::Live);
        emit snapshot(message);
        emitTyped(message);
        return;
    }
    if (!m_haveSnapshot)
        return; // changes before the first snapshot are already in it
    if (m_dropNextChange) {
        m_dropNextChange = false;
        return;
    }
    if (seq != m_lastSeq + 1) {
        emit gapDetected(m_lastSeq + 1, seq);
        // The server sends a snapshot to every new subscription: reconnecting is the resync.
        discardSocket();
        scheduleReconnect(true);
        return;
    }
    m_lastSeq = seq;
    emit change(message);
    emitTyped(message);
}

void LiveFeed::emitTyped(const QJsonObject &message)
{
    const std::optional<LiveMessage> typed = liveMessageFromJson(message);
    if (!typed)
        return;
    if (const auto *s = std::get_if<LiveSnapshot>(&typed->body))
        emit snapshotReceived(*s);
    else if (const auto *b = std::get_if<LiveBookingChange>(&typed->body))
        emit bookingChanged(*b);
    else if (const auto *spot = std::get_if<LiveSpotChange>(&typed->body))
        emit spotChanged(*spot);
}

void LiveFeed::onClosed()
{
    if (!m_socket)
        return;
    const quint16 code = quint16(m_socket->closeCode());
    const QString reason = m_socket->closeReason();
    if (!reason.isEmpty())
        m_lastError = reason;
    discardSocket();
    if (m_state == State::Closed)
        return;
    if (code == kPolicyViolation && isFinalRefusal(reason)) {
        setState(State::Closed);
        return;
    }
    if (code == kPolicyViolation && isTokenRefusal(reason)) {
        if (m_refreshedForThisAttempt) {
            setState(State::Closed);
            return;
        }
        // The access token expired: one refresh (shared with the REST calls), then again.
        m_refreshedForThisAttempt = true;
        setState(State::Reconnecting);
        m_api.refreshSession(this, [this](Result<Done> r) {
            if (r.ok())
                return open();
            m_lastError = r.error().message;
            if (r.error().kind == ApiError::Kind::Http)
                setState(State::Closed);
            else
                scheduleReconnect(false);
        });
        return;
    }
    scheduleReconnect(false);
}

void LiveFeed::scheduleReconnect(bool immediately)
{
    setState(State::Reconnecting);
    qint64 delay = 0;
    if (!immediately) {
        const int doublings = std::min(m_attempt, 20);
        const qint64 ceiling =
                std::min<qint64>(m_firstDelay.count() << doublings, m_maxDelay.count());
        // Jitter: anywhere in [ceiling/2, ceiling].
        delay = ceiling / 2 + QRandomGenerator::global()->bounded(ceiling / 2 + 1);
        ++m_attempt;
    }
    m_reconnectTimer.start(std::chrono::milliseconds(delay));
}

} // namespace coworking::client
