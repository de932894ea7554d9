#include "apiserver.h"

#include "apirequest.h"
#include "authenticator.h"
#include "common/errorcodes.h"
#include "common/jsonkeys.h"
#include "connectionguard.h"
#include "common/apperror.h"
#include "database.h"
#include "errormapper.h"
#include "httperror.h"
#include "logging.h"
#include "metrics.h"
#include "router.h"
#include "trustedproxies.h"

#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTcpSocket>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcHttp, "coworking.http")

namespace coworking {

namespace {

QString methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return u"GET"_s;
    case QHttpServerRequest::Method::Put:
        return u"PUT"_s;
    case QHttpServerRequest::Method::Delete:
        return u"DELETE"_s;
    case QHttpServerRequest::Method::Post:
        return u"POST"_s;
    case QHttpServerRequest::Method::Head:
        return u"HEAD"_s;
    case QHttpServerRequest::Method::Options:
        return u"OPTIONS"_s;
    case QHttpServerRequest::Method::Patch:
        return u"PATCH"_s;
    default:
        return u"UNKNOWN"_s;
    }
}

QString newRequestId()
{
    return QString::number(QRandomGenerator::global()->generate64(), 36).rightJustified(13, u'0');
}

bool wantsClose(const QHttpServerRequest &request)
{
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("connection", Qt::CaseInsensitive) != 0)
            continue;
        // A list of options (RFC 9110, 7.6.1): "keep-alive, close" still asks to close.
        for (const QByteArray &option : value.split(',')) {
            if (option.trimmed().compare("close", Qt::CaseInsensitive) == 0)
                return true;
        }
    }
    return false;
}

} // namespace

ApiServer::ApiServer(const Router &router, Authenticator &authenticator, Metrics &metrics,
                     const TrustedProxies &proxies, QObject *parent)
    : QAbstractHttpServer(parent),
      m_router(router),
      m_authenticator(authenticator),
      m_proxies(proxies),
      m_recorder(metrics)
{
}

QString ApiServer::clientOf(const ApiRequest &request) const
{
    return m_proxies
            .clientAddress(request.remoteAddress(), request.headerList("X-Forwarded-For"),
                           request.header("X-Real-IP"))
            .toString();
}

bool ApiServer::acceptUpgrade(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QString path = request.url().path();
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    const Router::Match match = m_router.match(methodName(request.method()), path);
    const bool accepted =
            !m_webSocketRoute.isEmpty() && match.route && match.route->pattern == m_webSocketRoute;
    accessLog(lcHttp(), QtInfoMsg,
              AccessFields{ newRequestId(), methodName(request.method()),
                            accepted ? m_webSocketRoute : u"unmatched"_s, accepted ? 101 : 404, 0,
                            clientOf(ApiRequest(request, methodName(request.method()), path)) });
    if (!accepted)
        return false; // missingHandler answers 404
    ConnectionGuard::releaseUpgraded(socket);
    if (m_webSocketSendBuffer > 0)
        socket->setSocketOption(QAbstractSocket::SendBufferSizeSocketOption, m_webSocketSendBuffer);
    // Qt hands the socket to its QWebSocketServer after this returns, first dropping every
    // connection of the socket's signals, so this one is made afterwards: nobody else deletes
    // the TCP socket of a finished WebSocket (QWebSocket does not own it).
    QMetaObject::invokeMethod(
            socket,
            [socket] {
                QObject::connect(socket, &QAbstractSocket::disconnected, socket,
                                 &QObject::deleteLater);
                if (socket->state() == QAbstractSocket::UnconnectedState)
                    socket->deleteLater();
            },
            Qt::QueuedConnection);
    return true;
}

bool ApiServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    // A WebSocket upgrade (Qt asks before it upgrades): nothing may be written here.
    // Qt's own test, so that both agree on which requests are upgrades.
    if (request.value("connection").toLower().contains("upgrade")
        && request.value("upgrade").compare("websocket", Qt::CaseInsensitive) == 0)
        return acceptUpgrade(request, socket);
    // Closing after "Connection: close": requests pipelined behind it are neither served nor
    // run (RFC 9112, 9.6).
    if (socket->state() != QAbstractSocket::ConnectedState)
        return true;
    QElapsedTimer timer;
    timer.start();
    QString path = request.url().path();
    if (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    ApiRequest api(request, methodName(request.method()), path);
    api.setClientAddress(clientOf(api));
    QByteArray clientId = api.header("X-Request-Id");
    const bool clientIdOk = !clientId.isEmpty() && clientId.size() <= 64
            && std::all_of(clientId.cbegin(), clientId.cend(), [](char c) {
                   return QChar::isLetterOrNumber(uchar(c)) || c == '-' || c == '_' || c == '.';
               });
    api.setRequestId(clientIdOk ? QString::fromLatin1(clientId) : newRequestId());

    ApiResponse response;
    QString routeTemplate = u"unmatched"_s;
    try {
        const Router::Match match = m_router.match(api.method(), path);
        if (!match.route) {
            if (!match.allowedMethods.isEmpty()) {
                throw HttpError(HttpErrorKind::MethodNotAllowed, errc::MethodNotAllowed,
                                u"Method %1 is not allowed here."_s.arg(api.method()))
                        .withHeader("Allow", match.allowedMethods.join(u", ").toLatin1());
            } else {
                throw AppError::notFound(errc::NotFound, u"No such resource."_s);
            }
        } else {
            routeTemplate = match.route->pattern;
            api.setParams(match.params);
            api.setActor(
                    m_authenticator.authenticate(match.route->access, api.header("Authorization")));
            response = match.route->handler(api);
        }
    } catch (const AppError &error) {
        response = errorResponse(error);
    } catch (const HttpError &error) {
        response = errorResponse(error);
    } catch (const ConstraintViolation &violation) {
        // A constraint no rule anticipated: the request conflicts with the stored state.
        // The route, not the path: a path may hold a secret (a calendar feed's token).
        qCWarning(lcHttp) << "unmapped constraint violation" << violation.sqlState << routeTemplate;
        response = errorResponse(
                AppError::conflict(errc::Conflict, u"The request conflicts with stored data."_s));
    } catch (const std::exception &e) {
        qCCritical(lcHttp) << "unhandled exception on" << routeTemplate << e.what();
        response = errorResponse(AppError::internal());
    }
    response.withHeader("X-Request-Id", api.requestId().toLatin1());

    // Counted before the answer leaves, so a client that saw it finds it in the next scrape.
    const qint64 nanos = timer.nsecsElapsed();
    m_recorder.record(api.method(), routeTemplate, response.status, nanos);

    const bool close = wantsClose(request);
    QByteArray bytes = serializeResponse(response, close);
    if (request.method() == QHttpServerRequest::Method::Head && response.status != 204)
        bytes.chop(response.body.size()); // HEAD: the GET's headers, Content-Length included
    socket->write(bytes);
    // Out now, not when the event loop next polls for writing: a live fan-out queued meanwhile
    // on this thread would otherwise hold the answer back.
    socket->flush();
    if (close)
        socket->disconnectFromHost();
    // Probes come every few seconds: their lines would drown the rest at info level.
    const bool probe = routeTemplate == u"/healthcheck" || routeTemplate == u"/metrics";
    accessLog(lcHttp(), probe ? QtDebugMsg : QtInfoMsg,
              AccessFields{ api.requestId(), api.method(), routeTemplate, response.status,
                            double(nanos) / 1e6, api.clientAddress() });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest &, QTcpSocket *socket)
{
    // handleRequest answers every request; this only runs for a WebSocket upgrade on a path
    // without a WebSocket endpoint.
    socket->write(serializeResponse(
            errorResponse(AppError::notFound(errc::NotFound, u"No such resource."_s)), true));
    socket->disconnectFromHost();
}

} // namespace coworking
