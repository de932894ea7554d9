#pragma once

#include "liveconfig.h"
#include "liveevent.h"
#include "livehub.h"
#include "coworkings/coworking.h"
#include "users/user.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <memory>
#include <optional>

class QWebSocket;

namespace coworking {

class AccessPolicy;
class Authenticator;
class BookingRepository;
class Clock;
class CoworkingRepository;
class LiveHub;
class SpotRepository;
class UserRepository;

// The live sockets of one worker thread (GET /coworkings/{id}/live, see openapi.json): it
// authenticates each socket right after the upgrade, sends it a snapshot read through this
// worker's database connection, then one message per change, numbered by a per-socket `seq`.
// Lives and is called in its worker's thread only; the hub reaches it with queued calls.
// A socket keeps only the rights it still has: it is closed when its token expires, its user is
// banned or deleted, its coworking deleted, or (staff) its staff role taken away; found by a
// periodic batched re-check, and before anything carrying user ids is sent to staff.
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
        UserRepository &users;
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
        Actor actor; // as admitted; its rights are read again, not trusted from here
        QDateTime tokenExpiresAt;
        bool seesUsers = false; // staff of the coworking or an admin, when admitted
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

    // What one round of checks has read, so each user, coworking and staff role is looked up
    // once per round however many sockets share it.
    struct RightsRound
    {
        QHash<QString, std::optional<UserStanding>> users;
        QHash<QString, std::optional<Coworking>> coworkings;
        QHash<QString, bool> staff; // by coworking id + '/' + user id
    };

    void refuse(QWebSocket *socket, const QString &reason);
    // The close reason when the subscriber lost its rights, else empty. Throws when the database
    // cannot tell (std::exception).
    QString lostRights(const Subscriber &subscriber, RightsRound &round);
    // Before user ids go to staff subscribers: false when the socket may not have them (closed
    // when it lost its rights; waiting for a snapshot when its rights could not be read).
    bool mayStillSeeUsers(QWebSocket *socket, Subscriber &subscriber, RightsRound &round);
    void closeExpired();
    void recheckAll();
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
    QTimer m_expiryTimer; // reads only the clock: every second
    QTimer m_recheckTimer;
    QTimer m_refreshTimer;
    QTimer m_retryTimer; // snapshots that failed (database down) are tried again
};

} // namespace coworking
