#include "auth/jwtcodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTest>
#include <QTimeZone>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kKey = "0123456789abcdef0123456789abcdef";
const QString kUser = u"7c9e6679-7425-40de-944b-e07fc1f90ae7"_s;
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QDateTime now()
{
    return QDateTime(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc());
}

QByteArray segment(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kB64);
}

QByteArray signature(const QByteArray &input, const QByteArray &key,
                     QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    return QMessageAuthenticationCode::hash(input, key, algorithm).toBase64(kB64);
}

// A token made by hand, as an attacker (or another library) would.
QByteArray forge(const QJsonObject &header, const QJsonObject &payload,
                 const QByteArray &key = kKey,
                 QCryptographicHash::Algorithm algorithm = QCryptographicHash::Sha256)
{
    const QByteArray input = segment(header) + '.' + segment(payload);
    return input + '.' + signature(input, key, algorithm);
}

QJsonObject hs256()
{
    return { { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s } };
}

QJsonObject claims(qint64 expOffsetSecs)
{
    const qint64 t = now().toSecsSinceEpoch();
    return { { u"sub"_s, kUser },
             { u"iat"_s, double(t) },
             { u"exp"_s, double(t + expOffsetSecs) },
             { u"jti"_s, u"x"_s } };
}

// Flips one character of a base64url segment to another valid one.
QByteArray flipChar(QByteArray token, qsizetype at)
{
    token[at] = token.at(at) == 'A' ? 'B' : 'A';
    return token;
}

} // namespace

class TestJwtCodec final : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip();
    void expiryFollowsTtl();
    void tokensDiffer();
    void verify_data();
    void verify();
    void otherInstanceSameKey();
};

void TestJwtCodec::roundTrip()
{
    const JwtCodec codec(kKey, 15);
    const auto issued = codec.issue(kUser, now());
    QCOMPARE(issued.token.count(u'.'), 2);
    QVERIFY(!issued.token.contains(u'='));
    const auto claims = codec.verify(issued.token.toLatin1(), now());
    QVERIFY(claims);
    QCOMPARE(claims->userId, kUser);
    QCOMPARE(claims->expiresAt, issued.expiresAt);

    // The payload carries the standard claims.
    const QByteArray payload = issued.token.toLatin1().split('.').at(1);
    const QJsonObject o = QJsonDocument::fromJson(QByteArray::fromBase64(payload, kB64)).object();
    QCOMPARE(o.value(u"sub"_s).toString(), kUser);
    QCOMPARE(qint64(o.value(u"iat"_s).toDouble()), now().toSecsSinceEpoch());
    QCOMPARE(qint64(o.value(u"exp"_s).toDouble()), now().toSecsSinceEpoch() + 15 * 60);
    QVERIFY(!o.value(u"jti"_s).toString().isEmpty());
}

void TestJwtCodec::expiryFollowsTtl()
{
    const JwtCodec codec(kKey, 15);
    const auto issued = codec.issue(kUser, now());
    QCOMPARE(issued.expiresAt, now().addSecs(15 * 60));
    QVERIFY(codec.verify(issued.token.toLatin1(), now().addSecs(15 * 60 - 1)));
    QVERIFY(!codec.verify(issued.token.toLatin1(), now().addSecs(15 * 60))); // exp <= now
}

void TestJwtCodec::tokensDiffer()
{
    const JwtCodec codec(kKey, 15);
    QVERIFY(codec.issue(kUser, now()).token != codec.issue(kUser, now()).token); // jti
}

void TestJwtCodec::verify_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<bool>("valid");

    const JwtCodec codec(kKey, 15);
    const QByteArray good = codec.issue(kUser, now()).token.toLatin1();
    const QList<QByteArray> parts = good.split('.');

    QTest::newRow("valid") << good << true;
    QTest::newRow("valid, forged by hand with our key") << forge(hs256(), claims(60)) << true;
    QTest::newRow("expired") << forge(hs256(), claims(-1)) << false;
    QTest::newRow("exp exactly now") << forge(hs256(), claims(0)) << false;
    {
        QJsonObject c = claims(60);
        c.remove(u"exp"_s);
        QTest::newRow("exp missing") << forge(hs256(), c) << false;
    }
    {
        QJsonObject c = claims(60);
        c.insert(u"exp"_s, QString::number(now().toSecsSinceEpoch() + 60));
        QTest::newRow("exp a string") << forge(hs256(), c) << false;
    }
    {
        QJsonObject c = claims(60);
        c.remove(u"sub"_s);
        QTest::newRow("sub missing") << forge(hs256(), c) << false;
    }
    {
        QJsonObject c = claims(60);
        c.insert(u"sub"_s, 42);
        QTest::newRow("sub a number") << forge(hs256(), c) << false;
    }
    {
        const QByteArray input = segment({ { u"alg"_s, u"none"_s }, { u"typ"_s, u"JWT"_s } }) + '.'
                + segment(claims(60));
        QTest::newRow("alg none, empty signature") << QByteArray(input + '.') << false;
        QTest::newRow("alg none, our signature")
                << QByteArray(input + '.' + signature(input, kKey)) << false;
    }
    QTest::newRow("alg HS512") << forge({ { u"alg"_s, u"HS512"_s }, { u"typ"_s, u"JWT"_s } },
                                        claims(60), kKey, QCryptographicHash::Sha512)
                               << false;
    QTest::newRow("alg hs256 lower case")
            << forge({ { u"alg"_s, u"hs256"_s } }, claims(60)) << false;
    QTest::newRow("alg missing") << forge({ { u"typ"_s, u"JWT"_s } }, claims(60)) << false;
    {
        // Someone else's payload, with the signature of ours.
        QJsonObject c = claims(60);
        c.insert(u"sub"_s, u"00000000-0000-0000-0000-000000000001"_s);
        QTest::newRow("tampered payload")
                << QByteArray(parts.at(0) + '.' + segment(c) + '.' + parts.at(2)) << false;
    }
    QTest::newRow("tampered signature") << flipChar(good, good.lastIndexOf('.') + 5) << false;
    QTest::newRow("signature missing")
            << QByteArray(parts.at(0) + '.' + parts.at(1) + '.') << false;
    QTest::newRow("signature padded") << QByteArray(good + "=") << false;
    QTest::newRow("wrong key") << forge(hs256(), claims(60), "another key of 32 bytes........")
                               << false;
    QTest::newRow("two segments") << QByteArray(parts.at(0) + '.' + parts.at(1)) << false;
    QTest::newRow("four segments") << QByteArray(good + ".e30") << false;
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("not a token at all") << false;
    QTest::newRow("dots only") << QByteArray("..") << false;
    QTest::newRow("bad base64 header")
            << QByteArray("!!!." + parts.at(1) + '.' + parts.at(2)) << false;
    {
        const QByteArray input = QByteArray("bm90IGpzb24") + '.' + segment(claims(60));
        QTest::newRow("header not JSON")
                << QByteArray(input + '.' + signature(input, kKey)) << false;
    }
    {
        const QByteArray input = segment(hs256()) + '.' + QByteArray("bm90IGpzb24");
        QTest::newRow("payload not JSON, signed")
                << QByteArray(input + '.' + signature(input, kKey)) << false;
    }
}

void TestJwtCodec::verify()
{
    QFETCH(QByteArray, token);
    QFETCH(bool, valid);
    const JwtCodec codec(kKey, 15);
    const auto claims = codec.verify(token, now());
    QCOMPARE(claims.has_value(), valid);
    if (valid)
        QCOMPARE(claims->userId, kUser);
}

void TestJwtCodec::otherInstanceSameKey()
{
    // verify() and issue() are const and keep no state: a token issued by one codec is
    // accepted by another with the same key (what several worker threads rely on).
    const JwtCodec a(kKey, 15);
    const JwtCodec b(kKey, 15);
    QVERIFY(b.verify(a.issue(kUser, now()).token.toLatin1(), now()));
}

QTEST_GUILESS_MAIN(TestJwtCodec)
#include "tst_jwtcodec.moc"
