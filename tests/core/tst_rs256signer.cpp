// RS256 as the FCM gateway signs its OAuth2 assertions: signatures and JWTs made by
// Rs256Signer verify with the public half of a key generated here, checked through OpenSSL
// directly rather than through the signer.
#include "rs256signer.h"
#include "testrsakey.h"

#include <QJsonDocument>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using namespace Qt::StringLiterals;

namespace {

// Not a secret: a P-256 key made for this test, the kind of key RS256 must refuse.
const QByteArray kEcPrivateKey =
        "-----BEGIN PRIVATE KEY-----\n"
        "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgPq5ZPmG3HkSZLgXh\n"
        "R9ilZDJItFIyE+k/DVFA0a3gHUehRANCAAS6/FzL6PEQI/6vwh51tAyt4CiOsbNv\n"
        "BVNbhe01FS+CRlvb2ouSPaYieBcvsdfyc3h6M2eJCA7WwbEY7L9GX+w/\n"
        "-----END PRIVATE KEY-----\n";

} // namespace

class TestRs256Signer final : public QObject
{
    Q_OBJECT

private:
    TestRsaKey m_key;

private slots:
    void signatureVerifiesWithThePublicKey()
    {
        QString error;
        const auto signer = Rs256Signer::fromPem(m_key.privateKeyPem(), &error);
        QVERIFY2(signer, qPrintable(error));
        const QByteArray data = "header.payload";
        const QByteArray signature = signer->sign(data);
        QCOMPARE(signature.size(), 256); // 2048-bit modulus
        QVERIFY(m_key.verify(data, signature));
        QVERIFY(!m_key.verify("header.payloaD", signature));
        // PKCS#1 v1.5 is deterministic (PSS, which JWT calls PS256, is not).
        QCOMPARE(signer->sign(data), signature);
    }

    void pkcs1PemIsAcceptedToo()
    {
        QString error;
        const auto signer = Rs256Signer::fromPem(m_key.privateKeyPkcs1Pem(), &error);
        QVERIFY2(signer, qPrintable(error));
        QVERIFY(m_key.verify("x", signer->sign("x")));
    }

    void jwtVerifies()
    {
        QString error;
        const auto signer = Rs256Signer::fromPem(m_key.privateKeyPem(), &error);
        QVERIFY(signer);
        const QJsonObject claims{ { u"iss"_s, u"push@example.iam.gserviceaccount.com"_s },
                                  { u"iat"_s, 1893996000 },
                                  { u"exp"_s, 1893999600 } };
        const QByteArray jwt = signer->jwt(claims, u"key-1"_s);
        QJsonObject header;
        const auto verified = m_key.verifyJwt(jwt, &header);
        QVERIFY(verified);
        QCOMPARE(*verified, claims);
        QCOMPARE(header,
                 (QJsonObject{ { u"alg"_s, u"RS256"_s },
                               { u"typ"_s, u"JWT"_s },
                               { u"kid"_s, u"key-1"_s } }));
        QVERIFY(!jwt.contains('=')); // base64url without padding, as JWT requires

        // Other claims under the same signature do not verify.
        QList<QByteArray> parts = jwt.split('.');
        QJsonObject forged = claims;
        forged.insert(u"exp"_s, 1999999999);
        parts[1] =
                QJsonDocument(forged)
                        .toJson(QJsonDocument::Compact)
                        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        QVERIFY(!m_key.verifyJwt(parts.join('.')));
        // Nor does a signature of another key.
        TestRsaKey other;
        QVERIFY(!other.verifyJwt(jwt));
        // Without a key id there is no "kid".
        QVERIFY(m_key.verifyJwt(signer->jwt(claims), &header));
        QVERIFY(!header.contains("kid"_L1));
    }

    void refusesWhatIsNotAnRsaPrivateKey_data()
    {
        QTest::addColumn<QByteArray>("pem");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"not a PEM private key"_s;
        QTest::newRow("garbage") << QByteArray("-----BEGIN PRIVATE KEY-----\nnonsense\n"
                                               "-----END PRIVATE KEY-----\n")
                                 << u"not a PEM private key"_s;
        QTest::newRow("EC key") << kEcPrivateKey << u"not an RSA private key"_s;
        // Refused without a prompt on the terminal.
        QTest::newRow("encrypted") << m_key.privateKeyPem("secret") << u"not a PEM private key"_s;
    }

    void refusesWhatIsNotAnRsaPrivateKey()
    {
        QFETCH(QByteArray, pem);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!Rs256Signer::fromPem(pem, &error));
        QVERIFY2(error.startsWith(message), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestRs256Signer)
#include "tst_rs256signer.moc"
