// live-bench: N WebSocket subscribers on one coworking of a running server, then bookings over
// HTTP one at a time; prints how long each change took to reach the subscribers, measured from
// the HTTP 201 arriving (the commit is behind it) and from sending the POST.
//
//   live-bench --url http://127.0.0.1:8080 --owner-token T --user-token T
//              [--subscribers 1000] [--bookings 100]
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimeZone>
#include <QTimer>
#include <QWebSocket>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <vector>

using namespace Qt::StringLiterals;

namespace {

QElapsedTimer g_clock;

struct Http
{
    QNetworkAccessManager manager;
    QUrl base;

    QJsonDocument call(const QByteArray &method, const QString &path, const QJsonValue &body,
                       const QString &token, int *status)
    {
        QNetworkRequest request(base.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        const QByteArray bytes = body.isObject() ? QJsonDocument(body.toObject()).toJson()
                : body.isArray()                 ? QJsonDocument(body.toArray()).toJson()
                                                 : QByteArray();
        QNetworkReply *reply = manager.sendCustomRequest(request, method, bytes);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc;
    }
};

double percentile(std::vector<double> v, double p)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    const size_t i = std::min(v.size() - 1, size_t(p * double(v.size() - 1) + 0.5));
    return v[i];
}

void waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < timeoutMs)
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents, 5);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOptions({ { u"url"_s, u"Server base URL."_s, u"url"_s, u"http://127.0.0.1:8080"_s },
                        { u"owner-token"_s, u"Access token of a business user."_s, u"token"_s },
                        { u"user-token"_s, u"Access token of the booking user."_s, u"token"_s },
                        { u"subscribers"_s, u"WebSocket subscribers."_s, u"n"_s, u"1000"_s },
                        { u"bookings"_s, u"Bookings to measure."_s, u"n"_s, u"100"_s } });
    parser.process(app);
    const int subscribers = parser.value(u"subscribers"_s).toInt();
    const int bookings = parser.value(u"bookings"_s).toInt();
    const QString owner = parser.value(u"owner-token"_s);
    const QString user = parser.value(u"user-token"_s);
    Http http;
    http.base = QUrl(parser.value(u"url"_s) + u'/');
    g_clock.start();

    int status = 0;
    const QJsonDocument cw = http.call(
            "POST", u"coworkings"_s,
            QJsonObject{ { u"name"_s, u"Live bench %1"_s.arg(QDateTime::currentMSecsSinceEpoch()) },
                         { u"description"_s, u"bench"_s },
                         { u"address"_s, u"Bench street 1"_s },
                         { u"opens_at"_s, u"00:00"_s },
                         { u"closes_at"_s, u"23:59"_s },
                         { u"timezone"_s, u"UTC"_s } },
            owner, &status);
    if (status != 201) {
        std::fprintf(stderr, "creating the coworking failed: %d\n", status);
        return 1;
    }
    const QString coworking = cw[u"id"_s].toString();
    QJsonArray spotBodies;
    for (int i = 0; i < 20; ++i)
        spotBodies.append(QJsonObject{ { u"name"_s, u"S%1"_s.arg(i) } });
    const QJsonDocument spots =
            http.call("POST", u"coworkings/%1/spots"_s.arg(coworking), spotBodies, owner, &status);
    if (status != 201) {
        std::fprintf(stderr, "creating spots failed: %d\n", status);
        return 1;
    }
    const QString spot = spots.array().at(0)[u"id"_s].toString();

    // Subscribers; each records when it saw each booking id created.
    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<QHash<QString, qint64>> seen(static_cast<size_t>(subscribers));
    int snapshots = 0;
    int closed = 0;
    int cancels = 0; // cancellation messages seen, so each round starts with idle sockets
    QUrl wsUrl = http.base.resolved(QUrl(u"coworkings/%1/live"_s.arg(coworking)));
    wsUrl.setScheme(wsUrl.scheme() == u"https" ? u"wss"_s : u"ws"_s);
    wsUrl.setQuery(u"access_token="_s + user);
    for (int i = 0; i < subscribers; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QObject::connect(socket.get(), &QWebSocket::textMessageReceived, &app,
                         [&seen, &snapshots, &cancels, i](const QString &text) {
                             const qint64 now = g_clock.nsecsElapsed();
                             const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
                             if (m[u"type"_s].toString() == u"snapshot")
                                 ++snapshots;
                             else if (m[u"event"_s].toString() == u"created")
                                 seen[size_t(i)].insert(m[u"booking"_s][u"id"_s].toString(), now);
                             else if (m[u"event"_s].toString() == u"cancelled")
                                 ++cancels;
                         });
        QObject::connect(socket.get(), &QWebSocket::disconnected, &app, [&closed] { ++closed; });
        socket->open(wsUrl);
        sockets.push_back(std::move(socket));
        if (i % 100 == 99) // in steps, so the server's accept queue is not flooded
            waitUntil([&] { return snapshots + closed > i - 50; }, 10000);
    }
    waitUntil([&] { return snapshots + closed >= subscribers; }, 30000);
    std::printf("subscribers: %d connected (snapshot received), %d closed\n", snapshots, closed);
    if (snapshots < subscribers)
        return 1;

    std::vector<double> fromCommit, fromSend, http201;
    int missing = 0;
    const QDate day = QDate::currentDate().addDays(1);
    for (int n = 0; n < bookings; ++n) {
        const QJsonObject body{
            { u"spot_id"_s, spot },
            { u"time_from"_s,
              QDateTime(day, QTime(10, 0), QTimeZone::utc()).toString(Qt::ISODate) },
            { u"time_until"_s,
              QDateTime(day, QTime(11, 0), QTimeZone::utc()).toString(Qt::ISODate) }
        };
        const qint64 sent = g_clock.nsecsElapsed();
        const QJsonDocument created = http.call("POST", u"bookings"_s, body, user, &status);
        const qint64 committed = g_clock.nsecsElapsed();
        if (status != 201) {
            std::fprintf(stderr, "booking %d failed: %d\n", n, status);
            return 1;
        }
        const QString id = created[u"id"_s].toString();
        http201.push_back(double(committed - sent) / 1e6);
        waitUntil(
                [&] {
                    return std::all_of(seen.begin(), seen.end(),
                                       [&id](const auto &s) { return s.contains(id); });
                },
                5000);
        for (const auto &s : seen) {
            const auto it = s.constFind(id);
            if (it == s.constEnd()) {
                ++missing;
                continue;
            }
            fromCommit.push_back(double(*it - committed) / 1e6);
            fromSend.push_back(double(*it - sent) / 1e6);
        }
        http.call("DELETE", u"bookings/%1"_s.arg(id), QJsonValue(), user, &status);
        if (status != 204) {
            std::fprintf(stderr, "cancel %d failed: %d\n", n, status);
            return 1;
        }
        waitUntil([&] { return cancels >= (n + 1) * subscribers; }, 5000);
    }
    auto line = [](const char *what, const std::vector<double> &v) {
        std::printf("%-28s p50 %7.2f ms  p99 %7.2f ms  max %7.2f ms  (n=%zu)\n", what,
                    percentile(v, 0.5), percentile(v, 0.99),
                    v.empty() ? 0 : *std::max_element(v.begin(), v.end()), v.size());
    };
    std::printf("%d subscribers x %d bookings; messages missing: %d\n", subscribers, bookings,
                missing);
    line("from HTTP 201 to message", fromCommit);
    line("from POST sent to message", fromSend);
    line("POST to HTTP 201 (reference)", http201);
    return missing == 0 ? 0 : 1;
}
