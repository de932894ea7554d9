#include "fakefcmserver.h"

#include "testrsakey.h"

#include <QAbstractHttpServer>
#include <QHostAddress>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSemaphore>
#include <QTcpSocket>
#include <QThread>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace coworking::test {

namespace {

const auto kFcmErrorType = "type.googleapis.com/google.firebase.fcm.v1.FcmError"_L1;
const auto kBadRequestType = "type.googleapis.com/google.rpc.BadRequest"_L1;

// FCM's error body: {"error": {code, message, status, details}}.
QJsonObject fcmError(int code, const QString &status, const QString &message,
                     const QJsonArray &details = {})
{
    QJsonObject error{ { u"code"_s, code }, { u"message"_s, message }, { u"status"_s, status } };
    if (!details.isEmpty())
        error.insert(u"details"_s, details);
    return { { u"error"_s, error } };
}

QJsonObject fcmErrorCode(const QString &code)
{
    return { { u"@type"_s, kFcmErrorType }, { u"errorCode"_s, code } };
}

QJsonObject fieldViolation(const QString &field, const QString &description)
{
    return {
        { u"@type"_s, kBadRequestType },
        { u"fieldViolations"_s,
          QJsonArray{ QJsonObject{ { u"field"_s, field }, { u"description"_s, description } } } }
    };
}

QJsonObject oauthError(const QString &error, const QString &description)
{
    return { { u"error"_s, error }, { u"error_description"_s, description } };
}

} // namespace

class FakeFcmServer::HttpServer final : public QAbstractHttpServer
{
public:
    explicit HttpServer(FakeFcmServer &fake) : m_fake(fake) { }

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override
    {
        static const QRegularExpression sendPath(u"^/v1/projects/([^/]+)/messages:send$"_s);
        const QString path = request.url().path();
        const QByteArray contentType = request.value("content-type");
        Reply reply{ 404, fcmError(404, u"NOT_FOUND"_s, u"No such method."_s) };
        if (request.method() == QHttpServerRequest::Method::Post && path == u"/token") {
            reply = m_fake.token(contentType, request.body());
        } else if (const auto match = sendPath.match(path);
                   request.method() == QHttpServerRequest::Method::Post && match.hasMatch()) {
            reply = m_fake.send(match.captured(1), request.value("authorization"), contentType,
                                request.body());
        }
        makeResponder(request, socket)
                .write(QJsonDocument(reply.body),
                       static_cast<QHttpServerResponder::StatusCode>(reply.status));
        return true;
    }

    void missingHandler(const QHttpServerRequest &, QTcpSocket *) override { }

private:
    FakeFcmServer &m_fake;
};

FakeFcmServer::FakeFcmServer(const TestRsaKey &key, const QString &clientEmail)
    : m_key(key), m_clientEmail(clientEmail), m_thread(std::make_unique<QThread>())
{
    m_thread->setObjectName(u"fake-fcm"_s);
    QSemaphore ready;
    // Created, used and deleted in its own thread, as a QTcpServer must be.
    QObject::connect(
            m_thread.get(), &QThread::started, m_thread.get(),
            [this, &ready] {
                auto *server = new HttpServer(*this);
                m_port = server->listen(QHostAddress::LocalHost, 0);
                QObject::connect(
                        m_thread.get(), &QThread::finished, m_thread.get(),
                        [server] { delete server; }, Qt::DirectConnection);
                ready.release();
            },
            Qt::DirectConnection);
    m_thread->start();
    ready.acquire();
    if (m_port == 0)
        qFatal("the fake FCM server cannot listen");
}

FakeFcmServer::~FakeFcmServer()
{
    m_thread->quit();
    m_thread->wait();
}

QUrl FakeFcmServer::url() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_port));
}

QUrl FakeFcmServer::tokenUrl() const
{
    return QUrl(u"http://127.0.0.1:%1/token"_s.arg(m_port));
}

void FakeFcmServer::setAnswer(const QString &deviceToken, Answer answer)
{
    QMutexLocker lock(&m_mutex);
    m_answers.insert(deviceToken, answer);
}

void FakeFcmServer::revokeOnNextSends(int count)
{
    QMutexLocker lock(&m_mutex);
    m_revokeNext = count;
}

QList<FakeFcmServer::Send> FakeFcmServer::sends() const
{
    QMutexLocker lock(&m_mutex);
    return m_sends;
}

QList<QJsonObject> FakeFcmServer::assertions() const
{
    QMutexLocker lock(&m_mutex);
    return m_assertions;
}

QStringList FakeFcmServer::issuedTokens() const
{
    QMutexLocker lock(&m_mutex);
    return m_issuedTokens;
}

QStringList FakeFcmServer::problems() const
{
    QMutexLocker lock(&m_mutex);
    return m_problems;
}

FakeFcmServer::Reply FakeFcmServer::token(const QByteArray &contentType, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    const auto refuse = [&](const QString &problem) {
        m_problems.append(u"token request: "_s + problem);
        return Reply{ 400, oauthError(u"invalid_grant"_s, problem) };
    };
    if (!contentType.startsWith("application/x-www-form-urlencoded"))
        return refuse(u"content type "_s + QString::fromLatin1(contentType));
    const QUrlQuery form(QString::fromUtf8(body));
    if (form.queryItemValue(u"grant_type"_s, QUrl::FullyDecoded)
        != u"urn:ietf:params:oauth:grant-type:jwt-bearer")
        return refuse(u"grant_type"_s);
    QJsonObject header;
    const auto claims = m_key.verifyJwt(form.queryItemValue(u"assertion"_s).toLatin1(), &header);
    if (!claims)
        return refuse(u"Invalid JWT Signature."_s);
    if (header.value("typ"_L1).toString() != u"JWT")
        return refuse(u"typ"_s);
    if (claims->value("iss"_L1).toString() != m_clientEmail)
        return refuse(u"iss"_s);
    if (claims->value("aud"_L1).toString() != tokenUrl().toString())
        return refuse(u"aud"_s);
    if (claims->value("scope"_L1).toString()
        != u"https://www.googleapis.com/auth/firebase.messaging")
        return refuse(u"scope"_s);
    const qint64 iat = claims->value("iat"_L1).toInteger();
    if (iat <= 0 || claims->value("exp"_L1).toInteger() != iat + 3600)
        return refuse(u"iat/exp"_s);
    m_assertions.append(*claims);
    const QString accessToken = u"ya29.fake-%1"_s.arg(m_issuedTokens.size() + 1);
    m_issuedTokens.append(accessToken);
    m_validTokens.insert(accessToken.toLatin1());
    // What Google answers: one second short of the hour.
    return Reply{ 200,
                  { { u"access_token"_s, accessToken },
                    { u"expires_in"_s, 3599 },
                    { u"token_type"_s, u"Bearer"_s } } };
}

FakeFcmServer::Reply FakeFcmServer::send(const QString &projectId, const QByteArray &authorization,
                                         const QByteArray &contentType, const QByteArray &body)
{
    QMutexLocker lock(&m_mutex);
    Send sent{ projectId, authorization, contentType,
               QJsonDocument::fromJson(body).object().value("message"_L1).toObject(), 0 };
    const auto answer = [&](int status, const QJsonObject &json) {
        sent.status = status;
        m_sends.append(sent);
        return Reply{ status, json };
    };
    const QByteArray accessToken =
            authorization.startsWith("Bearer ") ? authorization.mid(7) : QByteArray();
    if (!m_validTokens.contains(accessToken)) {
        // A token this fake revoked is the test's doing; anything else is the gateway's fault.
        if (!m_issuedTokens.contains(QString::fromLatin1(accessToken)))
            m_problems.append(u"send without a valid access token"_s);
        return answer(401,
                      fcmError(401, u"UNAUTHENTICATED"_s,
                               u"Request had invalid authentication credentials."_s));
    }
    if (m_revokeNext > 0) {
        --m_revokeNext;
        m_validTokens.remove(accessToken);
        return answer(401,
                      fcmError(401, u"UNAUTHENTICATED"_s,
                               u"Request had invalid authentication credentials."_s));
    }
    if (!contentType.startsWith("application/json"))
        m_problems.append(u"send with content type "_s + QString::fromLatin1(contentType));
    const QJsonObject data = sent.message.value("data"_L1).toObject();
    for (auto it = data.begin(); it != data.end(); ++it) {
        if (!it.value().isString())
            m_problems.append(u"data value of "_s + it.key() + u" is not a string"_s);
    }
    const QString deviceToken = sent.message.value("token"_L1).toString();
    switch (m_answers.value(deviceToken, Answer::Delivered)) {
    case Answer::Delivered:
        return answer(200,
                      { { u"name"_s,
                          u"projects/%1/messages/%2"_s.arg(projectId).arg(m_sends.size() + 1) } });
    case Answer::Unregistered:
        return answer(404,
                      fcmError(404, u"NOT_FOUND"_s, u"Requested entity was not found."_s,
                               { fcmErrorCode(u"UNREGISTERED"_s) }));
    case Answer::InvalidToken: {
        const QString message = u"The registration token is not a valid FCM registration token"_s;
        return answer(400,
                      fcmError(400, u"INVALID_ARGUMENT"_s, message,
                               { fcmErrorCode(u"INVALID_ARGUMENT"_s),
                                 fieldViolation(u"message.token"_s, message) }));
    }
    case Answer::InvalidPayload:
        return answer(400,
                      fcmError(400, u"INVALID_ARGUMENT"_s,
                               u"Invalid value at 'message.data[0].value'"_s,
                               { fcmErrorCode(u"INVALID_ARGUMENT"_s),
                                 fieldViolation(u"message.data[0].value"_s, u"Invalid value"_s) }));
    case Answer::ServerError:
        return answer(500, fcmError(500, u"INTERNAL"_s, u"Internal error encountered."_s));
    case Answer::Throttled:
        return answer(429,
                      fcmError(429, u"RESOURCE_EXHAUSTED"_s, u"Quota exceeded."_s,
                               { fcmErrorCode(u"QUOTA_EXCEEDED"_s) }));
    }
    return answer(500, {});
}

} // namespace coworking::test
