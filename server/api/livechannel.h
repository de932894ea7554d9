#pragma once

#include "liveconfig.h"
#include "liveevent.h"
#include "livehub.h"
#include "users/user.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>

class QWebSocket;

namespace coworking {

class AccessPolicy;
class Authenticator;
class BookingRepository;
class Clock;
class CoworkingRepository;
class LiveHub;
class SpotRepository;

// The live sockets of one worker thread (GET /coworkings/{id}/live, see openapi.json): it
// authenticates each socket right after the upgrade, sends it a snapshot read through this
// worker's database connection, then one message per change, numbered by a per-socket `seq`.
// Lives and is called in its worker's thread only; the hub reaches it with queued calls.
class LiveChannel final : public LiveListener
{
    Q_OBJECT
public:
    // The close code of every refusal (RFC 6455 "policy violation"), the reason saying which.
    // Not 1013 for "try again later": Qt 6.4's QWebSocket rejects that code as a protocol error.
    static constexpr quint16 kPolicyViolation = 1008;

    struct Repositories
    {
        CoworkingRepository &coworkings;
        SpotRepository &spots;
        BookingRepository &bookings;
        AccessPolicy &access;
    };

    LiveChannel(LiveHub &hub, const LiveConfig &config, Authenticator &authenticator,
                Repositories repositories, const Clock &clock);
    ~LiveChannel() override;

    // Takes a socket QAbstractHttpServer has just upgraded.
    void accept(std::unique_ptr<QWebSocket> socket);

    void onEvents(const QList<LiveEvent> &events) override;
    void resyncAll() override;

    int subscriberCount() const { return int(m_subscribers.size()); }

private:
    struct Subscriber
    {
        QString coworkingId;
        bool seesUsers = false; // staff of the coworking or an admin
        qint64 seq = 0;
        int missedPongs = 0;
        bool needsSnapshot = false;
    };
    // One snapshot per coworking per round, shared by its subscribers.
    // Compact JSON, serialized once and shared by every subscriber (only `seq` differs).
    struct Snapshot
    {
        QByteArray withUsers;
        QByteArray withoutUsers;
    };

    void refuse(QWebSocket *socket, const QString &reason);
    void forget(QWebSocket *socket);
    std::optional<Snapshot> readSnapshot(const QString &coworkingId);
    // Snapshots for the given subscribers (all of them when `coworkingId` is empty).
    void sendSnapshots(const QString &coworkingId, bool onlyPending);
    // `body`: a compact JSON object without type and seq, which are spliced in front.
    void send(QWebSocket *socket, Subscriber &subscriber, QByteArrayView type,
              const QByteArray &body);
    void dropTooSlow(QWebSocket *socket);
    void onPingTimer();

    LiveHub &m_hub;
    const LiveConfig &m_config;
    Authenticator &m_authenticator;
    Repositories m_repos;
    const Clock &m_clock;
    QHash<QWebSocket *, Subscriber> m_subscribers;
    QTimer m_pingTimer;
    QTimer m_refreshTimer;
    QTimer m_retryTimer; // snapshots that failed (database down) are tried again
};

} // namespace coworking
