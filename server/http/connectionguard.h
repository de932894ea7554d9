#pragma once

#include "httplimits.h"

#include <QByteArray>
#include <QObject>
#include <QTcpServer>
#include <QTimer>

#include <atomic>
#include <deque>

class QTcpSocket;

namespace coworking {

struct ApiResponse;

// Accepts connections for one worker's QHttpServer and puts a ConnectionGuard on each socket
// before the server sees it, and refuses connections beyond the process-wide cap.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT
public:
    GuardedTcpServer(const HttpLimits &limits, std::atomic<int> &openConnections,
                     QObject *parent = nullptr);

protected:
    void incomingConnection(qintptr handle) override;

private:
    const HttpLimits &m_limits;
    std::atomic<int> &m_open;
};

// Watches the byte stream of one connection ahead of QHttpServer's parser. Its readyRead slot is
// connected before the server's, so it sees every byte first: it rejects an oversized head (431)
// or a declared body over its route's limit (413; uploads may be larger, see isUploadRoute)
// before the body is buffered, answers "Expect: 100-continue", and closes idle or stalled
// connections.
//
// Qt's parser consumes every available byte until a request is complete, then stops at that
// request's end, so the guard can tell which bytes Qt has already consumed by replaying that rule
// over the request boundaries it found itself.
class ConnectionGuard final : public QObject
{
    Q_OBJECT
public:
    ConnectionGuard(QTcpSocket *socket, const HttpLimits &limits, std::atomic<int> &open);
    ~ConnectionGuard() override;

    // The connection became a WebSocket: the HTTP timeouts no longer apply (the live channel
    // pings it instead). The guard stays until the socket goes, keeping it counted.
    static void releaseUpgraded(QTcpSocket *socket);

private:
    enum class State { Idle, Head, Body };

    void onReadyRead();
    void onTimeout();
    // Returns false when the connection was rejected.
    bool feed(const char *data, qsizetype size);
    bool headComplete();
    void reject(const ApiResponse &response); // an error answer, then the connection closes
    void drain();

    QTcpSocket *m_socket;
    const HttpLimits &m_limits;
    std::atomic<int> &m_open;
    QTimer m_timer;

    State m_state = State::Idle;
    QByteArray m_head;
    qint64 m_bodyRemaining = 0;
    qint64 m_pos = 0; // absolute stream offset inspected so far
    qint64 m_qtPos = 0; // absolute offset Qt's parser has consumed
    std::deque<qint64> m_boundaries; // ends of complete requests Qt has not consumed yet
    bool m_rejected = false;
};

} // namespace coworking
