#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

#include <memory>

typedef struct evp_pkey_st EVP_PKEY;

namespace coworking {

// RSASSA-PKCS1-v1_5 with SHA-256 (JWT "RS256") under one RSA private key, through OpenSSL's
// libcrypto. Immutable after construction; OpenSSL allows concurrent signing with one key.
class Rs256Signer final
{
    Q_DISABLE_COPY_MOVE(Rs256Signer)
public:
    // From a PEM private key (PKCS#8 "PRIVATE KEY" or PKCS#1 "RSA PRIVATE KEY"); nullptr with
    // `error` set when it is not an RSA private key.
    static std::unique_ptr<Rs256Signer> fromPem(QByteArrayView pem, QString *error);
    ~Rs256Signer();

    // The raw signature of `data`; empty when OpenSSL fails (which a valid key does not).
    QByteArray sign(QByteArrayView data) const;
    // A compact JWT: base64url(header).base64url(claims).base64url(signature). `keyId`, when
    // given, goes into the header as "kid" so the verifier can pick the key directly.
    QByteArray jwt(const QJsonObject &claims, const QString &keyId = {}) const;

private:
    explicit Rs256Signer(EVP_PKEY *key);

    EVP_PKEY *m_key;
};

} // namespace coworking
