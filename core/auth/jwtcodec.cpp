#include "jwtcodec.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QTimeZone>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray encodeSegment(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
}

// A JSON object from one base64url segment; nullopt on bad base64 or anything but an object.
std::optional<QJsonObject> decodeSegment(QByteArrayView segment)
{
    if (segment.isEmpty())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(
            segment.toByteArray(), kBase64Url | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

// Compares in time that depends only on the lengths, so a forger learns nothing from timing
// about how many leading bytes of a signature were right.
bool constantTimeEquals(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

} // namespace

JwtCodec::JwtCodec(QByteArray key, int accessTtlMinutes)
    : m_key(std::move(key)), m_ttlMinutes(accessTtlMinutes)
{
    Q_ASSERT(!m_key.isEmpty());
    Q_ASSERT(m_ttlMinutes > 0);
}

QByteArray JwtCodec::sign(QByteArrayView signingInput) const
{
    return QMessageAuthenticationCode::hash(signingInput.toByteArray(), m_key,
                                            QCryptographicHash::Sha256)
            .toBase64(kBase64Url);
}

JwtCodec::IssuedToken JwtCodec::issue(const QString &userId, const QDateTime &now) const
{
    const qint64 iat = now.toSecsSinceEpoch();
    const qint64 exp = iat + qint64(m_ttlMinutes) * 60;
    static const QByteArray header =
            encodeSegment(QJsonObject{ { u"alg"_s, u"HS256"_s }, { u"typ"_s, u"JWT"_s } });
    const QJsonObject claims{
        { u"sub"_s, userId },
        { u"iat"_s, double(iat) },
        { u"exp"_s, double(exp) },
        { u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) },
    };
    QByteArray token = header + '.' + encodeSegment(claims);
    token += '.' + sign(token);
    return { QString::fromLatin1(token), QDateTime::fromSecsSinceEpoch(exp, QTimeZone::utc()) };
}

std::optional<JwtCodec::AccessClaims> JwtCodec::verify(QByteArrayView token,
                                                       const QDateTime &now) const
{
    // Far beyond any token we issue; refuses to spend work on junk.
    if (token.size() > 4096)
        return std::nullopt;
    const qsizetype firstDot = token.indexOf('.');
    if (firstDot < 0)
        return std::nullopt;
    const qsizetype secondDot = token.indexOf('.', firstDot + 1);
    if (secondDot < 0 || token.indexOf('.', secondDot + 1) >= 0)
        return std::nullopt;

    const QByteArrayView headerPart = token.first(firstDot);
    const QByteArrayView payloadPart = token.sliced(firstDot + 1, secondDot - firstDot - 1);
    const QByteArrayView signaturePart = token.sliced(secondDot + 1);

    const auto header = decodeSegment(headerPart);
    if (!header)
        return std::nullopt;
    const QJsonValue alg = header->value(u"alg"_s);
    if (!alg.isString() || alg.toString() != u"HS256")
        return std::nullopt;

    // The signature covers the segments exactly as sent; comparing the encoded form also
    // refuses signatures whose base64 is not canonical.
    if (!constantTimeEquals(sign(token.first(secondDot)), signaturePart))
        return std::nullopt;

    const auto payload = decodeSegment(payloadPart);
    if (!payload)
        return std::nullopt;
    const QJsonValue exp = payload->value(u"exp"_s);
    if (!exp.isDouble() || !std::isfinite(exp.toDouble()))
        return std::nullopt;
    const double expSecs = exp.toDouble();
    // Outside what QDateTime can hold sensibly: no honest token says that.
    if (expSecs < 0 || expSecs > 253402300799.0)
        return std::nullopt;
    const QDateTime expiresAt =
            QDateTime::fromSecsSinceEpoch(qint64(std::floor(expSecs)), QTimeZone::utc());
    if (expiresAt <= now)
        return std::nullopt;
    const QJsonValue sub = payload->value(u"sub"_s);
    if (!sub.isString() || sub.toString().isEmpty())
        return std::nullopt;
    return AccessClaims{ sub.toString(), expiresAt };
}

} // namespace coworking
