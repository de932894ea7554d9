#pragma once

#include "live/livemessage.h"

#include <QAbstractSocket>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QTimer>

#include <chrono>
#include <memory>

class QWebSocket;

namespace coworking::client {

class ApiClient;

// The live stream of one coworking (GET /coworkings/{id}/live over WebSocket) as a model can
// follow it: first a snapshot (the full state), then numbered changes. A gap in `seq` or any
// reconnect brings a fresh snapshot, so a model that replaces its state on snapshot() and applies
// change() is never wrong for long. Reconnects by itself with exponential backoff and jitter;
// never blocks. Lives on the ApiClient's thread.
class LiveFeed final : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Connecting, // the first connection
        Live, // connected, snapshot received
        Reconnecting, // lost; the next attempt is scheduled or under way
        Closed, // close() was called, or the server refused the subscription for good
    };
    Q_ENUM(State)

    // Starts connecting at once.
    LiveFeed(ApiClient &api, QString coworkingId, QObject *parent = nullptr);
    ~LiveFeed() override;

    State state() const { return m_state; }
    QString coworkingId() const { return m_coworkingId; }
    qint64 lastSeq() const { return m_lastSeq; }
    // Why the last connection ended or was refused ("COWORKING_NOT_FOUND", a socket error...).
    QString lastError() const { return m_lastError; }
    int reconnectAttempts() const { return m_attempt; }

    // Backoff of reconnects: the delay doubles from `first` up to `max`, each drawn at random in
    // [delay/2, delay] so that clients of a restarted server do not all return at once.
    void setBackoff(std::chrono::milliseconds first, std::chrono::milliseconds max);
    void close();
    // How often the feed pings the server; two pings without a pong count as a lost connection
    // (a server that vanished without closing its sockets).
    void setPingInterval(std::chrono::milliseconds interval);

    // Test hook: the next change message is dropped as if lost on the way, so the one after it
    // shows a gap in seq.
    void dropNextChangeForTest() { m_dropNextChange = true; }

signals:
    // {type: "snapshot", seq, coworking_id, at, window: {from, until}, spots: [...],
    //  bookings: [...]}: replace everything known about the coworking.
    void snapshot(const QJsonObject &message);
    // {type: "booking"|"spot", seq, event, coworking_id, booking|spot, ...}: in order, no gap.
    void change(const QJsonObject &message);
    // The same messages typed by core's live codec (core/live/livemessage.h); a message that
    // does not decode is passed on raw only.
    void snapshotReceived(const coworking::LiveSnapshot &snapshot);
    void bookingChanged(const coworking::LiveBookingChange &change);
    void spotChanged(const coworking::LiveSpotChange &change);
    // A seq was missed (expected, received); a fresh snapshot is on its way.
    void gapDetected(qint64 expected, qint64 received);
    void stateChanged(coworking::client::LiveFeed::State state);

private:
    void open();
    void onMessage(const QString &text);
    void onClosed();
    void scheduleReconnect(bool immediately);
    void discardSocket();
    void setState(State state);
    void emitTyped(const QJsonObject &message);
    void onPingTimer();

    ApiClient &m_api;
    QString m_coworkingId;
    std::unique_ptr<QWebSocket> m_socket;
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_handshakeTimer; // a connection that never completes its upgrade
    int m_unansweredPings = 0;
    State m_state = State::Connecting;
    qint64 m_lastSeq = 0;
    bool m_haveSnapshot = false;
    bool m_dropNextChange = false;
    bool m_refreshedForThisAttempt = false;
    int m_attempt = 0;
    std::chrono::milliseconds m_firstDelay{ 500 };
    std::chrono::milliseconds m_maxDelay{ 30000 };
    QString m_lastError;
};

} // namespace coworking::client
