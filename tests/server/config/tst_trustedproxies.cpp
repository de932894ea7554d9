// Which address is the client's (--trusted-proxies): the peer unless it is a trusted proxy, then
// the right-most hop of X-Forwarded-For that is not one, or X-Real-IP; and how the option reads.
#include "trustedproxies.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

class TestTrustedProxies : public QObject
{
    Q_OBJECT

private slots:
    void clientAddress_data()
    {
        QTest::addColumn<QString>("trusted");
        QTest::addColumn<QString>("peer");
        QTest::addColumn<QByteArray>("forwardedFor");
        QTest::addColumn<QByteArray>("realIp");
        QTest::addColumn<QString>("client");

        const QString local = u"127.0.0.1, ::1, 10.0.0.0/8"_s;
        auto row = [](const char *name, const QString &trusted, const char *peer,
                      const QByteArray &xff, const QByteArray &real, const char *client) {
            QTest::newRow(name) << trusted << QString::fromLatin1(peer) << xff << real
                                << QString::fromLatin1(client);
        };
        row("nobody trusted: the peer", {}, "127.0.0.1", "203.0.113.1", "203.0.113.2", "127.0.0.1");
        row("untrusted peer: headers ignored", local, "198.51.100.1", "203.0.113.1", "203.0.113.2",
            "198.51.100.1");
        row("trusted peer without headers", local, "127.0.0.1", {}, {}, "127.0.0.1");
        row("one hop", local, "127.0.0.1", "203.0.113.1", {}, "203.0.113.1");
        row("right-most hop wins", local, "127.0.0.1", "6.6.6.6, 203.0.113.1", {}, "203.0.113.1");
        row("trusted hops skipped", local, "127.0.0.1", "203.0.113.1, 10.1.2.3, 10.0.0.1", {},
            "203.0.113.1");
        row("every hop trusted: the left-most", local, "127.0.0.1", "10.0.0.7, 10.0.0.1", {},
            "10.0.0.7");
        row("a hop with a port", local, "127.0.0.1", "203.0.113.1:4711", {}, "203.0.113.1");
        row("IPv6 hop with a port", local, "::1", "[2001:db8::7]:4711", {}, "2001:db8::7");
        row("IPv6 hop", local, "::1", "2001:db8::7", {}, "2001:db8::7");
        row("garbage hop stops the walk", local, "127.0.0.1", "203.0.113.1, junk", {}, "127.0.0.1");
        row("v4-mapped peer is IPv4", local, "::ffff:127.0.0.1", "203.0.113.1", {}, "203.0.113.1");
        row("X-Real-IP without X-Forwarded-For", local, "127.0.0.1", {}, "203.0.113.2",
            "203.0.113.2");
        row("X-Forwarded-For before X-Real-IP", local, "127.0.0.1", "203.0.113.1", "203.0.113.2",
            "203.0.113.1");
        row("unreadable X-Real-IP", local, "127.0.0.1", {}, "nonsense", "127.0.0.1");
    }

    void clientAddress()
    {
        QFETCH(QString, trusted);
        QFETCH(QString, peer);
        QFETCH(QByteArray, forwardedFor);
        QFETCH(QByteArray, realIp);
        QFETCH(QString, client);
        QString error;
        const auto proxies = TrustedProxies::parse(trusted, &error);
        QVERIFY2(proxies, qPrintable(error));
        QCOMPARE(proxies->clientAddress(QHostAddress(peer), forwardedFor, realIp),
                 QHostAddress(client));
    }

    void parse()
    {
        QString error;
        QVERIFY(TrustedProxies::parse(QString(), &error)->isEmpty());
        const auto proxies = TrustedProxies::parse(u" 192.168.0.0/16 ,::1,"_s, &error);
        QVERIFY(proxies);
        QVERIFY(proxies->contains(QHostAddress(u"192.168.44.5"_s)));
        QVERIFY(proxies->contains(QHostAddress(u"::ffff:192.168.44.5"_s)));
        QVERIFY(proxies->contains(QHostAddress(u"::1"_s)));
        QVERIFY(!proxies->contains(QHostAddress(u"192.169.0.1"_s)));
        QVERIFY(!TrustedProxies::parse(u"127.0.0.1, localhost"_s, &error));
        QVERIFY2(error.contains(u"localhost"_s), qPrintable(error));
        QVERIFY(!TrustedProxies::parse(u"10.0.0.0/40"_s, &error));
    }
};

QTEST_GUILESS_MAIN(TestTrustedProxies)
#include "tst_trustedproxies.moc"
