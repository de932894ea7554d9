#include "authcontroller.h"

#include "router.h"
#include "auth/authjson.h"
#include "auth/authservice.h"
#include "auth/ratelimit.h"
#include "common/apperror.h"
#include "common/jsonbody.h"
#include "apirequest.h"
#include "common/jsonkeys.h"

#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Generous: registration caps passwords at 128 characters, so a longer one is simply wrong.
constexpr int kMaxEmail = 320;
constexpr int kMaxPassword = 1024;
constexpr int kMaxRefreshToken = 256;

struct Credentials
{
    QString email;
    QString password;
};

// application/x-www-form-urlencoded, as an OAuth2 password grant sends it.
Credentials credentialsFromForm(const QByteArray &body)
{
    // QUrlQuery keeps '+' literally; in a form it stands for a space.
    QByteArray text = body;
    text.replace('+', "%20");
    const QUrlQuery form(QString::fromUtf8(text));
    JsonBody errors{ QJsonObject() };
    auto field = [&form, &errors](const QString &key, int limit) {
        if (!form.hasQueryItem(key)) {
            errors.addError(key, u"is required"_s);
            return QString();
        }
        QString value = form.queryItemValue(key, QUrl::FullyDecoded);
        JsonBody::requireNoNul(key, value);
        if (value.size() > limit)
            errors.addError(key, u"must be at most %1 characters"_s.arg(limit));
        return value;
    };
    Credentials c;
    c.email = field(keys::Username, kMaxEmail);
    c.password = field(keys::Password, kMaxPassword);
    errors.finish();
    return c;
}

Credentials credentialsFromJson(const QJsonObject &object)
{
    JsonBody json(object);
    Credentials c;
    c.email = json.requiredString(keys::Email, kMaxEmail);
    c.password = json.requiredString(keys::Password, kMaxPassword);
    json.finish();
    return c;
}

QString refreshTokenFrom(const ApiRequest &request)
{
    JsonBody json(request.jsonObject());
    const QString token = json.requiredString(keys::RefreshToken, kMaxRefreshToken);
    json.finish();
    return token;
}

} // namespace

ApiResponse AuthController::login(ApiRequest &request)
{
    const Credentials c = request.contentType() == u"application/x-www-form-urlencoded"
            ? credentialsFromForm(request.body())
            : credentialsFromJson(request.jsonObject());
    const QString address = request.clientAddress();
    // Counted before the password is checked, so a client past its limit costs no hash; given
    // back when the login fails (failures have their own throttle).
    RateLimit::Ticket ticket = m_logins.acquire(address);
    const TokenPair tokens = m_service.login(c.email, c.password, address);
    ticket.keep();
    // Tokens must not linger in caches between the client and us.
    return ApiResponse::ok(toJson(tokens)).withHeader("Cache-Control", "no-store");
}

ApiResponse AuthController::refresh(ApiRequest &request)
{
    const TokenPair tokens = m_service.refresh(refreshTokenFrom(request));
    return ApiResponse::ok(toJson(tokens)).withHeader("Cache-Control", "no-store");
}

ApiResponse AuthController::logout(ApiRequest &request)
{
    m_service.logout(refreshTokenFrom(request));
    return ApiResponse::noContent();
}

void AuthController::registerRoutes(Router &router)
{
    router.add(u"POST"_s, u"/auth/login"_s, Access::Public,
               handlerOf(*this, &AuthController::login));
    router.add(u"POST"_s, u"/auth/refresh"_s, Access::Public,
               handlerOf(*this, &AuthController::refresh));
    router.add(u"POST"_s, u"/auth/logout"_s, Access::Public,
               handlerOf(*this, &AuthController::logout));
}

} // namespace coworking
