#pragma once

#include <QByteArray>
#include <QLatin1StringView>
#include <QList>
#include <QString>
#include <QStringView>

namespace coworking {

// Compact JSON written straight into bytes, for answers too large to build as QJsonObjects
// first: for 200 spots, QJsonObject inserts and QJsonDocument::toJson took half the request's
// CPU. The output is byte for byte what QJsonDocument::toJson(Compact) gives for the same
// members, provided each object's keys come in QJsonObject's (sorted) order, which debug builds
// assert.
class JsonWriter final
{
    Q_DISABLE_COPY_MOVE(JsonWriter)
public:
    explicit JsonWriter(qsizetype reserve = 256);

    JsonWriter &beginObject() { return open('{'); }
    JsonWriter &endObject() { return close('}'); }
    JsonWriter &beginArray() { return open('['); }
    JsonWriter &endArray() { return close(']'); }
    // A member's name (ASCII); one value call or begin…() follows.
    JsonWriter &key(QLatin1StringView name);

    JsonWriter &value(QStringView text);
    JsonWriter &value(const QString &text) { return value(QStringView(text)); }
    JsonWriter &value(QLatin1StringView text);
    JsonWriter &value(bool b);
    JsonWriter &value(int n) { return value(qint64(n)); }
    JsonWriter &value(qint64 n);
    // As QJsonValue(double): integral values up to 2^53 as integers, others shortest, and
    // infinities and NaN as null.
    JsonWriter &value(double d);
    JsonWriter &null();

    template<typename T>
    JsonWriter &member(QLatin1StringView name, const T &v)
    {
        key(name);
        return value(v);
    }

    QByteArray take();

private:
    JsonWriter &open(char bracket);
    JsonWriter &close(char bracket);
    void separate();
    void appendInteger(qint64 n);
    // Room for `n` more bytes at the write position; append() moves it on.
    char *room(qsizetype n);
    void put(char c)
    {
        *room(1) = c;
        ++m_size;
    }
    void put(const char *bytes, qsizetype n);

    QByteArray m_out; // written up to m_size; beyond it, spare room
    qsizetype m_size = 0;
    bool m_first = true; // nothing written yet in the open array or object
    bool m_afterKey = false; // the next value is a member's
#ifndef QT_NO_DEBUG
    QList<QLatin1StringView> m_lastKeys; // one per open container (empty for arrays)
#endif
};

} // namespace coworking
