#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

typedef struct evp_pkey_st EVP_PKEY;

namespace coworking::test {

// An RSA key pair made fresh for a test, and the verifying side of RS256 written straight
// against OpenSSL, independent of the production signer it checks.
class TestRsaKey final
{
    Q_DISABLE_COPY_MOVE(TestRsaKey)
public:
    explicit TestRsaKey(unsigned bits = 2048);
    ~TestRsaKey();

    // PKCS#8, as in a Google service-account file; encrypted (AES-128) with a passphrase.
    QByteArray privateKeyPem(const QByteArray &passphrase = {}) const;
    QByteArray privateKeyPkcs1Pem() const; // "BEGIN RSA PRIVATE KEY"

    bool verify(QByteArrayView data, QByteArrayView signature) const;
    // The claims of a compact JWT whose header says RS256 and whose signature verifies with this
    // key; nullopt otherwise.
    std::optional<QJsonObject> verifyJwt(QByteArrayView jwt, QJsonObject *header = nullptr) const;

private:
    EVP_PKEY *m_key;
};

} // namespace coworking::test
