#include "authapi.h"

#include "auth/authjson.h"
#include "users/userjson.h"
#include "tokenstore.h"

#include <QPointer>

using namespace Qt::StringLiterals;

namespace coworking::client {

namespace {

// GET /users/me with a token the client does not hold yet: the session starts only once the
// user is known.
ApiRequest meWith(const QString &accessToken)
{
    ApiRequest me = ApiRequest::get(u"/users/me"_s);
    me.authenticated = false;
    me.headers.append({ "Authorization", "Bearer " + accessToken.toLatin1() });
    return me;
}

} // namespace

void AuthApi::login(const QString &email, const QString &password, bool keepSignedIn,
                    QObject *context, Callback<User> done)
{
    ApiRequest request = ApiRequest::json(
            "POST", u"/auth/login"_s,
            QJsonDocument(QJsonObject{ { u"email"_s, email }, { u"password"_s, password } }));
    request.authenticated = false;
    ApiClient *api = &m_api;
    api->send(std::move(request), context,
              [api, context, keepSignedIn, done = std::move(done)](Result<ApiResponse> r) {
                  if (!r.ok())
                      return done(r.error());
                  const auto session = tokenPairFromJson(r.value().json().object());
                  if (!session)
                      return done(ApiClient::malformed(r.value()));
                  api->call<User>(
                          meWith(session->accessToken), context,
                          [api, session = *session, keepSignedIn, done](Result<User> me) {
                              if (me.ok())
                                  api->startSession(session, me.value(), keepSignedIn);
                              done(std::move(me));
                          },
                          asObject<User>(userFromJson));
              });
}

void AuthApi::restoreSession(QObject *context, Callback<User> done)
{
    ApiClient *api = &m_api;
    TokenStore *store = api->tokenStore();
    auto fail = [](const QString &message) {
        ApiError e;
        e.kind = ApiError::Kind::Http;
        e.status = 401;
        e.code = u"UNAUTHORIZED"_s;
        e.message = message;
        return e;
    };
    if (!store) {
        ApiClient::post(context, [done, fail] { done(fail(u"No token store."_s)); });
        return;
    }
    store->load(api->tokenAccount(), context,
                [api, context, fail, done = std::move(done)](std::optional<QString> token) {
                    if (!token || token->isEmpty())
                        return done(fail(u"No saved session for this server."_s));
                    api->resumeSession(*token, context, [api, context, done](Result<Done> r) {
                        if (!r.ok())
                            return done(r.error());
                        const Session session = api->session();
                        api->call<User>(
                                ApiRequest::get(u"/users/me"_s), context,
                                [api, session, done](Result<User> me) {
                                    if (me.ok())
                                        api->startSession(session, me.value(), true);
                                    done(std::move(me));
                                },
                                asObject<User>(userFromJson));
                    });
                });
}

void AuthApi::logout(QObject *context, Callback<Done> done)
{
    const QString refreshToken = m_api.session().refreshToken;
    // The local session ends now whatever the server says: signing out must work offline.
    m_api.endSession();
    if (refreshToken.isEmpty()) {
        ApiClient::post(context, [done = std::move(done)] { done(Done{}); });
        return;
    }
    ApiRequest request =
            ApiRequest::json("POST", u"/auth/logout"_s,
                             QJsonDocument(QJsonObject{ { u"refresh_token"_s, refreshToken } }));
    request.authenticated = false;
    m_api.callDone(std::move(request), context, std::move(done));
}

} // namespace coworking::client
