#pragma once

#include "apperror.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace coworking {

// Reads a request body field by field and collects every problem, so a client learns all the
// invalid fields of a request at once (422 VALIDATION_ERROR, details.fields).
class JsonBody final
{
public:
    explicit JsonBody(QJsonObject object) : m_object(std::move(object)) { }

    // Parses a JSON object; anything else is 400 BAD_REQUEST.
    static QJsonObject parseObject(const QByteArray &bytes);
    static QJsonArray parseArray(const QByteArray &bytes);
    // No text of this API has a use for U+0000, and PostgreSQL cannot store it: every body
    // (parseObject, parseArray), query parameter and form field is refused with 422 naming the
    // field when one holds it, before any route sees it.
    static void requireNoNul(const QString &field, QStringView text);

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }
    const QJsonObject &object() const { return m_object; }

    QString requiredString(const QString &key, int maxLength = 255);
    std::optional<QString> optionalString(const QString &key, int maxLength = 255);
    std::optional<bool> optionalBool(const QString &key);
    std::optional<int> optionalInt(const QString &key, int min, int max);
    std::optional<double> optionalNumber(const QString &key);
    QDateTime requiredDateTime(const QString &key);
    std::optional<QDateTime> optionalDateTime(const QString &key);
    QString requiredId(const QString &key);
    std::optional<QString> optionalId(const QString &key);
    std::optional<QStringList> optionalIdList(const QString &key);
    std::optional<QJsonObject> optionalObject(const QString &key);

    void addError(const QString &field, const QString &message);
    bool hasErrors() const { return !m_errors.isEmpty(); }
    // Throws VALIDATION_ERROR with every collected field problem, if any.
    void finish() const;

    static bool isUuid(const QString &text);

private:
    // True when the key holds a value; otherwise records "is required".
    bool present(const QString &key);

    QJsonObject m_object;
    QJsonArray m_errors;
};

} // namespace coworking
