#include "livechannel.h"

#include "access/accesspolicy.h"
#include "bookings/bookingrepository.h"
#include "common/apperror.h"
#include "common/clock.h"
#include "common/datetime.h"
#include "common/errorcodes.h"
#include "coworkings/coworkingrepository.h"
#include "authenticator.h"
#include "live/livemessage.h"
#include "livehub.h"
#include "metrics.h"
#include "spots/spotjson.h"
#include "spots/spotrepository.h"
#include "users/userrepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QUrlQuery>
#include <QWebSocket>

Q_LOGGING_CATEGORY(lcLive, "coworking.live")

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

// The coworking id of "/coworkings/{id}/live" (the router has already matched the pattern).
QString coworkingIdOf(const QString &path)
{
    const QStringList segments = path.split(u'/', Qt::SkipEmptyParts);
    return segments.size() == 3 ? segments.at(1) : QString();
}

} // namespace

LiveChannel::LiveChannel(LiveHub &hub, const LiveConfig &config, Authenticator &authenticator,
                         Repositories repositories, const Clock &clock)
    : m_hub(hub),
      m_config(config),
      m_authenticator(authenticator),
      m_repos(repositories),
      m_clock(clock)
{
    m_pingTimer.setInterval(m_config.pingIntervalSecs * 1000);
    connect(&m_pingTimer, &QTimer::timeout, this, &LiveChannel::onPingTimer);
    m_pingTimer.start();
    m_expiryTimer.setInterval(1000);
    connect(&m_expiryTimer, &QTimer::timeout, this, &LiveChannel::closeExpired);
    m_expiryTimer.start();
    m_recheckTimer.setInterval(m_config.recheckIntervalSecs * 1000);
    connect(&m_recheckTimer, &QTimer::timeout, this, &LiveChannel::recheckAll);
    m_recheckTimer.start();
    m_refreshTimer.setInterval(m_config.snapshotRefreshSecs * 1000);
    connect(&m_refreshTimer, &QTimer::timeout, this, &LiveChannel::resyncAll);
    m_refreshTimer.start();
    m_retryTimer.setInterval(1000);
    m_retryTimer.setSingleShot(true);
    connect(&m_retryTimer, &QTimer::timeout, this, [this] { sendSnapshots({}, true); });
    m_hub.addChannel(this);
}

LiveChannel::~LiveChannel()
{
    m_hub.removeChannel(this);
    // Sockets go with their channel (their thread ends); their signals must not reach it.
    for (QWebSocket *socket : findChildren<QWebSocket *>(QString(), Qt::FindDirectChildrenOnly)) {
        socket->disconnect(this);
        if (m_subscribers.remove(socket))
            m_hub.releaseConnection();
        delete socket;
    }
}

void LiveChannel::accept(std::unique_ptr<QWebSocket> owned)
{
    QWebSocket *socket = owned.release();
    socket->setParent(this);
    socket->setMaxAllowedIncomingMessageSize(4096); // clients send nothing but pongs
    connect(socket, &QWebSocket::disconnected, this, [this, socket] {
        forget(socket);
        socket->deleteLater();
    });

    if (!m_hub.tryAcquireConnection()) {
        refuse(socket, u"too many live connections"_s);
        return;
    }
    m_subscribers.insert(socket, Subscriber{}); // counted from here; forget() releases it

    const QString origin = socket->origin();
    if (!origin.isEmpty() && !m_config.allowedOrigins.contains(origin)) {
        refuse(socket, u"origin not allowed"_s);
        return;
    }
    const QNetworkRequest request = socket->request();
    QByteArray authorization = request.rawHeader("Authorization");
    const QString queryToken =
            QUrlQuery(request.url()).queryItemValue(u"access_token"_s, QUrl::FullyDecoded);
    if (authorization.isEmpty() && !queryToken.isEmpty())
        authorization = "Bearer " + queryToken.toUtf8();
    Subscriber subscriber;
    subscriber.coworkingId = coworkingIdOf(request.url().path());
    try {
        subscriber.actor = m_authenticator.authenticate(Access::User, authorization,
                                                        &subscriber.tokenExpiresAt);
        const auto coworking = m_repos.coworkings.find(subscriber.coworkingId);
        if (!coworking) {
            refuse(socket, errc::CoworkingNotFound);
            return;
        }
        subscriber.seesUsers = m_repos.access.isStaff(subscriber.actor, *coworking);
    } catch (const AppError &error) {
        refuse(socket, error.code());
        return;
    } catch (const std::exception &) {
        refuse(socket, errc::Unavailable);
        return;
    }
    subscriber.needsSnapshot = true;
    m_subscribers.insert(socket, subscriber);
    connect(socket, &QWebSocket::pong, this, [this, socket] {
        const auto it = m_subscribers.find(socket);
        if (it != m_subscribers.end())
            it->missedPongs = 0;
    });
    sendSnapshots(subscriber.coworkingId, true);
}

void LiveChannel::refuse(QWebSocket *socket, const QString &reason)
{
    qCInfo(lcLive) << "refused" << socket->peerAddress().toString() << reason;
    forget(socket);
    socket->close(QWebSocketProtocol::CloseCode(kPolicyViolation), reason);
    // A peer that never answers the close (or never reads) is cut after a grace period.
    QTimer::singleShot(5000, socket, [socket] { socket->abort(); });
}

QString LiveChannel::lostRights(const Subscriber &subscriber, RightsRound &round)
{
    // INVALID_TOKEN, as REST answers an expired token: clients already refresh on it.
    if (m_clock.now() >= subscriber.tokenExpiresAt)
        return errc::InvalidToken;
    const QString &userId = subscriber.actor.userId;
    auto user = round.users.constFind(userId);
    if (user == round.users.constEnd())
        user = round.users.insert(userId, m_repos.users.findStanding(userId));
    if (!*user)
        return errc::InvalidToken; // the account is gone, as REST answers
    if ((*user)->isBanned)
        return errc::UserBanned;
    auto coworking = round.coworkings.constFind(subscriber.coworkingId);
    if (coworking == round.coworkings.constEnd())
        coworking = round.coworkings.insert(subscriber.coworkingId,
                                            m_repos.coworkings.find(subscriber.coworkingId));
    if (!*coworking)
        return errc::CoworkingNotFound;
    if (!subscriber.seesUsers)
        return {};
    // Closed rather than quietly downgraded: a staff client would otherwise go on showing a
    // map it believes complete; reconnecting gives it what its rights now allow.
    const QString key = subscriber.coworkingId + u'/' + userId;
    auto staff = round.staff.constFind(key);
    if (staff == round.staff.constEnd())
        staff = round.staff.insert(key, m_repos.access.isStaff((*user)->actor, **coworking));
    return *staff ? QString() : QString(errc::Forbidden);
}

bool LiveChannel::mayStillSeeUsers(QWebSocket *socket, Subscriber &subscriber, RightsRound &round)
{
    try {
        const QString reason = lostRights(subscriber, round);
        if (reason.isEmpty())
            return true;
        refuse(socket, reason);
    } catch (const std::exception &) {
        // No user ids on rights nobody could confirm: the state follows once the database
        // answers again, checked then.
        subscriber.needsSnapshot = true;
        if (!m_retryTimer.isActive())
            m_retryTimer.start();
    }
    return false;
}

void LiveChannel::closeExpired()
{
    const QDateTime now = m_clock.now();
    const QList<QWebSocket *> sockets = m_subscribers.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_subscribers.constFind(socket);
        if (it != m_subscribers.constEnd() && !it->coworkingId.isEmpty()
            && now >= it->tokenExpiresAt)
            refuse(socket, errc::InvalidToken);
    }
}

void LiveChannel::recheckAll()
{
    // The users in one batched read; coworkings and staff roles are few and read once each.
    RightsRound round;
    QStringList userIds;
    for (const Subscriber &s : std::as_const(m_subscribers)) {
        if (!s.coworkingId.isEmpty() && !round.users.contains(s.actor.userId)) {
            round.users.insert(s.actor.userId, std::nullopt);
            userIds.append(s.actor.userId);
        }
    }
    if (userIds.isEmpty())
        return;
    QElapsedTimer timer;
    timer.start();
    try {
        for (const UserStanding &standing : m_repos.users.findStandings(userIds))
            round.users.insert(standing.actor.userId, standing);
        const QList<QWebSocket *> sockets = m_subscribers.keys();
        for (QWebSocket *socket : sockets) {
            const auto it = m_subscribers.constFind(socket);
            if (it == m_subscribers.constEnd() || it->coworkingId.isEmpty())
                continue;
            const QString reason = lostRights(*it, round);
            if (!reason.isEmpty())
                refuse(socket, reason);
        }
    } catch (const std::exception &) {
        return; // the database is away: the next round tries again
    }
    qCDebug(lcLive) << "rights of" << m_subscribers.size() << "subscribers," << userIds.size()
                    << "users," << round.coworkings.size() << "coworkings re-read in"
                    << timer.elapsed() << "ms";
}

void LiveChannel::forget(QWebSocket *socket)
{
    if (m_subscribers.remove(socket))
        m_hub.releaseConnection();
}

std::optional<LiveChannel::Snapshot> LiveChannel::readSnapshot(const QString &coworkingId)
{
    const QDateTime now = m_clock.now();
    const TimeRange window{ now, now.addSecs(qint64(m_config.windowHours) * 3600) };
    LiveSnapshot snapshot{ coworkingId, now, window, {}, {} };
    try {
        snapshot.spots = m_repos.spots.listByCoworking(coworkingId);
        snapshot.bookings = m_repos.bookings.activeInCoworking(coworkingId, window);
    } catch (const std::exception &) {
        return std::nullopt; // AppError (database unavailable) or worse: tried again later
    }
    return Snapshot{ compact(toJson(snapshot, true)), compact(toJson(snapshot, false)) };
}

void LiveChannel::sendSnapshots(const QString &coworkingId, bool onlyPending)
{
    QHash<QString, std::optional<Snapshot>> snapshots;
    RightsRound round;
    bool failed = false;
    // The hash may shrink while sending (a socket found too slow): iterate over a copy of keys.
    const QList<QWebSocket *> sockets = m_subscribers.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_subscribers.find(socket);
        if (it == m_subscribers.end() || it->coworkingId.isEmpty())
            continue;
        if ((!coworkingId.isEmpty() && it->coworkingId != coworkingId)
            || (onlyPending && !it->needsSnapshot))
            continue;
        if (it->seesUsers && !mayStillSeeUsers(socket, *it, round))
            continue;
        auto cached = snapshots.find(it->coworkingId);
        if (cached == snapshots.end())
            cached = snapshots.insert(it->coworkingId, readSnapshot(it->coworkingId));
        if (!*cached) {
            it->needsSnapshot = true;
            failed = true;
            continue;
        }
        it->needsSnapshot = false;
        send(socket, *it, LiveMessageTypes::Snapshot,
             it->seesUsers ? (*cached)->withUsers : (*cached)->withoutUsers);
    }
    if (failed && !m_retryTimer.isActive())
        m_retryTimer.start();
}

void LiveChannel::resyncAll()
{
    for (Subscriber &s : m_subscribers)
        s.needsSnapshot = true;
    sendSnapshots({}, true);
}

void LiveChannel::send(QWebSocket *socket, Subscriber &subscriber, QByteArrayView type,
                       const QByteArray &json)
{
    ++subscriber.seq;
    socket->sendTextMessage(QString::fromUtf8(liveMessageBytes(type, subscriber.seq, json)));
    m_hub.metrics().liveMessagesSent(1);
    if (socket->bytesToWrite() > m_config.maxPendingBytes)
        dropTooSlow(socket);
}

void LiveChannel::dropTooSlow(QWebSocket *socket)
{
    qCInfo(lcLive) << "dropping a subscriber too slow to read" << socket->peerAddress().toString()
                   << socket->bytesToWrite() << "bytes pending";
    m_hub.metrics().liveClientTooSlow();
    refuse(socket, u"too slow"_s);
    // It does not read: the close frame would wait behind the backlog forever.
    QTimer::singleShot(0, socket, [socket] { socket->abort(); });
}

void LiveChannel::onEvents(const QList<LiveEvent> &events)
{
    RightsRound round; // one check per staff user per batch, not per socket or message
    for (const LiveEvent &event : events) {
        QByteArray staffJson;
        QByteArray publicJson;
        QByteArrayView type;
        if (event.type == EventTypes::SpotStatusChanged) {
            if (const auto change = liveSpotChangeFromEvent(event.type, event.payload)) {
                type = LiveMessageTypes::Spot;
                staffJson = publicJson = compact(toJson(*change));
            }
        } else if (const auto change = liveBookingChangeFromEvent(event.type, event.payload)) {
            type = LiveMessageTypes::Booking;
            staffJson = compact(toJson(*change, true));
            publicJson = compact(toJson(*change, false));
        }
        if (type.isEmpty()) {
            // Too large for NOTIFY (or unreadable): its subscribers read the state instead.
            for (Subscriber &s : m_subscribers) {
                if (s.coworkingId == event.coworkingId)
                    s.needsSnapshot = true;
            }
            sendSnapshots(event.coworkingId, true);
            continue;
        }
        const bool carriesUsers = staffJson != publicJson;
        const QList<QWebSocket *> sockets = m_subscribers.keys();
        for (QWebSocket *socket : sockets) {
            const auto it = m_subscribers.find(socket);
            // One waiting for its snapshot gets the state with this change in it.
            if (it == m_subscribers.end() || it->coworkingId != event.coworkingId
                || it->needsSnapshot)
                continue;
            if (it->seesUsers && carriesUsers && !mayStillSeeUsers(socket, *it, round))
                continue;
            send(socket, *it, type, it->seesUsers ? staffJson : publicJson);
        }
    }
}

void LiveChannel::onPingTimer()
{
    const QList<QWebSocket *> sockets = m_subscribers.keys();
    for (QWebSocket *socket : sockets) {
        const auto it = m_subscribers.find(socket);
        if (it == m_subscribers.end())
            continue;
        if (it->missedPongs >= 2) {
            qCInfo(lcLive) << "closing a subscriber that stopped answering pings"
                           << socket->peerAddress().toString();
            forget(socket);
            socket->abort();
            continue;
        }
        ++it->missedPongs;
        socket->ping();
    }
}

} // namespace coworking
