#pragma once

#include "apiresult.h"
#include "auth/authservice.h"
#include "common/jsonreader.h"
#include "users/user.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QJsonDocument>
#include <QList>
#include <QNetworkAccessManager>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace coworking::client {

class TokenStore;

// One HTTP call as the resource families describe it.
struct ApiRequest
{
    QByteArray method = "GET";
    QString path; // "/bookings/…", relative to the base URL
    QUrlQuery query;
    QByteArray body;
    QByteArray contentType; // set with a body; "application/json" by json()
    QByteArray accept = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    bool authenticated = true; // sends the bearer token and takes part in the refresh
    std::optional<std::chrono::milliseconds> timeout; // the client's default otherwise

    static ApiRequest get(QString path, QUrlQuery query = {});
    static ApiRequest del(QString path, QUrlQuery query = {});
    static ApiRequest json(QByteArray method, QString path, const QJsonDocument &body);
    static ApiRequest raw(QByteArray method, QString path, QByteArray body, QByteArray type);
};

// A successful (2xx) answer.
struct ApiResponse
{
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    qint64 totalCount() const; // X-Total-Count, -1 when absent
};

// The signed-in session as the server issued it: core's token pair.
using Session = TokenPair;

// The HTTP side of the client: base URL, bearer token, timeouts, typed errors, and the session's
// token refresh. Lives on one thread (the GUI's) and never blocks it: every answer arrives later
// through a callback, queued on that thread and dropped when its `context` object is destroyed.
//
// When an authenticated call gets 401, the client refreshes the session once (a single
// POST /auth/refresh however many calls failed or started meanwhile), then replays the held calls
// with the new token; if the refresh is refused, the session ends (sessionExpired) and the held
// calls fail with the original 401.
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    using ResponseCallback = std::function<void(Result<ApiResponse>)>;

    explicit ApiClient(QUrl baseUrl, TokenStore *tokens, QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    void setBaseUrl(QUrl baseUrl);
    // The live endpoint's URL: ws:// for http://, wss:// for https://.
    QUrl webSocketUrl(const QString &path) const;
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    TokenStore *tokenStore() const { return m_tokens; }
    QNetworkAccessManager &network() { return m_network; }

    bool isSignedIn() const { return !m_session.accessToken.isEmpty(); }
    const Session &session() const { return m_session; }
    std::optional<User> currentUser() const { return m_user; }
    // How many refreshes this client has sent (tests, diagnostics).
    int refreshCount() const { return m_refreshCount; }

    // Sends one call. `done` runs later on this thread unless `context` is gone by then.
    void send(ApiRequest request, QObject *context, ResponseCallback done);

    // Typed form: `decode` turns a 2xx answer into T (nullopt: a Decode error saying which
    // field was wrong).
    template<typename T>
    void call(ApiRequest request, QObject *context, Callback<T> done,
              std::function<std::optional<T>(const ApiResponse &, DecodeError *)> decode)
    {
        send(std::move(request), context,
             [done = std::move(done), decode = std::move(decode)](Result<ApiResponse> r) {
                 if (!r.ok())
                     return done(r.error());
                 DecodeError why;
                 std::optional<T> value = decode(r.value(), &why);
                 if (!value)
                     return done(malformed(r.value(), why));
                 done(std::move(*value));
             });
    }
    // Calls that answer nothing worth reading (204, or a body the caller does not need).
    void callDone(ApiRequest request, QObject *context, Callback<Done> done);

    // Session handling for AuthApi and LiveFeed.
    void startSession(const Session &session, const User &user, bool keepSignedIn);
    void setCurrentUser(const User &user);
    // Makes sure a refresh is in flight (or starts one) and calls back when it ends: the
    // LiveFeed uses it when the server refuses its token.
    void refreshSession(QObject *context, Callback<Done> done);
    // Starts a session from a refresh token (one the TokenStore kept).
    void resumeSession(const QString &refreshToken, QObject *context, Callback<Done> done);
    // Forgets the session here (tokens, user, the stored refresh token); the server is told by
    // AuthApi::logout. Held calls fail as Cancelled.
    void endSession();
    // The key under which the TokenStore keeps this server's refresh token.
    QString tokenAccount() const;

    // Runs `f` later on this thread unless `context` is gone: how errors found before any
    // request is sent still reach the caller asynchronously.
    static void post(QObject *context, std::function<void()> f);
    // The error an error status carries (the API's envelope: code, message, field errors,
    // details, Retry-After).
    static ApiError errorFromResponse(const ApiResponse &response);
    // A 2xx answer that is not what the API promises.
    static ApiError malformed(const ApiResponse &response, const DecodeError &why = {});

signals:
    void signedIn();
    void signedOut();
    // The refresh token was refused: the user must sign in again.
    void sessionExpired();
    void tokensRefreshed();
    // False after a call found no server, true again after the next answer.
    void reachabilityChanged(bool reachable);

private:
    struct Pending;
    void start(std::shared_ptr<Pending> call);
    void finished(const std::shared_ptr<Pending> &call, QNetworkReply *reply, bool timedOut);
    static void deliver(const std::shared_ptr<Pending> &call, Result<ApiResponse> result);
    void failHeld(const std::function<ApiError(const Pending &)> &error);
    void startRefresh();
    void refreshEnded(std::optional<ApiError> error);
    void setReachable(bool reachable);

    QUrl m_baseUrl;
    TokenStore *m_tokens;
    QNetworkAccessManager m_network;
    std::chrono::milliseconds m_timeout{ 15000 };
    Session m_session;
    std::optional<User> m_user;
    bool m_keepSignedIn = false;
    bool m_refreshing = false;
    int m_refreshCount = 0;
    bool m_reachable = true;
    QList<std::shared_ptr<Pending>> m_held; // waiting for the refresh in flight
    struct Waiter
    {
        QPointer<QObject> context;
        bool bounded = false;
        Callback<Done> done;
    };
    QList<Waiter> m_refreshWaiters;
    bool m_destroying = false; // replies aborted by the manager's destruction answer nobody
};

} // namespace coworking::client
