#include "apiclient.h"

#include "tokenstore.h"

#include "auth/authjson.h"
#include "common/errorenvelope.h"

#include "common/datetime.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace coworking::client {

struct ApiClient::Pending
{
    ApiRequest request;
    QPointer<QObject> context;
    bool bounded = false; // a context was given: no answer once it is gone
    // Set when the context starts to go: a QWidget announces destroyed() from its own destructor,
    // while QPointer still holds it, and the abort that follows finishes the reply at once.
    bool contextGone = false;
    ResponseCallback done;
    QString sentToken; // the access token the last attempt carried
    bool replayed = false; // already sent again after a refresh
    std::optional<ApiError> lastError; // the 401 that put it on hold
};

ApiRequest ApiRequest::get(QString path, QUrlQuery query)
{
    ApiRequest r;
    r.path = std::move(path);
    r.query = std::move(query);
    return r;
}

ApiRequest ApiRequest::del(QString path, QUrlQuery query)
{
    ApiRequest r = get(std::move(path), std::move(query));
    r.method = "DELETE";
    return r;
}

ApiRequest ApiRequest::json(QByteArray method, QString path, const QJsonDocument &body)
{
    return raw(std::move(method), std::move(path), body.toJson(QJsonDocument::Compact),
               "application/json");
}

ApiRequest ApiRequest::raw(QByteArray method, QString path, QByteArray body, QByteArray type)
{
    ApiRequest r;
    r.method = std::move(method);
    r.path = std::move(path);
    r.body = std::move(body);
    r.contentType = std::move(type);
    return r;
}

qint64 ApiResponse::totalCount() const
{
    bool ok = false;
    const qint64 total = headers.value("x-total-count").toLongLong(&ok);
    return ok ? total : -1;
}

ApiClient::ApiClient(QUrl baseUrl, TokenStore *tokens, QObject *parent)
    : QObject(parent), m_baseUrl(std::move(baseUrl)), m_tokens(tokens)
{
    // Redirects never leave https for http; the system CA store is Qt's default.
    m_network.setRedirectPolicy(QNetworkRequest::NoLessSafeRedirectPolicy);
}

ApiClient::~ApiClient()
{
    // Held calls and replies still in flight are dropped silently: their callbacks may refer to
    // objects going away too.
    m_destroying = true;
    m_held.clear();
    m_refreshWaiters.clear();
}

void ApiClient::setBaseUrl(QUrl baseUrl)
{
    if (baseUrl == m_baseUrl)
        return;
    endSession();
    m_baseUrl = std::move(baseUrl);
}

QUrl ApiClient::webSocketUrl(const QString &path) const
{
    QUrl url = m_baseUrl;
    url.setScheme(m_baseUrl.scheme() == u"https"_s ? u"wss"_s : u"ws"_s);
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + path);
    return url;
}

QString ApiClient::tokenAccount() const
{
    return m_baseUrl.toString(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash);
}

void ApiClient::post(QObject *context, std::function<void()> f)
{
    // A queued call on `context` is dropped with it; without one, it runs on the application.
    QMetaObject::invokeMethod(context ? context : QCoreApplication::instance(), std::move(f),
                              Qt::QueuedConnection);
}

void ApiClient::send(ApiRequest request, QObject *context, ResponseCallback done)
{
    auto call = std::make_shared<Pending>();
    call->request = std::move(request);
    call->context = context;
    call->bounded = context != nullptr;
    call->done = std::move(done);
    start(std::move(call));
}

void ApiClient::callDone(ApiRequest request, QObject *context, Callback<Done> done)
{
    send(std::move(request), context, [done = std::move(done)](Result<ApiResponse> r) {
        if (!r.ok())
            return done(r.error());
        done(Done{});
    });
}

void ApiClient::deliver(const std::shared_ptr<Pending> &call, Result<ApiResponse> result)
{
    if (call->bounded && (!call->context || call->contextGone))
        return;
    call->done(std::move(result));
}

void ApiClient::start(std::shared_ptr<Pending> call)
{
    const ApiRequest &r = call->request;
    if (r.authenticated && m_refreshing) {
        m_held.append(std::move(call));
        return;
    }
    QUrl url = m_baseUrl;
    QString base = url.path();
    while (base.endsWith(u'/'))
        base.chop(1);
    url.setPath(base + r.path);
    if (!r.query.isEmpty())
        url.setQuery(r.query);
    QNetworkRequest request(url);
    request.setRawHeader("Accept", r.accept);
    if (!r.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, r.contentType);
    for (const auto &[name, value] : r.headers)
        request.setRawHeader(name, value);
    call->sentToken.clear();
    if (r.authenticated && isSignedIn()) {
        call->sentToken = m_session.accessToken;
        request.setRawHeader("Authorization", "Bearer " + m_session.accessToken.toLatin1());
    }
    QNetworkReply *reply = m_network.sendCustomRequest(request, r.method, r.body);
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(r.timeout.value_or(m_timeout));
    if (call->bounded) {
        connect(call->context.data(), &QObject::destroyed, reply, [call, reply] {
            call->contextGone = true;
            reply->abort();
        });
    }
    connect(reply, &QNetworkReply::finished, this,
            [this, call, reply, timedOut] { finished(call, reply, *timedOut); });
}

void ApiClient::finished(const std::shared_ptr<Pending> &call, QNetworkReply *reply, bool timedOut)
{
    reply->deleteLater();
    if (m_destroying)
        return;
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 0) {
        ApiError e;
        e.message = reply->errorString();
        switch (reply->error()) {
        case QNetworkReply::SslHandshakeFailedError:
            e.kind = ApiError::Kind::Tls;
            break;
        case QNetworkReply::OperationCanceledError:
            e.kind = timedOut ? ApiError::Kind::Timeout : ApiError::Kind::Cancelled;
            break;
        case QNetworkReply::TimeoutError:
            e.kind = ApiError::Kind::Timeout;
            break;
        default:
            e.kind = ApiError::Kind::Network;
        }
        if (e.kind == ApiError::Kind::Network || e.kind == ApiError::Kind::Timeout)
            setReachable(false);
        return deliver(call, e);
    }
    setReachable(true);
    ApiResponse response;
    response.status = status;
    response.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        response.headers.insert(name.toLower(), value);
    if (status >= 200 && status < 300)
        return deliver(call, std::move(response));

    ApiError error = errorFromResponse(response);
    const ApiRequest &r = call->request;
    // An expired access token: one refresh for every call that meets it, then each is replayed.
    if (status == 401 && r.authenticated && !call->sentToken.isEmpty() && !call->replayed
        && !m_session.refreshToken.isEmpty()) {
        call->replayed = true;
        call->lastError = error;
        if (call->sentToken != m_session.accessToken) {
            start(call); // a refresh finished while it was on its way
            return;
        }
        m_held.append(call);
        startRefresh();
        return;
    }
    deliver(call, std::move(error));
}

void ApiClient::setReachable(bool reachable)
{
    if (m_reachable == reachable)
        return;
    m_reachable = reachable;
    emit reachabilityChanged(reachable);
}

ApiError ApiClient::errorFromResponse(const ApiResponse &response)
{
    ApiError e;
    e.kind = ApiError::Kind::Http;
    // Core's reader of the one error shape; a body without it (a proxy's page) keeps the status.
    if (const auto envelope = errorEnvelopeFromJson(response.json().object())) {
        e.code = envelope->code;
        e.message = envelope->message;
        e.details = envelope->details;
        e.fields = envelope->fields;
    }
    e.status = response.status;
    if (e.message.isEmpty())
        e.message = u"HTTP %1"_s.arg(response.status);
    const QByteArray retryAfter = response.headers.value("retry-after");
    if (!retryAfter.isEmpty()) {
        bool ok = false;
        const int seconds = retryAfter.trimmed().toInt(&ok);
        if (ok) {
            e.retryAfterSeconds = seconds;
        } else {
            const QDateTime at =
                    QDateTime::fromString(QString::fromLatin1(retryAfter), Qt::RFC2822Date);
            if (at.isValid())
                e.retryAfterSeconds =
                        int(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(at)));
        }
    }
    return e;
}

ApiError ApiClient::malformed(const ApiResponse &response, const DecodeError &why)
{
    ApiError e;
    e.kind = ApiError::Kind::Decode;
    e.status = response.status;
    e.message = why.field.isEmpty()
            ? u"The server's answer could not be read."_s
            : u"The server's answer could not be read: %1 %2."_s.arg(why.field, why.message);
    return e;
}

void ApiClient::startSession(const Session &session, const User &user, bool keepSignedIn)
{
    m_session = session;
    m_user = user;
    m_keepSignedIn = keepSignedIn;
    if (m_tokens) {
        if (keepSignedIn)
            m_tokens->save(tokenAccount(), session.refreshToken);
        else
            m_tokens->remove(tokenAccount());
    }
    emit signedIn();
}

void ApiClient::setCurrentUser(const User &user)
{
    m_user = user;
}

void ApiClient::refreshSession(QObject *context, Callback<Done> done)
{
    if (m_session.refreshToken.isEmpty()) {
        post(context, [done = std::move(done)] {
            ApiError e;
            e.kind = ApiError::Kind::Http;
            e.status = 401;
            e.code = u"UNAUTHORIZED"_s;
            e.message = u"Not signed in."_s;
            done(e);
        });
        return;
    }
    m_refreshWaiters.append({ QPointer<QObject>(context), context != nullptr, std::move(done) });
    startRefresh();
}

void ApiClient::resumeSession(const QString &refreshToken, QObject *context, Callback<Done> done)
{
    m_session = Session{};
    m_session.refreshToken = refreshToken;
    m_keepSignedIn = true;
    refreshSession(context, std::move(done));
}

void ApiClient::startRefresh()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_refreshCount;
    ApiRequest request = ApiRequest::json(
            "POST", u"/auth/refresh"_s,
            QJsonDocument(QJsonObject{ { u"refresh_token"_s, m_session.refreshToken } }));
    request.authenticated = false;
    send(std::move(request), this, [this](Result<ApiResponse> r) {
        if (!r.ok())
            return refreshEnded(r.error());
        const auto session = tokenPairFromJson(r.value().json().object());
        if (!session)
            return refreshEnded(malformed(r.value()));
        m_session = *session;
        if (m_keepSignedIn && m_tokens)
            m_tokens->save(tokenAccount(), session->refreshToken);
        emit tokensRefreshed();
        refreshEnded(std::nullopt);
    });
}

void ApiClient::failHeld(const std::function<ApiError(const Pending &)> &error)
{
    const auto held = std::exchange(m_held, {});
    for (const auto &call : held)
        deliver(call, error(*call));
}

void ApiClient::refreshEnded(std::optional<ApiError> error)
{
    m_refreshing = false;
    const auto waiters = std::exchange(m_refreshWaiters, {});
    if (!error) {
        const auto held = std::exchange(m_held, {});
        for (const auto &call : held)
            start(call);
        for (const Waiter &w : waiters) {
            if (!w.bounded || w.context)
                w.done(Done{});
        }
        return;
    }
    // Refused (revoked, spent, expired, or the user banned): the session is over. A transport
    // failure keeps it: the next call tries again.
    const bool refused =
            error->kind == ApiError::Kind::Http && (error->status == 401 || error->status == 403);
    if (refused) {
        const bool wasSignedIn = isSignedIn();
        m_session = Session{};
        m_user.reset();
        if (m_tokens)
            m_tokens->remove(tokenAccount());
        emit sessionExpired();
        if (wasSignedIn)
            emit signedOut();
    }
    failHeld([&](const Pending &call) {
        return refused && error->status == 401 && call.lastError ? *call.lastError : *error;
    });
    for (const Waiter &w : waiters) {
        if (!w.bounded || w.context)
            w.done(*error);
    }
}

void ApiClient::endSession()
{
    failHeld([](const Pending &) {
        ApiError e;
        e.kind = ApiError::Kind::Cancelled;
        e.message = u"Signed out."_s;
        return e;
    });
    const bool wasSignedIn = isSignedIn();
    m_session = Session{};
    m_user.reset();
    m_keepSignedIn = false;
    if (m_tokens)
        m_tokens->remove(tokenAccount());
    if (wasSignedIn)
        emit signedOut();
}

} // namespace coworking::client
