#include "systemapi.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void SystemApi::health(QObject *context, Callback<ServerHealth> done)
{
    ApiRequest request = ApiRequest::get(u"/healthcheck"_s);
    request.authenticated = false;
    SystemApi *self = this;
    m_api.send(std::move(request), context,
               [self, context, done = std::move(done)](Result<ApiResponse> r) {
                   // A 503 is an answer too: the server runs, its database does not.
                   if (!r.ok() && r.error().isHttp(503))
                       return done(ServerHealth{ u"unavailable"_s, u"unreachable"_s, {}, {} });
                   if (!r.ok())
                       return done(r.error());
                   const std::optional<ApiResponse> response = r.value();
                   const QJsonObject o = response->json().object();
                   ServerHealth health{ o.value(u"status"_s).toString(),
                                        o.value(u"database"_s).toString(),
                                        o.value(u"runner"_s).toString(),
                                        o.value(u"version"_s).toString() };
                   if (health.status.isEmpty())
                       return done(ApiClient::malformed(*response));
                   if (!health.version.isEmpty())
                       return done(health);
                   self->serverVersion(context, [health, done](Result<QString> version) mutable {
                       if (version.ok())
                           health.version = version.value();
                       done(health);
                   });
               });
}

void SystemApi::serverVersion(QObject *context, Callback<QString> done)
{
    ApiRequest request = ApiRequest::get(u"/openapi.json"_s);
    request.authenticated = false;
    m_api.call<QString>(
            std::move(request), context, std::move(done),
            asObject<QString>([](const QJsonObject &o, DecodeError *) -> std::optional<QString> {
                const QString v = o.value(u"info"_s).toObject().value(u"version"_s).toString();
                return v.isEmpty() ? std::nullopt : std::optional(v);
            }));
}

void SystemApi::metrics(QObject *context, Callback<QByteArray> done)
{
    ApiRequest request = ApiRequest::get(u"/metrics"_s);
    request.accept = "text/plain";
    request.authenticated = false;
    m_api.call<QByteArray>(std::move(request), context, std::move(done), bytes());
}

} // namespace coworking::client
