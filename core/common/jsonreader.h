#pragma once

#include "page.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QLatin1StringView>
#include <QStringList>
#include <QTime>

#include <optional>
#include <type_traits>

namespace coworking {

using namespace Qt::StringLiterals;

// Why an answer could not be read: the first field found wrong, by its path in the document
// ("booking_policy.slot_minutes", "[3].spot.id"), and what was wrong with it.
struct DecodeError
{
    QString field;
    QString message;
};

// Typed reads of the API's JSON for the decoders (`…FromJson`), which read what the server
// sends, unlike JsonBody, which checks what a client sent and answers 422. The first problem
// is kept; a decoder reads on regardless and lets finish() turn a failure into nullopt.
// Times follow the API: datetimes ISO 8601 with an offset (decoded to UTC), times of day
// "HH:MM[:SS]", ids UUID strings.
class JsonReader final
{
public:
    explicit JsonReader(const QJsonObject &object) : m_object(object) { }

    const QJsonObject &object() const { return m_object; }
    // Present and not null.
    bool has(QLatin1StringView key) const;

    QString string(QLatin1StringView key);
    // A string or null; null and absent read as an empty string.
    QString nullableString(QLatin1StringView key);
    QString id(QLatin1StringView key);
    QString nullableId(QLatin1StringView key);
    QStringList idList(QLatin1StringView key);
    QDateTime dateTime(QLatin1StringView key);
    // null and absent read as an invalid QDateTime.
    QDateTime nullableDateTime(QLatin1StringView key);
    QTime timeOfDay(QLatin1StringView key);
    QDate date(QLatin1StringView key); // "YYYY-MM-DD"
    int integer(QLatin1StringView key);
    qint64 integer64(QLatin1StringView key);
    double number(QLatin1StringView key);
    bool boolean(QLatin1StringView key);
    QJsonObject object(QLatin1StringView key);
    QJsonArray array(QLatin1StringView key);

    // A string one of whose spellings `fromName` knows (a status, a type).
    template<typename E>
    E name(QLatin1StringView key, std::optional<E> (*fromName)(const QString &), E fallback = {})
    {
        const QString text = string(key);
        if (!m_object.value(key).isString())
            return fallback;
        if (const std::optional<E> value = fromName(text))
            return *value;
        fail(key, u"has an unknown value"_s);
        return fallback;
    }

    // A nested object read by another decoder; its problems are reported under "key.".
    template<typename Decode>
    auto nested(QLatin1StringView key, Decode decode)
            -> std::invoke_result_t<Decode, const QJsonObject &, DecodeError *>
    {
        if (!m_object.value(key).isObject()) {
            fail(key, m_object.contains(key) ? u"must be an object"_s : u"is required"_s);
            return std::nullopt;
        }
        return nestedObject(QString(key) + u'.', m_object.value(key).toObject(), decode);
    }
    // The same, or nullopt without a problem for null or an absent key.
    template<typename Decode>
    auto nullableNested(QLatin1StringView key, Decode decode)
            -> std::invoke_result_t<Decode, const QJsonObject &, DecodeError *>
    {
        if (!has(key))
            return std::nullopt;
        return nested(key, decode);
    }
    // An array of objects, each read by `decode`; problems reported under "key[i].".
    template<typename Decode>
    auto list(QLatin1StringView key, Decode decode)
    {
        using Item = typename std::invoke_result_t<Decode, const QJsonObject &,
                                                   DecodeError *>::value_type;
        QList<Item> items;
        const QJsonArray values = array(key);
        items.reserve(values.size());
        for (qsizetype i = 0; i < values.size(); ++i) {
            const QString prefix = QString(key) + u'[' + QString::number(i) + u']';
            if (!values.at(i).isObject()) {
                fail(prefix, u"must be an object"_s);
                continue;
            }
            if (auto item = nestedObject(prefix + u'.', values.at(i).toObject(), decode))
                items.append(std::move(*item));
        }
        return items;
    }

    // Records a problem unless an earlier one is already recorded.
    void fail(const QString &field, const QString &message);
    bool ok() const { return !m_error; }
    const std::optional<DecodeError> &error() const { return m_error; }

    // `value` when every read succeeded; otherwise nullopt and the problem in `*error`.
    template<typename T>
    std::optional<T> finish(T value, DecodeError *error) const
    {
        if (m_error) {
            if (error)
                *error = *m_error;
            return std::nullopt;
        }
        return value;
    }

private:
    template<typename Decode>
    auto nestedObject(const QString &prefix, const QJsonObject &object, Decode decode)
    {
        DecodeError inner;
        auto value = decode(object, &inner);
        if (!value)
            fail(prefix + inner.field, inner.message);
        return value;
    }
    // The value of a required key, or an undefined value (and a problem) when it is missing.
    QJsonValue required(QLatin1StringView key);
    // Whether `value` is of the expected kind; records `message` when it is not.
    bool expect(QLatin1StringView key, bool condition, const QString &message);

    QJsonObject m_object;
    std::optional<DecodeError> m_error;
};

// A bare JSON array of objects (the list answers), each read by `decode`.
template<typename Decode>
auto listFromJson(const QJsonArray &array, Decode decode, DecodeError *error = nullptr)
{
    // An array read as the only member of an object, so that paths read "[i].field".
    JsonReader reader(QJsonObject{ { QString(), array } });
    auto items = reader.list(QLatin1StringView(""), decode);
    return reader.finish(std::move(items), error);
}

// A page as list answers shape it: the items as a bare array, the total from X-Total-Count.
template<typename Decode>
auto pageFromJson(const QJsonArray &array, qint64 total, Decode decode,
                  DecodeError *error = nullptr)
{
    using Item =
            typename std::invoke_result_t<Decode, const QJsonObject &, DecodeError *>::value_type;
    std::optional<Page<Item>> page;
    if (auto items = listFromJson(array, decode, error))
        page = Page<Item>{ std::move(*items), total };
    return page;
}

// Encodes each item with `encode` into a bare array (the list answers).
template<typename T, typename Encode>
QJsonArray toJsonArray(const QList<T> &items, Encode encode)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(encode(item));
    return array;
}

} // namespace coworking
