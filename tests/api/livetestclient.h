#pragma once

// A live availability subscriber for tests: a real QWebSocket that records every message and
// how the server closed it.

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>
#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

namespace coworking::test {

class LiveTestClient final : public QObject
{
public:
    explicit LiveTestClient(const QString &origin = {}) : m_socket(origin)
    {
        connect(&m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            m_messages.append(QJsonDocument::fromJson(text.toUtf8()).object());
        });
        connect(&m_socket, &QWebSocket::disconnected, this, [this] { m_closed = true; });
    }

    // ws://127.0.0.1:<port>/coworkings/<id>/live, token in the query (browsers) or the header.
    void open(quint16 port, const QString &coworkingId, const QString &token,
              bool tokenInHeader = false)
    {
        QUrl url(u"ws://127.0.0.1:%1/coworkings/%2/live"_s.arg(port).arg(coworkingId));
        QNetworkRequest request;
        if (!token.isEmpty() && !tokenInHeader)
            url.setQuery(u"access_token="_s + token);
        request.setUrl(url);
        if (!token.isEmpty() && tokenInHeader)
            request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        m_socket.open(request);
    }

    // Waits (for real: it is network I/O) until `count` messages arrived in all. The timeout
    // only bounds a failing test; it is generous because a sanitizer build on a loaded machine
    // can take seconds for a handshake. How fast messages arrive is measured in bench/live.
    bool waitForMessages(qsizetype count, int timeoutMs = 10000)
    {
        QElapsedTimer timer;
        timer.start();
        while (m_messages.size() < count && !m_closed && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return m_messages.size() >= count;
    }
    bool waitForClose(int timeoutMs = 5000)
    {
        QElapsedTimer timer;
        timer.start();
        while (!m_closed && timer.elapsed() < timeoutMs)
            QTest::qWait(5);
        return m_closed;
    }

    const QList<QJsonObject> &messages() const { return m_messages; }
    QJsonObject last() const { return m_messages.isEmpty() ? QJsonObject() : m_messages.last(); }
    bool isClosed() const { return m_closed; }
    int closeCode() const { return int(m_socket.closeCode()); }
    QString closeReason() const { return m_socket.closeReason(); }
    QWebSocket &socket() { return m_socket; }

private:
    QWebSocket m_socket;
    QList<QJsonObject> m_messages;
    bool m_closed = false;
};

} // namespace coworking::test
