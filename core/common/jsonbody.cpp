#include "jsonbody.h"

#include "datetime.h"
#include "errorcodes.h"
#include "jsonkeys.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QUuid>

#include <cmath>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {
const QString kMissing = u"is required"_s;
}

namespace {

// The first string (a value or a key) of `value` that holds U+0000, by its path; throws 422.
void refuseNul(const QJsonValue &value, const QString &path)
{
    if (value.isString()) {
        JsonBody::requireNoNul(path, value.toString());
    } else if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            refuseNul(array.at(i), path + u'[' + QString::number(i) + u']');
    } else if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString field = path.isEmpty() ? it.key() : path + u'.' + it.key();
            JsonBody::requireNoNul(field, it.key());
            refuseNul(it.value(), field);
        }
    }
}

QJsonDocument parseDocument(const QByteArray &bytes)
{
    QJsonParseError error{};
    QJsonDocument doc = QJsonDocument::fromJson(bytes, &error);
    if (error.error != QJsonParseError::NoError)
        throw AppError::badRequest(u"The body is not valid JSON: "_s + error.errorString()
                                   + u" at offset "_s + QString::number(error.offset) + u'.');
    refuseNul(doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()), {});
    return doc;
}

} // namespace

QJsonObject JsonBody::parseObject(const QByteArray &bytes)
{
    const QJsonDocument doc = parseDocument(bytes);
    if (!doc.isObject())
        throw AppError::badRequest(u"The body must be a JSON object."_s);
    return doc.object();
}

QJsonArray JsonBody::parseArray(const QByteArray &bytes)
{
    const QJsonDocument doc = parseDocument(bytes);
    if (!doc.isArray())
        throw AppError::badRequest(u"The body must be a JSON array."_s);
    return doc.array();
}

void JsonBody::requireNoNul(const QString &field, QStringView text)
{
    if (text.contains(QChar(0)))
        throw AppError::invalidField(field, u"must not contain the NUL character (U+0000)"_s);
}

bool JsonBody::present(const QString &key)
{
    if (m_object.contains(key) && !m_object.value(key).isNull())
        return true;
    addError(key, kMissing);
    return false;
}

void JsonBody::addError(const QString &field, const QString &message)
{
    m_errors.append(QJsonObject{ { keys::Field, field }, { keys::Message, message } });
}

void JsonBody::finish() const
{
    if (m_errors.isEmpty())
        return;
    const QJsonObject first = m_errors.first().toObject();
    throw AppError(ErrorKind::Validation, errc::ValidationError,
                   first.value(keys::Field).toString() + u": "_s
                           + first.value(keys::Message).toString(),
                   QJsonObject{ { keys::Fields, m_errors } });
}

bool JsonBody::isUuid(const QString &text)
{
    return text.size() == 36 && !QUuid::fromString(text).isNull();
}

QString JsonBody::requiredString(const QString &key, int maxLength)
{
    if (!present(key))
        return {};
    const auto value = optionalString(key, maxLength);
    return value.value_or(QString());
}

std::optional<QString> JsonBody::optionalString(const QString &key, int maxLength)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        addError(key, u"must be a string"_s);
        return std::nullopt;
    }
    QString s = v.toString();
    if (s.size() > maxLength) {
        addError(key, u"must be at most %1 characters"_s.arg(maxLength));
        return std::nullopt;
    }
    return s;
}

std::optional<bool> JsonBody::optionalBool(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isBool()) {
        addError(key, u"must be a boolean"_s);
        return std::nullopt;
    }
    return v.toBool();
}

std::optional<int> JsonBody::optionalInt(const QString &key, int min, int max)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d) {
        addError(key, u"must be an integer"_s);
        return std::nullopt;
    }
    if (d < min || d > max) {
        addError(key, u"must be between %1 and %2"_s.arg(min).arg(max));
        return std::nullopt;
    }
    return static_cast<int>(d);
}

std::optional<double> JsonBody::optionalNumber(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isDouble() || !std::isfinite(v.toDouble())) {
        addError(key, u"must be a number"_s);
        return std::nullopt;
    }
    return v.toDouble();
}

std::optional<QDateTime> JsonBody::optionalDateTime(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        addError(key, u"must be an ISO 8601 datetime string"_s);
        return std::nullopt;
    }
    const auto parsed = datetime::parseWithOffset(v.toString());
    if (!parsed) {
        addError(key,
                 u"must be an ISO 8601 datetime with an offset, "
                 "e.g. 2026-11-24T09:00:00+03:00"_s);
        return std::nullopt;
    }
    return parsed;
}

QDateTime JsonBody::requiredDateTime(const QString &key)
{
    if (!present(key))
        return {};
    return optionalDateTime(key).value_or(QDateTime());
}

std::optional<QString> JsonBody::optionalId(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString() || !isUuid(v.toString())) {
        addError(key, u"must be a UUID"_s);
        return std::nullopt;
    }
    return v.toString().toLower();
}

QString JsonBody::requiredId(const QString &key)
{
    if (!present(key))
        return {};
    return optionalId(key).value_or(QString());
}

std::optional<QStringList> JsonBody::optionalIdList(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isArray()) {
        addError(key, u"must be an array of UUIDs"_s);
        return std::nullopt;
    }
    QStringList ids;
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString() || !isUuid(item.toString())) {
            addError(key, u"must be an array of UUIDs"_s);
            return std::nullopt;
        }
        if (!ids.contains(item.toString().toLower()))
            ids.append(item.toString().toLower());
    }
    return ids;
}

std::optional<QJsonObject> JsonBody::optionalObject(const QString &key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        addError(key, u"must be an object"_s);
        return std::nullopt;
    }
    return v.toObject();
}

} // namespace coworking
