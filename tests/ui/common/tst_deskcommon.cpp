// The desk's shared pieces: error words, CSV export, zone-aware times, roles, and the
// translations (the Russian one complete, plural forms everywhere).
#include "client/apiresult.h"
#include "common/coworkingrole.h"
#include "common/csvwriter.h"
#include "common/errortext.h"
#include "common/zonetime.h"
#include "coworkings/coworking.h"
#include "users/user.h"

#include <QFile>
#include <QStandardItemModel>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;

class TestDeskCommon : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void russianPlurals();
    void errorWords_data();
    void errorWords();
    void csvNeutralisesFormulas();
    void zoneTimes();
    void roles();
    void translationsComplete_data();
    void translationsComplete();

private:
    QTranslator m_english;
};

void TestDeskCommon::initTestCase()
{
    // The desk's English catalogue carries the plural forms ("5 minutes", not "5 minute(s)").
    QVERIFY(m_english.load(QString::fromUtf8(COWORKING_QM_DIR "/coworking_en.qm")));
    QCoreApplication::installTranslator(&m_english);
}

void TestDeskCommon::russianPlurals()
{
    QTranslator russian;
    QVERIFY(russian.load(QString::fromUtf8(COWORKING_QM_DIR "/coworking_ru.qm")));
    QCoreApplication::installTranslator(&russian);
    QCOMPARE(ErrorText::waitText(21 * 60), u"через 21 минуту"_s);
    QCOMPARE(ErrorText::waitText(3 * 60), u"через 3 минуты"_s);
    QCOMPARE(ErrorText::waitText(11 * 60), u"через 11 минут"_s);
    client::ApiError e;
    e.kind = client::ApiError::Kind::Http;
    e.status = 401;
    e.code = u"INVALID_CREDENTIALS"_s;
    QCOMPARE(ErrorText::describe(e), u"Неверный адрес почты или пароль."_s);
    QCoreApplication::removeTranslator(&russian);
}

void TestDeskCommon::errorWords_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("retryAfter");
    QTest::addColumn<QString>("expected");
    using K = client::ApiError::Kind;
    QTest::newRow("wrong password") << int(K::Http) << 401 << u"INVALID_CREDENTIALS"_s << -1
                                    << u"Wrong email or password."_s;
    QTest::newRow("banned") << int(K::Http) << 403 << u"USER_BANNED"_s << -1
                            << u"This account is banned"_s;
    QTest::newRow("throttled") << int(K::Http) << 429 << u"TOO_MANY_REQUESTS"_s << 300
                               << u"Too many attempts. Try again in 5 minutes."_s;
    QTest::newRow("throttled seconds")
            << int(K::Http) << 429 << u"TOO_MANY_REQUESTS"_s << 40 << u"Try again in 40 seconds."_s;
    QTest::newRow("unreachable") << int(K::Network) << 0 << QString() << -1
                                 << u"The server cannot be reached."_s;
    QTest::newRow("certificate") << int(K::Tls) << 0 << QString() << -1
                                 << u"certificate cannot be trusted"_s;
    QTest::newRow("conflict") << int(K::Http) << 409 << u"BOOKING_CONFLICT"_s << -1
                              << u"just booked by someone else"_s;
    QTest::newRow("server failed")
            << int(K::Http) << 500 << u"INTERNAL"_s << -1 << u"(error 500)"_s;
}

void TestDeskCommon::errorWords()
{
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(int, retryAfter);
    QFETCH(QString, expected);
    client::ApiError e;
    e.kind = client::ApiError::Kind(kind);
    e.status = status;
    e.code = code;
    e.message = u"x"_s;
    if (retryAfter >= 0)
        e.retryAfterSeconds = retryAfter;
    const QString words = ErrorText::describe(e);
    QVERIFY2(words.contains(expected), qPrintable(words));
}

void TestDeskCommon::csvNeutralisesFormulas()
{
    QStandardItemModel model(0, 2);
    model.setHorizontalHeaderLabels({ u"Member"_s, u"Note"_s });
    model.appendRow({ new QStandardItem(u"=HYPERLINK(\"x\")"_s), new QStandardItem(u"a,b"_s) });
    model.appendRow({ new QStandardItem(u"Анна"_s), new QStandardItem(u"-5"_s) });
    const QString csv = QString::fromUtf8(CsvWriter::fromModel(model).mid(3));
    QCOMPARE(csv, u"Member,Note\r\n\"'=HYPERLINK(\"\"x\"\")\",\"a,b\"\r\nАнна,'-5\r\n"_s);
    QVERIFY(CsvWriter::fromModel(model).startsWith("\xEF\xBB\xBF"));
}

void TestDeskCommon::zoneTimes()
{
    const ZoneTime berlin(u"Europe/Berlin"_s, QLocale(QLocale::English, QLocale::UnitedKingdom));
    // 09:00 on the last Sunday of March is 07:00 UTC (after the switch), a day before 08:00.
    QCOMPARE(berlin.toUtc(QDate(2030, 3, 31), QTime(9, 0)),
             QDateTime(QDate(2030, 3, 31), QTime(7, 0), QTimeZone::utc()));
    QCOMPARE(berlin.toUtc(QDate(2030, 3, 30), QTime(9, 0)),
             QDateTime(QDate(2030, 3, 30), QTime(8, 0), QTimeZone::utc()));
    const QDateTime from(QDate(2030, 1, 7), QTime(8, 0), QTimeZone::utc());
    QCOMPARE(berlin.range(from, from.addSecs(5400)), u"09:00\u201310:30"_s);
    QVERIFY(berlin.rangeWithZone(from, from.addSecs(3600)).endsWith(u"(Europe/Berlin)"_s));
    const ZoneTime fixed(u"UTC+03:00"_s);
    QCOMPARE(fixed.toLocal(from).time(), QTime(11, 0));
    const ZoneTime unknown(u"Mars/Olympus"_s);
    QCOMPARE(unknown.zoneName(), u"UTC"_s);
}

void TestDeskCommon::roles()
{
    User user;
    user.id = u"u1"_s;
    Coworking c;
    c.ownerId = u"u1"_s;
    QCOMPARE(Roles::roleIn(user, c, false), CoworkingRole::Owner);
    c.ownerId = u"u2"_s;
    QCOMPARE(Roles::roleIn(user, c, true), CoworkingRole::Manager);
    QCOMPARE(Roles::roleIn(user, c, false), CoworkingRole::Member);
    user.isAdmin = true;
    QCOMPARE(Roles::roleIn(user, c, false), CoworkingRole::Admin);
    QVERIFY(Roles::canRunFloor(CoworkingRole::Manager));
    QVERIFY(!Roles::canEditCoworking(CoworkingRole::Manager));
    QVERIFY(Roles::staffOnlyReason(CoworkingRole::Member).contains(u"managers"_s));
}

void TestDeskCommon::translationsComplete_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("pluralForms");
    QTest::addColumn<bool>("complete");
    QTest::newRow("ru") << u"coworking_ru.ts"_s << 3 << true;
    QTest::newRow("en") << u"coworking_en.ts"_s << 2 << false;
}

void TestDeskCommon::translationsComplete()
{
    QFETCH(QString, file);
    QFETCH(int, pluralForms);
    QFETCH(bool, complete);
    QFile ts(QString::fromUtf8(COWORKING_TRANSLATIONS_DIR "/") + file);
    QVERIFY2(ts.open(QIODevice::ReadOnly), qPrintable(ts.fileName()));
    // <message [numerus="yes"]><source>…</source><translation [type=…]>text or
    // <numerusform>…</numerusform>…</translation></message>
    QXmlStreamReader xml(&ts);
    QStringList problems;
    int messages = 0;
    QString source;
    QString type;
    QString text;
    bool numerus = false;
    int filled = 0;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            ++messages;
            numerus = xml.attributes().value(u"numerus"_s) == u"yes";
            filled = 0;
            text.clear();
        } else if (xml.isStartElement() && xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            type = xml.attributes().value(u"type"_s).toString();
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            filled += xml.readElementText().contains(u"%n"_s) ? 1 : 0;
        } else if (xml.isCharacters() && !xml.isWhitespace()) {
            text += xml.text();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            if (type == u"vanished" || type == u"obsolete")
                continue;
            if (numerus && filled != pluralForms)
                problems.append(u"plural forms: "_s + source);
            else if (!numerus && complete && (type == u"unfinished" || text.isEmpty()))
                problems.append(u"unfinished: "_s + source);
        }
    }
    QVERIFY(!xml.hasError());
    QVERIFY(messages > 100);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

QTEST_MAIN(TestDeskCommon)
#include "tst_deskcommon.moc"
