#include "fcmpushgateway.h"

#include "common/clock.h"
#include "pushlog.h"
#include "rs256signer.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace coworking {

namespace {

const auto kScope = "https://www.googleapis.com/auth/firebase.messaging"_L1;
const auto kGrantType = "urn:ietf:params:oauth:grant-type:jwt-bearer"_L1;
constexpr qint64 kAssertionLifetimeSecs = 3600; // the most Google accepts
constexpr qint64 kRenewBeforeExpirySecs = 60;
// After a failed token fetch, pushes fail at once for this long instead of each waiting for the
// token endpoint again (a push to five devices would otherwise wait five timeouts).
constexpr qint64 kTokenRetryAfterSecs = 30;
constexpr qint64 kMaxCredentialsBytes = 64 * 1024; // a key file is about 2.4 KB

// What an FCM error answer says: {"error": {"status", "message", "details": [...]}}.
struct FcmError
{
    QString status; // INVALID_ARGUMENT, NOT_FOUND, UNAVAILABLE...
    QString errorCode; // FcmError detail: UNREGISTERED, INVALID_ARGUMENT, QUOTA_EXCEEDED...
    QString message;
    bool aboutToken = false; // a BadRequest field violation names message.token

    static FcmError parse(const QByteArray &body)
    {
        const QJsonObject error =
                QJsonDocument::fromJson(body).object().value("error"_L1).toObject();
        FcmError e;
        e.status = error.value("status"_L1).toString();
        e.message = error.value("message"_L1).toString().left(200);
        for (const QJsonValue value : error.value("details"_L1).toArray()) {
            const QJsonObject detail = value.toObject();
            const QString type = detail.value("@type"_L1).toString();
            if (type == "type.googleapis.com/google.firebase.fcm.v1.FcmError"_L1) {
                e.errorCode = detail.value("errorCode"_L1).toString();
            } else if (type == "type.googleapis.com/google.rpc.BadRequest"_L1) {
                for (const QJsonValue v : detail.value("fieldViolations"_L1).toArray())
                    e.aboutToken |= v.toObject().value("field"_L1).toString() == "message.token"_L1;
            }
        }
        return e;
    }

    // The device token itself is dead. Only FCM's explicit word counts: a bare 404 (a wrong
    // project id, a proxy) or an invalid payload must not make us forget every token.
    bool tokenGone(int httpStatus) const
    {
        if (errorCode == "UNREGISTERED"_L1)
            return true;
        return httpStatus == 400
                && (status == "INVALID_ARGUMENT"_L1 || errorCode == "INVALID_ARGUMENT"_L1)
                && (aboutToken || message.contains("registration token"_L1, Qt::CaseInsensitive));
    }

    QString describe(int httpStatus) const
    {
        QString text = u"HTTP "_s + QString::number(httpStatus);
        for (const QString &part : { status, errorCode }) {
            if (!part.isEmpty())
                text += u' ' + part;
        }
        if (!message.isEmpty())
            text += u": "_s + message;
        return text;
    }
};

// FCM takes string values only in "data"; the API already guarantees them, this keeps a
// future caller's number from turning the whole push into a 400.
QJsonObject stringValues(const QJsonObject &data)
{
    QJsonObject strings;
    for (auto it = data.begin(); it != data.end(); ++it) {
        const QJsonValue v = it.value();
        if (v.isString())
            strings.insert(it.key(), v);
        else if (v.isObject())
            strings.insert(
                    it.key(),
                    QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
        else if (v.isArray())
            strings.insert(
                    it.key(),
                    QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact)));
        else
            strings.insert(it.key(), v.toVariant().toString());
    }
    return strings;
}

} // namespace

std::optional<FcmCredentials> FcmCredentials::load(const QString &path, QString *error)
{
    const auto fail = [&](const QString &problem) -> std::optional<FcmCredentials> {
        *error = u"FCM credentials file "_s + path + u": "_s + problem;
        return std::nullopt;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(file.errorString());
    if (file.size() > kMaxCredentialsBytes)
        return fail(u"too large for a service-account key"_s);
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return fail(u"not valid JSON (%1 at offset %2)"_s.arg(parseError.errorString())
                            .arg(parseError.offset));
    const QJsonObject json = doc.object();
    if (json.value("type"_L1).toString() != "service_account"_L1)
        return fail(u"\"type\" is not \"service_account\"; download a service-account key of "
                    "the Firebase project"_s);
    for (const auto field :
         { "project_id"_L1, "client_email"_L1, "private_key"_L1, "token_uri"_L1 }) {
        if (json.value(field).toString().isEmpty())
            return fail(u"\"%1\" is missing"_s.arg(field));
    }
    FcmCredentials credentials;
    credentials.projectId = json.value("project_id"_L1).toString();
    credentials.clientEmail = json.value("client_email"_L1).toString();
    credentials.privateKeyId = json.value("private_key_id"_L1).toString();
    credentials.privateKeyPem = json.value("private_key"_L1).toString().toUtf8();
    credentials.tokenUri = QUrl(json.value("token_uri"_L1).toString(), QUrl::StrictMode);
    const QString scheme = credentials.tokenUri.scheme();
    if (!credentials.tokenUri.isValid() || credentials.tokenUri.host().isEmpty()
        || (scheme != "https"_L1 && scheme != "http"_L1))
        return fail(u"\"token_uri\" is not an http(s) URL"_s);
    return credentials;
}

FcmPushGateway::FcmPushGateway(FcmCredentials credentials, std::unique_ptr<Rs256Signer> signer,
                               const QUrl &endpoint, const Clock &clock)
    : m_credentials(std::move(credentials)),
      m_signer(std::move(signer)),
      m_sendUrl(endpoint.resolved(
              QUrl(u"v1/projects/"_s + m_credentials.projectId + u"/messages:send"_s))),
      m_clock(clock),
      m_http(u"fcm-http"_s, 10s)
{
}

FcmPushGateway::~FcmPushGateway() = default;

std::unique_ptr<FcmPushGateway> FcmPushGateway::create(const QString &credentialsFile,
                                                       const QUrl &endpoint, const Clock &clock,
                                                       QString *error)
{
    auto credentials = FcmCredentials::load(credentialsFile, error);
    if (!credentials)
        return nullptr;
    QString keyError;
    auto signer = Rs256Signer::fromPem(credentials->privateKeyPem, &keyError);
    if (!signer) {
        *error = u"FCM credentials file "_s + credentialsFile + u": \"private_key\" is "_s
                + keyError;
        return nullptr;
    }
    credentials->privateKeyPem.clear(); // the signer holds the key; no second copy lingers
    // The path is resolved against the endpoint, so a base URL with a path prefix keeps it.
    QUrl base = endpoint;
    if (!base.path().endsWith(u'/'))
        base.setPath(base.path() + u'/');
    return std::unique_ptr<FcmPushGateway>(
            new FcmPushGateway(std::move(*credentials), std::move(signer), base, clock));
}

std::optional<QByteArray> FcmPushGateway::accessToken(QString *error)
{
    // Held across the fetch: threads that need a token meanwhile wait for this one instead of
    // each asking Google for its own.
    QMutexLocker lock(&m_tokenMutex);
    const QDateTime now = m_clock.now();
    if (!m_accessToken.isEmpty() && now < m_renewAt)
        return m_accessToken;
    if (m_accessToken.isEmpty() && now < m_retryTokenAt) {
        *error = m_tokenError + u" (not retried before "_s + m_retryTokenAt.toString(Qt::ISODate)
                + u')';
        return std::nullopt;
    }
    const auto failed = [&](const QString &reason) -> std::optional<QByteArray> {
        m_accessToken.clear();
        m_tokenError = reason;
        m_retryTokenAt = now.addSecs(kTokenRetryAfterSecs);
        *error = reason;
        return std::nullopt;
    };

    const qint64 iat = now.toSecsSinceEpoch();
    const QJsonObject claims{
        { u"iss"_s, m_credentials.clientEmail },
        { u"scope"_s, kScope },
        { u"aud"_s, m_credentials.tokenUri.toString(QUrl::FullyEncoded) },
        { u"iat"_s, double(iat) },
        { u"exp"_s, double(iat + kAssertionLifetimeSecs) },
    };
    const QByteArray assertion = m_signer->jwt(claims, m_credentials.privateKeyId);
    if (assertion.isEmpty())
        return failed(u"cannot sign the token request"_s);
    // The assertion is base64url and dots: nothing to escape in a form body.
    const QByteArray form =
            "grant_type=" + QUrl::toPercentEncoding(kGrantType) + "&assertion=" + assertion;
    const auto response =
            m_http.post(m_credentials.tokenUri,
                        { { "Content-Type", "application/x-www-form-urlencoded" } }, form);
    if (response.status == 0)
        return failed(u"token endpoint unreachable: "_s + response.error);
    const QJsonObject answer = QJsonDocument::fromJson(response.body).object();
    if (response.status != 200) {
        // OAuth2 errors ({"error", "error_description"}) name the problem, never a secret.
        return failed(u"token endpoint answered HTTP %1 %2 %3"_s.arg(response.status)
                              .arg(answer.value("error"_L1).toString(),
                                   answer.value("error_description"_L1).toString().left(200))
                              .trimmed());
    }
    const QString token = answer.value("access_token"_L1).toString();
    const qint64 expiresIn = answer.value("expires_in"_L1).toInteger();
    if (token.isEmpty() || expiresIn <= 0)
        return failed(u"token endpoint answered without access_token or expires_in"_s);
    m_accessToken = token.toUtf8();
    // Counted from before the request, so the token is renewed early rather than late.
    m_renewAt = now.addSecs(expiresIn - kRenewBeforeExpirySecs);
    return m_accessToken;
}

void FcmPushGateway::discardAccessToken(const QByteArray &token)
{
    QMutexLocker lock(&m_tokenMutex);
    if (m_accessToken == token)
        m_accessToken.clear();
}

PushGateway::Outcome FcmPushGateway::send(const DeviceToken &device, const QString &title,
                                          const QString &body, const QJsonObject &data)
{
    QJsonObject message{
        { u"token"_s, device.token },
        { u"notification"_s, QJsonObject{ { u"title"_s, title }, { u"body"_s, body } } },
    };
    if (!data.isEmpty())
        message.insert(u"data"_s, stringValues(data));
    const QByteArray payload =
            QJsonDocument(QJsonObject{ { u"message"_s, message } }).toJson(QJsonDocument::Compact);
    const QString who = deviceTypeName(device.deviceType) + u' ' + redactedPushToken(device.token)
            + u" of user "_s + device.userId;

    // A 401 means the cached access token died early (revoked, key rotated): one fresh token,
    // one more try.
    for (int attempt = 1;; ++attempt) {
        QString error;
        const auto accessToken = this->accessToken(&error);
        if (!accessToken) {
            qCWarning(lcPush).noquote() << "FCM push to" << who << "failed:" << error;
            return Outcome::Failed;
        }
        const auto response = m_http.post(m_sendUrl,
                                          { { "Authorization", "Bearer " + *accessToken },
                                            { "Content-Type", "application/json; charset=UTF-8" } },
                                          payload);
        if (response.status == 401 && attempt == 1) {
            discardAccessToken(*accessToken);
            continue;
        }
        if (response.status >= 200 && response.status < 300) {
            qCDebug(lcPush).noquote() << "FCM push to" << who << "delivered";
            return Outcome::Delivered;
        }
        if (response.status == 0) {
            qCWarning(lcPush).noquote() << "FCM push to" << who << "failed:" << response.error;
            return Outcome::Failed;
        }
        const FcmError fcm = FcmError::parse(response.body);
        if (fcm.tokenGone(response.status)) {
            qCInfo(lcPush).noquote() << "FCM no longer knows" << who
                                     << u"(%1); forgetting it"_s.arg(fcm.describe(response.status));
            return Outcome::Unregistered;
        }
        // 429 and 5xx are worth a later retry; anything else is ours to fix (credentials,
        // project, payload), and the log says which.
        qCWarning(lcPush).noquote()
                << "FCM push to" << who << "failed:" << fcm.describe(response.status);
        return Outcome::Failed;
    }
}

} // namespace coworking
