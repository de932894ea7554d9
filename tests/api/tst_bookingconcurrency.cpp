// Double booking under real concurrency: many clients send their requests over separate
// connections before any answer is read, so the server handles them at the same time.
#include "apiharness.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <vector>

using namespace coworking;
using namespace coworking::test;

namespace {

struct Client
{
    QString id;
    QString token;
};

QByteArray httpRequest(const QString &token, const QJsonObject &body)
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return "POST /bookings HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
           "Content-Type: application/json\r\nAuthorization: Bearer "
            + token.toLatin1() + "\r\nContent-Length: " + QByteArray::number(json.size())
            + "\r\n\r\n" + json;
}

// Connects every socket, writes every request, and only then reads the answers.
QList<Reply> fireAtOnce(quint16 port, const QList<QByteArray> &requests)
{
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (qsizetype i = 0; i < requests.size(); ++i) {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QStringLiteral("127.0.0.1"), port);
        sockets.push_back(std::move(socket));
    }
    for (const auto &socket : sockets) {
        if (!socket->waitForConnected(10000))
            qFatal("cannot connect to the test server");
    }
    for (qsizetype i = 0; i < requests.size(); ++i)
        sockets[size_t(i)]->write(requests.at(i));
    for (const auto &socket : sockets)
        socket->waitForBytesWritten(10000);

    QList<Reply> replies;
    for (const auto &socket : sockets) {
        QByteArray received;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 60000) {
            const qsizetype headEnd = received.indexOf("\r\n\r\n");
            if (headEnd >= 0) {
                const Reply partial = ApiHarness::parseResponse(received);
                const qint64 length = partial.headers.value("content-length", "0").toLongLong();
                if (received.size() - headEnd - 4 >= length)
                    break;
            }
            if (!socket->waitForReadyRead(1000)
                && socket->state() != QAbstractSocket::ConnectedState) {
                received += socket->readAll();
                break;
            }
            received += socket->readAll();
        }
        replies.append(ApiHarness::parseResponse(received));
    }
    return replies;
}

} // namespace

class TestBookingConcurrency : public QObject
{
    Q_OBJECT

private:
    QString createCoworking(const QString &ownerToken)
    {
        const Reply r = m_h->post(
                QStringLiteral("/coworkings"),
                QJsonObject{ { QStringLiteral("name"), QStringLiteral("Busy Hub") },
                             { QStringLiteral("description"), QString() },
                             { QStringLiteral("address"), QStringLiteral("Main st") },
                             { QStringLiteral("opens_at"), QStringLiteral("08:00") },
                             { QStringLiteral("closes_at"), QStringLiteral("20:00") },
                             { QStringLiteral("timezone"), QStringLiteral("Europe/Moscow") } },
                ownerToken);
        if (r.status != 201)
            qFatal("creating a coworking failed: %d %s", r.status, r.body.constData());
        return r.obj().value(QStringLiteral("id")).toString();
    }
    QStringList createSpots(const QString &ownerToken, const QString &coworkingId, int count)
    {
        QJsonArray spots;
        for (int i = 0; i < count; ++i) {
            spots.append(QJsonObject{ { QStringLiteral("name"), QStringLiteral("S%1").arg(i) },
                                      { QStringLiteral("description"), QString() },
                                      { QStringLiteral("position"), i } });
        }
        const Reply r = m_h->post(QStringLiteral("/coworkings/%1/spots").arg(coworkingId), spots,
                                  ownerToken);
        if (r.status != 201)
            qFatal("creating spots failed: %d %s", r.status, r.body.constData());
        QStringList ids;
        for (const QJsonValue v : r.arr())
            ids.append(v.toObject().value(QStringLiteral("id")).toString());
        return ids;
    }
    Client newClient(const QString &email)
    {
        const QString id = m_h->createUser(email);
        return { id, m_h->token(email) };
    }

    std::unique_ptr<ApiHarness> m_h;
    QString m_ownerToken;
    QString m_coworking;
    QStringList m_spots;

private slots:
    void initTestCase()
    {
        m_h = std::make_unique<ApiHarness>();
        m_h->createUser(QStringLiteral("owner@example.com"), true);
        m_ownerToken = m_h->token(QStringLiteral("owner@example.com"));
        m_coworking = createCoworking(m_ownerToken);
        m_spots = createSpots(m_ownerToken, m_coworking, 20);
    }

    void cleanupTestCase() { m_h.reset(); }

    // 50 people, one spot, windows that all overlap: exactly one wins.
    void fiftyClientsOneSpot()
    {
        constexpr int Clients = 50;
        const QString spot = m_spots.first();
        QList<QByteArray> requests;
        for (int i = 0; i < Clients; ++i) {
            const Client c = newClient(QStringLiteral("c%1@example.com").arg(i));
            // Starts 09:00..09:45, each 90 minutes long: every pair overlaps at 09:45-10:30.
            const QTime start = QTime(9, 0).addSecs((i % 4) * 15 * 60);
            const QString from = QStringLiteral("2030-01-08T%1:00+03:00")
                                         .arg(start.toString(QStringLiteral("HH:mm")));
            const QString until =
                    QStringLiteral("2030-01-08T%1:00+03:00")
                            .arg(start.addSecs(90 * 60).toString(QStringLiteral("HH:mm")));
            requests.append(httpRequest(c.token,
                                        { { QStringLiteral("spot_id"), spot },
                                          { QStringLiteral("time_from"), from },
                                          { QStringLiteral("time_until"), until } }));
        }

        const QList<Reply> replies = fireAtOnce(m_h->port(), requests);
        int created = 0;
        int conflicts = 0;
        for (const Reply &r : replies) {
            if (r.status == 201)
                ++created;
            else if (r.status == 409 && r.errorCode() == u"BOOKING_CONFLICT")
                ++conflicts;
            else
                qWarning() << "unexpected answer" << r.status << r.body;
        }
        QCOMPARE(created, 1);
        QCOMPARE(conflicts, Clients - 1);

        const auto rows = m_h->sql(QStringLiteral("SELECT COUNT(*) AS n FROM bookings "
                                                  "WHERE spot_id = ? AND status = 'active'"),
                                   { spot });
        QCOMPARE(rows.first().value(QStringLiteral("n")).toInt(), 1);
    }

    // One person, twenty spots, the same hour: the per-user rule holds under concurrency too.
    void oneUserManySpotsAtOnce()
    {
        const Client c = newClient(QStringLiteral("greedy@example.com"));
        QList<QByteArray> requests;
        for (const QString &spot : std::as_const(m_spots)) {
            requests.append(httpRequest(
                    c.token,
                    { { QStringLiteral("spot_id"), spot },
                      { QStringLiteral("time_from"), QStringLiteral("2030-01-09T10:00:00+03:00") },
                      { QStringLiteral("time_until"),
                        QStringLiteral("2030-01-09T11:00:00+03:00") } }));
        }
        const QList<Reply> replies = fireAtOnce(m_h->port(), requests);
        int created = 0;
        int limited = 0;
        for (const Reply &r : replies) {
            if (r.status == 201)
                ++created;
            else if (r.status == 409 && r.errorCode() == u"USER_LIMIT")
                ++limited;
            else
                qWarning() << "unexpected answer" << r.status << r.body;
        }
        QCOMPARE(created, 1);
        QCOMPARE(limited, int(m_spots.size()) - 1);
        const auto rows = m_h->sql(QStringLiteral("SELECT COUNT(*) AS n FROM bookings "
                                                  "WHERE user_id = ? AND status = 'active'"),
                                   { c.id });
        QCOMPARE(rows.first().value(QStringLiteral("n")).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestBookingConcurrency)
#include "tst_bookingconcurrency.moc"
