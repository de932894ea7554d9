#pragma once

#include "metrics.h"

#include <QAbstractHttpServer>

#include <atomic>

namespace coworking {

class ApiRequest;
class Authenticator;
class Router;
class TrustedProxies;

// One worker's HTTP server. It takes every request itself (rather than QHttpServer's router) so
// that routing, authentication and errors follow one table and one error shape: 404 and 405 in
// the API's error body, the auth step once per request, every exception mapped in one place.
class ApiServer final : public QAbstractHttpServer
{
    Q_OBJECT
public:
    // `proxies`: whose X-Forwarded-For / X-Real-IP name the client (ApiRequest::clientAddress).
    ApiServer(const Router &router, Authenticator &authenticator, Metrics &metrics,
              const TrustedProxies &proxies, QObject *parent = nullptr);

    // The route whose WebSocket upgrades this server lets Qt complete (newWebSocketConnection);
    // an upgrade on any other path is answered 404.
    // `sendBufferBytes`: SO_SNDBUF of the upgraded sockets (0 leaves the system's).
    void setWebSocketRoute(const QString &pattern, int sendBufferBytes = 0)
    {
        m_webSocketRoute = pattern;
        m_webSocketSendBuffer = sendBufferBytes;
    }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    bool acceptUpgrade(const QHttpServerRequest &request, QTcpSocket *socket);
    QString clientOf(const ApiRequest &request) const;

    const Router &m_router;
    QString m_webSocketRoute;
    int m_webSocketSendBuffer = 0;
    Authenticator &m_authenticator;
    const TrustedProxies &m_proxies;
    RequestRecorder m_recorder; // this worker's lock-free handle on the shared registry
};

} // namespace coworking
