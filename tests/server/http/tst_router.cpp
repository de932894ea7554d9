// The route table (server/http/router.h) on its own: literals, UUID ids, 405 with the allowed
// methods, and parameters that end their segment with a literal suffix ("{token}.ics").

#include "router.h"

#include <QTest>

using namespace coworking;
using namespace Qt::StringLiterals;

namespace {

ApiResponse nothing(ApiRequest &)
{
    return ApiResponse::noContent();
}

const QString kId = u"3f1e2d4c-0000-4000-8000-00000000ABCD"_s;

} // namespace

class TestRouter final : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void match_data();
    void match();
    void methodNotAllowed();

private:
    Router m_router;
};

void TestRouter::initTestCase()
{
    m_router.add(u"GET"_s, u"/users/me"_s, Access::User, nothing);
    m_router.add(u"GET"_s, u"/users/{id}"_s, Access::User, nothing);
    m_router.add(u"GET"_s, u"/bookings/{id}/ical"_s, Access::User, nothing);
    m_router.add(u"GET"_s, u"/calendar/{token}.ics"_s, Access::Public, nothing);
    m_router.add(u"DELETE"_s, u"/notifications/device-tokens/{token}"_s, Access::User, nothing);
}

void TestRouter::match_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("pattern"); // empty: no route
    QTest::addColumn<QString>("param");
    QTest::addColumn<QString>("value");

    QTest::newRow("literal wins") << u"GET"_s << u"/users/me"_s << u"/users/me"_s << QString()
                                  << QString();
    QTest::newRow("id, lower-cased")
            << u"GET"_s << u"/users/"_s + kId << u"/users/{id}"_s << u"id"_s << kId.toLower();
    QTest::newRow("not a UUID") << u"GET"_s << u"/users/someone"_s << QString() << QString()
                                << QString();
    QTest::newRow("id then literal") << u"GET"_s << u"/bookings/%1/ical"_s.arg(kId)
                                     << u"/bookings/{id}/ical"_s << u"id"_s << kId.toLower();
    QTest::newRow("suffix stripped, case kept")
            << u"GET"_s << u"/calendar/AbC-_9.ics"_s << u"/calendar/{token}.ics"_s << u"token"_s
            << u"AbC-_9"_s;
    QTest::newRow("suffix missing")
            << u"GET"_s << u"/calendar/AbC"_s << QString() << QString() << QString();
    QTest::newRow("other suffix") << u"GET"_s << u"/calendar/AbC.ical"_s << QString() << QString()
                                  << QString();
    QTest::newRow("suffix alone") << u"GET"_s << u"/calendar/.ics"_s << QString() << QString()
                                  << QString();
    QTest::newRow("no suffix, dots kept")
            << u"DELETE"_s << u"/notifications/device-tokens/a.b.ics"_s
            << u"/notifications/device-tokens/{token}"_s << u"token"_s << u"a.b.ics"_s;
}

void TestRouter::match()
{
    QFETCH(QString, method);
    QFETCH(QString, path);
    QFETCH(QString, pattern);
    QFETCH(QString, param);
    QFETCH(QString, value);
    const Router::Match m = m_router.match(method, path);
    QCOMPARE(m.route ? m.route->pattern : QString(), pattern);
    if (!param.isEmpty())
        QCOMPARE(m.params.value(param), value);
}

void TestRouter::methodNotAllowed()
{
    const Router::Match m = m_router.match(u"POST"_s, u"/calendar/x.ics"_s);
    QVERIFY(!m.route);
    QCOMPARE(m.allowedMethods, QStringList{ u"GET"_s });
}

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
