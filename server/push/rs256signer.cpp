#include "rs256signer.h"

#include <QJsonDocument>

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

// OpenSSL keeps its errors in a per-thread queue: take the latest and leave the queue empty,
// so a later call on this thread does not report a stale error.
QString takeOpenSslError()
{
    const unsigned long code = ERR_peek_last_error();
    ERR_clear_error();
    if (code == 0)
        return u"unknown OpenSSL error"_s;
    char text[256] = {};
    ERR_error_string_n(code, text, sizeof text);
    return QString::fromLatin1(text);
}

} // namespace

Rs256Signer::Rs256Signer(EVP_PKEY *key) : m_key(key) { }

Rs256Signer::~Rs256Signer()
{
    EVP_PKEY_free(m_key);
}

std::unique_ptr<Rs256Signer> Rs256Signer::fromPem(QByteArrayView pem, QString *error)
{
    if (pem.isEmpty()) {
        *error = u"not a PEM private key (empty)"_s;
        return nullptr;
    }
    BIO *bio = BIO_new_mem_buf(pem.data(), int(pem.size()));
    if (!bio) {
        *error = takeOpenSslError();
        return nullptr;
    }
    // An empty passphrase instead of a callback: an encrypted key is refused, never prompted
    // for on the terminal.
    EVP_PKEY *key = PEM_read_bio_PrivateKey(bio, nullptr, nullptr, const_cast<char *>(""));
    BIO_free(bio);
    if (!key) {
        *error = u"not a PEM private key ("_s + takeOpenSslError() + u')';
        return nullptr;
    }
    if (EVP_PKEY_get_base_id(key) != EVP_PKEY_RSA) {
        EVP_PKEY_free(key);
        *error = u"not an RSA private key"_s;
        return nullptr;
    }
    return std::unique_ptr<Rs256Signer>(new Rs256Signer(key));
}

QByteArray Rs256Signer::sign(QByteArrayView data) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    QByteArray signature;
    size_t length = 0;
    // The first EVP_DigestSign call (no output buffer) reports the signature size.
    if (ctx && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, m_key) == 1
        && EVP_DigestSign(ctx, nullptr, &length,
                          reinterpret_cast<const unsigned char *>(data.data()), size_t(data.size()))
                == 1) {
        signature.resize(qsizetype(length));
        if (EVP_DigestSign(ctx, reinterpret_cast<unsigned char *>(signature.data()), &length,
                           reinterpret_cast<const unsigned char *>(data.data()),
                           size_t(data.size()))
            == 1)
            signature.resize(qsizetype(length));
        else
            signature.clear();
    }
    EVP_MD_CTX_free(ctx);
    if (signature.isEmpty())
        ERR_clear_error();
    return signature;
}

QByteArray Rs256Signer::jwt(const QJsonObject &claims, const QString &keyId) const
{
    QJsonObject header{ { u"alg"_s, u"RS256"_s }, { u"typ"_s, u"JWT"_s } };
    if (!keyId.isEmpty())
        header.insert(u"kid"_s, keyId);
    const QByteArray signingInput =
            QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.'
            + QJsonDocument(claims).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    const QByteArray signature = sign(signingInput);
    if (signature.isEmpty())
        return {};
    return signingInput + '.' + signature.toBase64(kBase64Url);
}

} // namespace coworking
