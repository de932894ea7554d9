// JsonWriter must write exactly what QJsonDocument::toJson(Compact) writes for the same members:
// the availability answer switched from one to the other, and clients must not see a byte change.
#include "common/jsonwriter.h"
#include "coworkings/coworkingjson.h"
#include "coworkings/coworkingservice.h"
#include "spots/spotjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QTimeZone>

#include <limits>

Q_DECLARE_METATYPE(coworking::SpotAvailability)

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

QByteArray qtJson(const QJsonValue &value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QString unpairedHigh()
{
    QString s = u"a"_s;
    s.append(QChar(0xd83d)); // a high surrogate followed by an ordinary letter
    s.append(u'b');
    return s;
}

QString unpairedLowAtEnd()
{
    QString s = u"z"_s;
    s.append(QChar(0xdc00));
    return s;
}

Spot spot(const QString &name, bool active, std::optional<SpotPlacement> map)
{
    Spot s;
    s.id = u"00000000-0000-4000-b000-000000000007"_s;
    s.coworkingId = u"00000000-0000-4000-8000-000000000001"_s;
    s.name = name;
    s.description = u"By the window \"north\"\n2nd row"_s;
    s.position = 7;
    s.active = active;
    s.map = map;
    return s;
}

} // namespace

class TestJsonWriter final : public QObject
{
    Q_OBJECT

private slots:
    void strings_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("plain") << u"Desk 12"_s;
        QTest::newRow("escapes") << u"quote \" backslash \\ slash / tab \t nl \n cr \r"_s;
        QTest::newRow("controls") << QString::fromUtf8("\x01\x08\x0c\x1f\x7f end");
        QTest::newRow("two-byte") << u"Переговорная № 3, café"_s;
        QTest::newRow("three-byte") << u"会议室 €"_s;
        QTest::newRow("surrogate pair") << QString::fromUtf8("desk \xF0\x9F\x98\x80 emoji");
        QTest::newRow("unpaired high") << unpairedHigh();
        QTest::newRow("unpaired low at end") << unpairedLowAtEnd();
        QTest::newRow("long") << QString(5000, u'ы');
    }
    void strings()
    {
        QFETCH(QString, text);
        JsonWriter json(4);
        json.beginArray().value(text).endArray();
        QCOMPARE(json.take(), qtJson(QJsonArray{ text }));
    }

    void numbers_data()
    {
        QTest::addColumn<double>("number");
        for (double d : { 0.0,
                          -0.0,
                          1.0,
                          -40.0,
                          10.5,
                          -0.25,
                          0.1,
                          123.456,
                          1e6,
                          1e15,
                          9007199254740992.0,
                          1e16,
                          1.5e17,
                          3e18,
                          1e21,
                          1e-7,
                          5e-324,
                          std::numeric_limits<double>::max(),
                          std::numeric_limits<double>::infinity(),
                          std::numeric_limits<double>::quiet_NaN() })
            QTest::newRow(QByteArray::number(d, 'g', 17).constData()) << d;
    }
    void numbers()
    {
        QFETCH(double, number);
        JsonWriter json;
        json.beginArray()
                .value(number)
                .value(int(number > 0 && number < 1e9 ? number : 3))
                .endArray();
        QCOMPARE(json.take(),
                 qtJson(QJsonArray{ number, int(number > 0 && number < 1e9 ? number : 3) }));
    }

    void nesting()
    {
        JsonWriter json;
        json.beginObject()
                .key("a"_L1)
                .beginArray()
                .endArray()
                .key("b"_L1)
                .beginObject()
                .endObject()
                .member("c"_L1, true)
                .key("d"_L1)
                .null()
                .key("e"_L1)
                .beginArray()
                .value(qint64(1) << 60)
                .beginObject()
                .endObject()
                .beginArray()
                .value(false)
                .endArray()
                .endArray()
                .member("f"_L1, "text"_L1)
                .endObject();
        const QJsonObject expected{
            { u"a"_s, QJsonArray() },
            { u"b"_s, QJsonObject() },
            { u"c"_s, true },
            { u"d"_s, QJsonValue::Null },
            { u"e"_s, QJsonArray{ qint64(1) << 60, QJsonObject(), QJsonArray{ false } } },
            { u"f"_s, u"text"_s }
        };
        QCOMPARE(json.take(), qtJson(expected));
    }

    // The availability answer: writeJson against the QJsonObject codec it replaced.
    void spotAvailability_data()
    {
        QTest::addColumn<SpotAvailability>("item");
        const SpotPlacement placed{ 120, 40.5, 60, 30, -12.25 };
        QTest::newRow("free, placed") << SpotAvailability{ spot(u"Desk 1"_s, true, placed), true };
        QTest::newRow("busy, placed") << SpotAvailability{ spot(u"Desk 2"_s, true, placed), false };
        QTest::newRow("inactive, free")
                << SpotAvailability{ spot(u"Стол «3»"_s, false, std::nullopt), true };
        QTest::newRow("inactive, busy, off the plan")
                << SpotAvailability{ spot(u"Desk \\4\\"_s, false, std::nullopt), false };
    }
    void spotAvailability()
    {
        QFETCH(SpotAvailability, item);
        JsonWriter json;
        json.beginArray();
        writeJson(json, item);
        writeJson(json, item);
        json.endArray();
        QCOMPARE(json.take(), qtJson(QJsonArray{ toJson(item), toJson(item) }));
    }

    // The timeline answer: writeTimeline against timelineToJson, for staff and for others.
    void timeline_data()
    {
        QTest::addColumn<bool>("staff");
        QTest::newRow("public") << false;
        QTest::newRow("staff") << true;
    }
    void timeline()
    {
        QFETCH(bool, staff);
        const QDateTime at(QDate(2030, 1, 7), QTime(6, 0), QTimeZone::utc());
        Booking first;
        first.id = u"00000000-0000-4000-c000-000000000001"_s;
        first.userId = u"00000000-0000-4000-a000-000000000001"_s;
        first.range = { at, at.addSecs(3600) };
        Booking second = first;
        second.id = u"00000000-0000-4000-c000-000000000002"_s;
        second.range = { at.addMSecs(7200123), at.addSecs(3 * 3600) };
        const QList<SpotTimeline> floor{ SpotTimeline{ u"spot-1"_s, { first, second } },
                                         SpotTimeline{ u"spot-2"_s, {} } };
        for (const QList<SpotTimeline> &spots : { floor, QList<SpotTimeline>() }) {
            JsonWriter json;
            writeTimeline(json, spots, staff);
            QCOMPARE(json.take(), qtJson(timelineToJson(spots, staff)));
        }
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
