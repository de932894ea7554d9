#pragma once

#include "blockinghttpclient.h"
#include "notifications/pushgateway.h"

#include <QByteArray>
#include <QDateTime>
#include <QMutex>
#include <QString>
#include <QUrl>

#include <memory>
#include <optional>

namespace coworking {

class Clock;
class Rs256Signer;

// What FCM needs from a Google service-account key file (JSON, as the Firebase console
// downloads it).
struct FcmCredentials
{
    QString projectId;
    QString clientEmail;
    QString privateKeyId; // optional; names the key in the JWT header
    QByteArray privateKeyPem;
    QUrl tokenUri;

    // nullopt with `error` naming the file and what is wrong with it.
    static std::optional<FcmCredentials> load(const QString &path, QString *error);
};

// Sends pushes through Firebase Cloud Messaging's HTTP v1 API. Authenticates as the service
// account: a JWT signed with its key is traded at token_uri for an OAuth2 access token, which
// is shared by all threads and renewed a minute before it expires, or when FCM answers 401.
// Thread-safe; blocks the calling thread for the HTTP exchange (never longer than the timeout
// per request) without running an event loop in it.
class FcmPushGateway final : public PushGateway
{
    Q_DISABLE_COPY_MOVE(FcmPushGateway)
public:
    // `endpoint`: the API's base URL (https://fcm.googleapis.com). nullptr with `error` when
    // the credentials file is missing or unusable, so a bad configuration stops the server at
    // start rather than at the first push.
    static std::unique_ptr<FcmPushGateway> create(const QString &credentialsFile,
                                                  const QUrl &endpoint, const Clock &clock,
                                                  QString *error);
    ~FcmPushGateway() override;

    Outcome send(const DeviceToken &device, const QString &title, const QString &body,
                 const QJsonObject &data) override;

private:
    FcmPushGateway(FcmCredentials credentials, std::unique_ptr<Rs256Signer> signer,
                   const QUrl &endpoint, const Clock &clock);

    // The cached access token, fetched first when there is none or it is about to expire;
    // nullopt with `error` when the token endpoint cannot be reached or refuses.
    std::optional<QByteArray> accessToken(QString *error);
    // FCM refused `token` (401): drop it, unless another thread has replaced it already.
    void discardAccessToken(const QByteArray &token);

    const FcmCredentials m_credentials;
    const std::unique_ptr<Rs256Signer> m_signer;
    const QUrl m_sendUrl;
    const Clock &m_clock;
    BlockingHttpClient m_http;

    QMutex m_tokenMutex; // guards the members below; held while a new token is fetched
    QByteArray m_accessToken;
    QDateTime m_renewAt;
    QString m_tokenError; // why the last fetch failed
    QDateTime m_retryTokenAt; // no new fetch before this after a failure
};

} // namespace coworking
