#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

#include <chrono>
#include <memory>

class QNetworkAccessManager;
class QObject;
class QThread;

namespace coworking {

// Synchronous outgoing HTTP for threads that must not spin a nested event loop: in a request
// worker such a loop would start other requests of the same worker (on its sockets and its
// database connection) in the middle of this one. The transfers run on a thread of the client's
// own with one QNetworkAccessManager, so connections (and HTTP/2 streams) are reused; each caller
// blocks until its answer. Thread-safe; it must outlive every caller.
class BlockingHttpClient final
{
    Q_DISABLE_COPY_MOVE(BlockingHttpClient)
public:
    using Headers = QList<QPair<QByteArray, QByteArray>>;

    struct Response
    {
        int status = 0; // 0: no HTTP answer, see `error`
        QByteArray body;
        QString error; // why there is no answer: refused, TLS, timeout...
    };

    // `timeout`: a transfer that moves no byte for this long is given up.
    BlockingHttpClient(const QString &threadName, std::chrono::milliseconds timeout);
    ~BlockingHttpClient();

    Response post(const QUrl &url, const Headers &headers, const QByteArray &body);

private:
    const std::chrono::milliseconds m_timeout;
    std::unique_ptr<QThread> m_thread;
    QObject *m_context = nullptr; // lives in m_thread, deleted there
    QNetworkAccessManager *m_manager = nullptr; // created and used in m_thread only
};

} // namespace coworking
