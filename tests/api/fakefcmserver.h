#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMutex>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QThread;

namespace coworking::test {

class TestRsaKey;

// Firebase Cloud Messaging as the FCM gateway meets it, over real HTTP on 127.0.0.1: Google's
// OAuth2 token endpoint (POST /token) and FCM's POST /v1/projects/{project}/messages:send. It
// runs on a thread of its own: the server calls it synchronously from its workers while the test
// thread is blocked in an API call. It checks what Google checks (the assertion's RS256
// signature and claims, the bearer token) and answers each device token as the test says.
class FakeFcmServer final
{
    Q_DISABLE_COPY_MOVE(FakeFcmServer)
public:
    enum class Answer {
        Delivered, // 200
        Unregistered, // 404 NOT_FOUND, FcmError UNREGISTERED
        InvalidToken, // 400 INVALID_ARGUMENT, field violation on message.token
        InvalidPayload, // 400 INVALID_ARGUMENT about the data, not the token
        ServerError, // 500 INTERNAL
        Throttled, // 429 RESOURCE_EXHAUSTED, FcmError QUOTA_EXCEEDED
    };

    struct Send
    {
        QString projectId;
        QByteArray authorization;
        QByteArray contentType;
        QJsonObject message;
        int status = 0; // what the fake answered
    };

    // Assertions must be signed by `key` and issued by `clientEmail`.
    FakeFcmServer(const TestRsaKey &key, const QString &clientEmail);
    ~FakeFcmServer();

    QUrl url() const; // base URL of the FCM API
    QUrl tokenUrl() const; // token_uri for the credentials file

    void setAnswer(const QString &deviceToken, Answer answer); // Delivered by default
    // The next `count` sends are refused with 401 and the access token each carried stops
    // working, as when Google revokes a token before it expires.
    void revokeOnNextSends(int count = 1);

    QList<Send> sends() const;
    QList<QJsonObject> assertions() const; // claims of each token request whose JWT verified
    QStringList issuedTokens() const;
    QStringList problems() const; // requests a real Google would refuse; tests expect none

private:
    class HttpServer;
    friend class HttpServer;

    struct Reply
    {
        int status = 200;
        QJsonObject body;
    };
    Reply token(const QByteArray &contentType, const QByteArray &body);
    Reply send(const QString &projectId, const QByteArray &authorization,
               const QByteArray &contentType, const QByteArray &body);

    const TestRsaKey &m_key;
    const QString m_clientEmail;
    std::unique_ptr<QThread> m_thread;
    quint16 m_port = 0;

    mutable QMutex m_mutex; // the HTTP thread writes, the test thread reads
    QHash<QString, Answer> m_answers;
    int m_revokeNext = 0;
    QSet<QByteArray> m_validTokens;
    QList<Send> m_sends;
    QList<QJsonObject> m_assertions;
    QStringList m_issuedTokens;
    QStringList m_problems;
};

} // namespace coworking::test
