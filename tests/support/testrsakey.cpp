#include "testrsakey.h"

#include <QJsonDocument>
#include <QList>

#include <openssl/bio.h>
#include <openssl/buffer.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

using namespace Qt::StringLiterals;

namespace coworking::test {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors;

QByteArray bioContents(BIO *bio)
{
    BUF_MEM *memory = nullptr;
    BIO_get_mem_ptr(bio, &memory);
    return QByteArray(memory->data, qsizetype(memory->length));
}

std::optional<QJsonObject> decodeJsonSegment(const QByteArray &segment)
{
    const auto decoded = QByteArray::fromBase64Encoding(segment, kBase64Url);
    if (!decoded)
        return std::nullopt;
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

TestRsaKey::TestRsaKey(unsigned bits) : m_key(EVP_RSA_gen(bits))
{
    if (!m_key)
        qFatal("cannot generate an RSA test key");
}

TestRsaKey::~TestRsaKey()
{
    EVP_PKEY_free(m_key);
}

QByteArray TestRsaKey::privateKeyPem(const QByteArray &passphrase) const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PKCS8PrivateKey(bio, m_key, passphrase.isEmpty() ? nullptr : EVP_aes_128_cbc(),
                                  passphrase.constData(), int(passphrase.size()), nullptr, nullptr);
    const QByteArray pem = bioContents(bio);
    BIO_free(bio);
    return pem;
}

QByteArray TestRsaKey::privateKeyPkcs1Pem() const
{
    BIO *bio = BIO_new(BIO_s_mem());
    PEM_write_bio_PrivateKey_traditional(bio, m_key, nullptr, nullptr, 0, nullptr, nullptr);
    const QByteArray pem = bioContents(bio);
    BIO_free(bio);
    return pem;
}

bool TestRsaKey::verify(QByteArrayView data, QByteArrayView signature) const
{
    EVP_MD_CTX *ctx = EVP_MD_CTX_new();
    EVP_PKEY_CTX *keyCtx = nullptr;
    const bool ok = EVP_DigestVerifyInit(ctx, &keyCtx, EVP_sha256(), nullptr, m_key) == 1
            && EVP_PKEY_CTX_set_rsa_padding(keyCtx, RSA_PKCS1_PADDING) == 1
            && EVP_DigestVerify(ctx, reinterpret_cast<const unsigned char *>(signature.data()),
                                size_t(signature.size()),
                                reinterpret_cast<const unsigned char *>(data.data()),
                                size_t(data.size()))
                    == 1;
    EVP_MD_CTX_free(ctx);
    return ok;
}

std::optional<QJsonObject> TestRsaKey::verifyJwt(QByteArrayView jwt, QJsonObject *header) const
{
    const QList<QByteArray> parts = jwt.toByteArray().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto head = decodeJsonSegment(parts[0]);
    const auto claims = decodeJsonSegment(parts[1]);
    const auto signature = QByteArray::fromBase64Encoding(parts[2], kBase64Url);
    if (!head || !claims || !signature || head->value("alg"_L1).toString() != "RS256"_L1
        || !verify(QByteArray(parts[0] + '.' + parts[1]), *signature))
        return std::nullopt;
    if (header)
        *header = *head;
    return claims;
}

} // namespace coworking::test
