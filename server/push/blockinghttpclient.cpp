#include "blockinghttpclient.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSemaphore>
#include <QThread>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

// Shared by the caller and the transfer: whichever ends last frees it, so a caller that gave up
// waiting leaves nothing dangling for the reply that finishes later.
struct Pending
{
    QSemaphore done;
    BlockingHttpClient::Response response;
};

} // namespace

BlockingHttpClient::BlockingHttpClient(const QString &threadName, std::chrono::milliseconds timeout)
    : m_timeout(timeout), m_thread(std::make_unique<QThread>()), m_context(new QObject)
{
    m_thread->setObjectName(threadName);
    m_context->moveToThread(m_thread.get());
    // finished is followed by a last round of deferred deletes inside the thread: the manager
    // (a child of the context) goes down in the thread that used it.
    QObject::connect(m_thread.get(), &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

BlockingHttpClient::~BlockingHttpClient()
{
    m_thread->quit();
    m_thread->wait();
}

BlockingHttpClient::Response BlockingHttpClient::post(const QUrl &url, const Headers &headers,
                                                      const QByteArray &body)
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(int(m_timeout.count()));
    // A redirect would carry the Authorization header elsewhere (and turn POST into GET).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);

    auto pending = std::make_shared<Pending>();
    QMetaObject::invokeMethod(
            m_context,
            [this, request, body, pending] {
                if (!m_manager)
                    m_manager = new QNetworkAccessManager(m_context);
                QNetworkReply *reply = m_manager->post(request, body);
                QObject::connect(reply, &QNetworkReply::finished, reply, [this, reply, pending] {
                    Response &r = pending->response;
                    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                    r.body = reply->readAll();
                    if (r.status == 0) {
                        // Nobody aborts these replies but the transfer timeout (Qt 6.4 reports it
                        // as "Operation canceled").
                        const bool timedOut =
                                reply->error() == QNetworkReply::OperationCanceledError
                                || reply->error() == QNetworkReply::TimeoutError;
                        r.error = timedOut ? u"no answer within %1 ms"_s.arg(m_timeout.count())
                                           : reply->errorString();
                    }
                    reply->deleteLater();
                    pending->done.release();
                });
            },
            Qt::QueuedConnection);

    // The transfer timeout ends every transfer; this bound only guards the caller against a
    // transfer that keeps trickling bytes.
    if (!pending->done.tryAcquire(1, int(m_timeout.count()) * 3)) {
        Response gaveUp;
        gaveUp.error = u"no complete answer within %1 ms"_s.arg(m_timeout.count() * 3);
        return gaveUp;
    }
    return pending->response;
}

} // namespace coworking
