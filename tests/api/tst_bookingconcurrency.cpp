// Double booking under real concurrency: many clients send their requests over separate
// connections before any answer is read, so the server handles them at the same time.
#include "apiharness.h"
#include "sitefixture.h"
#include "testhelpers.h"

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

QByteArray httpRequest(const QString &token, const QJsonObject &body,
                       const QByteArray &methodAndPath = "POST /bookings")
{
    const QByteArray json = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return methodAndPath
            + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n"
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
        socket->connectToHost(u"127.0.0.1"_s, port);
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

// The replies that created a booking, and those refused with 409 `code`; any other answer is
// logged, and then the counts do not add up.
struct Tally
{
    int created = 0;
    int refused = 0;
};

Tally tally(const QList<Reply> &replies, const QString &code, int success = 201)
{
    Tally t;
    for (const Reply &r : replies) {
        if (r.status == success)
            ++t.created;
        else if (r.status == 409 && r.errorCode() == code)
            ++t.refused;
        else
            qWarning() << "unexpected answer" << r.status << r.body;
    }
    return t;
}

} // namespace

class TestBookingConcurrency : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ApiHarness> m_h;
    std::unique_ptr<SiteFixture> m_site;
    QString m_coworking;
    QStringList m_spots;

private slots:
    void initTestCase()
    {
        m_h = std::make_unique<ApiHarness>();
        m_site = std::make_unique<SiteFixture>(*m_h);
        const Person owner = m_site->person(true);
        m_coworking = m_site->coworking(owner);
        m_spots = m_site->spots(owner, m_coworking, 20);
    }

    void cleanupTestCase()
    {
        m_site.reset();
        m_h.reset();
    }

    // 50 people, one spot, windows that all overlap: exactly one wins.
    void fiftyClientsOneSpot()
    {
        constexpr int Clients = 50;
        const QString spot = m_spots.first();
        QList<QByteArray> requests;
        for (int i = 0; i < Clients; ++i) {
            const Person c = m_site->person();
            // Starts 09:00..09:45, each 90 minutes long: every pair overlaps at 09:45-10:30.
            const QTime start = QTime(9, 0).addSecs((i % 4) * 15 * 60);
            const QString from = u"2030-01-08T%1:00+03:00"_s.arg(start.toString(u"HH:mm"_s));
            const QString until =
                    u"2030-01-08T%1:00+03:00"_s.arg(start.addSecs(90 * 60).toString(u"HH:mm"_s));
            requests.append(httpRequest(c.token, bookingBody(spot, from, until)));
        }

        const Tally t = tally(fireAtOnce(m_h->port(), requests), u"BOOKING_CONFLICT"_s);
        QCOMPARE(t.created, 1);
        QCOMPARE(t.refused, Clients - 1);

        const auto rows = m_h->sql(u"SELECT COUNT(*) AS n FROM bookings "
                                   "WHERE spot_id = ? AND status = 'active'"_s,
                                   { spot });
        QCOMPARE(rows.first().value(u"n"_s).toInt(), 1);
    }

    // One person, twenty spots, the same hour: the per-user rule holds under concurrency too.
    void oneUserManySpotsAtOnce()
    {
        const Person c = m_site->person();
        QList<QByteArray> requests;
        for (const QString &spot : std::as_const(m_spots)) {
            requests.append(httpRequest(
                    c.token, bookingBody(spot, mskText(9, "10:00"), mskText(9, "11:00"))));
        }
        const Tally t = tally(fireAtOnce(m_h->port(), requests), u"USER_LIMIT"_s);
        QCOMPARE(t.created, 1);
        QCOMPARE(t.refused, int(m_spots.size()) - 1);
        const auto rows = m_h->sql(u"SELECT COUNT(*) AS n FROM bookings "
                                   "WHERE user_id = ? AND status = 'active'"_s,
                                   { c.id });
        QCOMPARE(rows.first().value(u"n"_s).toInt(), 1);
    }

    // Twelve bookings moved at once (PATCH with spot_id) onto the same free hour of another
    // spot: exactly one arrives, the others stay where they were.
    void movesOntoOneSpotAtOnce()
    {
        constexpr int Clients = 12;
        const QString target = m_spots.at(1);
        QStringList ids;
        QList<QByteArray> requests;
        const QJsonObject body{ { u"spot_id"_s, target },
                                { u"time_from"_s, mskText(10, "15:00") },
                                { u"time_until"_s, mskText(10, "16:00") } };
        for (int i = 0; i < Clients; ++i) {
            // Each on a spot of its own (from the third on) at 10:00-11:00.
            const Person c = m_site->person();
            const QString id =
                    m_site->book(c, m_spots.at(2 + i), mskText(10, "10:00"), mskText(10, "11:00"));
            ids.append(id);
            requests.append(httpRequest(c.token, body, "PATCH /bookings/" + id.toLatin1()));
        }
        const Tally t = tally(fireAtOnce(m_h->port(), requests), u"BOOKING_CONFLICT"_s, 200);
        QCOMPARE(t.created, 1);
        QCOMPARE(t.refused, Clients - 1);
        int onTarget = 0;
        for (int i = 0; i < Clients; ++i) {
            const auto row = m_h->sql(u"SELECT spot_id FROM bookings WHERE id = ? "
                                      "AND status = 'active'"_s,
                                      { ids.at(i) });
            QCOMPARE(row.size(), 1);
            const QString spot = row.first().value(0).toString();
            onTarget += spot == target;
            QVERIFY(spot == target || spot == m_spots.at(2 + i));
        }
        QCOMPARE(onTarget, 1);
    }
};

QTEST_GUILESS_MAIN(TestBookingConcurrency)
#include "tst_bookingconcurrency.moc"

using namespace Qt::StringLiterals;
