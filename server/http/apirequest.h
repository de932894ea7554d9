#pragma once

#include "apiresponse.h"
#include "users/user.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QJsonObject>
#include <QString>
#include <QUrlQuery>

#include <optional>

class QHttpServerRequest;

namespace coworking {

struct PageRequest;

// What a controller sees of a request: already routed and authenticated.
class ApiRequest final
{
public:
    ApiRequest(const QHttpServerRequest &request, QString method, QString path);

    const QString &method() const { return m_method; }
    const QString &path() const { return m_path; }
    // The TCP peer; the client's address (the peer, or who a trusted proxy says) is below.
    QHostAddress remoteAddress() const;
    const QString &clientAddress() const { return m_clientAddress; }
    void setClientAddress(QString address) { m_clientAddress = std::move(address); }
    // Every line of a header that may repeat, joined by commas (RFC 9110, 5.3).
    QByteArray headerList(const QByteArray &name) const;
    // Header access lives here only, so a Qt upgrade (QHttpHeaders in 6.8) touches one place.
    QByteArray header(const QByteArray &name) const;
    QByteArray body() const;
    QString contentType() const; // lower-case media type without parameters

    // Path parameters of the matched route ("{id}" → param("id")); UUIDs are validated by
    // the router before the controller runs.
    QString param(const QString &name) const { return m_params.value(name); }
    void setParams(QHash<QString, QString> params) { m_params = std::move(params); }

    // Query parameters; the typed readers throw 422 VALIDATION_ERROR naming the parameter.
    QString query(const QString &name) const;
    bool hasQuery(const QString &name) const;
    std::optional<QString> optionalQuery(const QString &name) const; // nullopt when absent
    std::optional<QDateTime> queryDateTime(const QString &name) const;
    std::optional<bool> queryBool(const QString &name) const;
    QString queryId(const QString &name) const; // empty when absent
    PageRequest page() const;

    // JSON object body: 400 for a wrong Content-Type or unparseable JSON.
    QJsonObject jsonObject() const;

    // Set by the auth step.
    const Actor &actor() const { return m_actor; }
    void setActor(Actor actor) { m_actor = std::move(actor); }
    const QString &requestId() const { return m_requestId; }
    void setRequestId(QString id) { m_requestId = std::move(id); }

private:
    const QHttpServerRequest &m_request;
    QString m_method;
    QString m_path;
    QUrlQuery m_query;
    QHash<QString, QString> m_params;
    Actor m_actor;
    QString m_requestId;
    QString m_clientAddress;
};

// A body the client may hold already, under `etag` (quoted): 304 without the body when the
// request's If-None-Match names it (weak comparison, RFC 9110, 13.1.2) or is "*", else 200 with
// it (and nosniff); both carry the ETag and `cacheControl`.
ApiResponse conditionalResponse(const ApiRequest &request, QByteArray body, QByteArray contentType,
                                const QByteArray &etag, const QByteArray &cacheControl);

} // namespace coworking
