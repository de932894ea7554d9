// OptionService on in-memory fakes of its ports: who may add and remove a coworking's options, and
// how the public list pages. Table-driven, no database and no HTTP: the rules alone.
#include "access/accesspolicy.h"
#include "options/optionservice.h"

#include "fakes/memoryrepositories.h"
#include "fakes/servicetest.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::test;

namespace {

// The site of every row: one coworking owned by "owner", managed by "manager", with one option.
struct Site
{
    MemoryCoworkings coworkings;
    MemoryOptions options;
    AccessPolicy access{ coworkings };
    OptionService service{ options, access };

    Site()
    {
        Coworking c;
        c.id = u"cw"_s;
        c.ownerId = u"owner"_s;
        c.name = u"Loft"_s;
        coworkings.insert(c);
        coworkings.addManager(u"cw"_s, u"manager"_s);
        options.insert({ u"monitor"_s, u"cw"_s, u"Monitor"_s });
    }
};

} // namespace

class TestOptionService : public QObject
{
    Q_OBJECT

private slots:
    void create_data();
    void create();
    void remove_data();
    void remove();
    void listPages_data();
    void listPages();
};

void TestOptionService::create_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("coworkingId");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner") << u"owner"_s << u"cw"_s << QString();
    QTest::newRow("admin") << u"admin"_s << u"cw"_s << QString();
    QTest::newRow("manager is staff, not owner") << u"manager"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("another business") << u"business"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("anonymous") << u"anonymous"_s << u"cw"_s << u"FORBIDDEN"_s;
    QTest::newRow("no such coworking") << u"admin"_s << u"nowhere"_s << u"COWORKING_NOT_FOUND"_s;
}

void TestOptionService::create()
{
    QFETCH(QString, actor);
    QFETCH(QString, coworkingId);
    QFETCH(QString, error);
    Site site;
    Option created;
    QCOMPARE(outcome([&] {
                 created = site.service.create(actorNamed(actor), { {}, coworkingId, u"Locker"_s });
             }),
             error);
    const QList<Option> listed = site.options.list(u"cw"_s);
    QCOMPARE(listed.size(), error.isEmpty() ? 2 : 1);
    if (error.isEmpty()) {
        QVERIFY(!created.id.isEmpty());
        QVERIFY(site.options.find(created.id).has_value());
    }
}

void TestOptionService::remove_data()
{
    QTest::addColumn<QString>("actor");
    QTest::addColumn<QString>("optionId");
    QTest::addColumn<QString>("error");

    QTest::newRow("owner") << u"owner"_s << u"monitor"_s << QString();
    QTest::newRow("admin") << u"admin"_s << u"monitor"_s << QString();
    QTest::newRow("manager") << u"manager"_s << u"monitor"_s << u"FORBIDDEN"_s;
    QTest::newRow("stranger") << u"someone"_s << u"monitor"_s << u"FORBIDDEN"_s;
    QTest::newRow("no such option") << u"owner"_s << u"nothing"_s << u"OPTION_NOT_FOUND"_s;
}

void TestOptionService::remove()
{
    QFETCH(QString, actor);
    QFETCH(QString, optionId);
    QFETCH(QString, error);
    Site site;
    QCOMPARE(outcome([&] { site.service.remove(actorNamed(actor), optionId); }), error);
    QCOMPARE(site.options.find(u"monitor"_s).has_value(), !error.isEmpty());
}

void TestOptionService::listPages_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("page");
    QTest::addColumn<QStringList>("names");

    QTest::newRow("first page") << 2 << 0 << QStringList{ u"Monitor"_s, u"Locker 1"_s };
    QTest::newRow("second page") << 2 << 1 << QStringList{ u"Locker 2"_s };
    QTest::newRow("past the end") << 2 << 5 << QStringList{};
    QTest::newRow("all at once") << 100 << 0
                                 << QStringList{ u"Monitor"_s, u"Locker 1"_s, u"Locker 2"_s };
}

void TestOptionService::listPages()
{
    QFETCH(int, count);
    QFETCH(int, page);
    QFETCH(QStringList, names);
    Site site;
    site.options.insert({ u"l1"_s, u"cw"_s, u"Locker 1"_s });
    site.options.insert({ u"l2"_s, u"cw"_s, u"Locker 2"_s });
    site.options.insert({ u"elsewhere"_s, u"other"_s, u"Desk lamp"_s });

    const Page<Option> result = site.service.list(u"cw"_s, { count, page });
    QCOMPARE(result.total, qint64(3)); // the whole list, whatever the page
    QStringList got;
    for (const Option &o : result.items)
        got.append(o.name);
    QCOMPARE(got, names);
    QCOMPARE(site.service.list(QString(), { 100, 0 }).total,
             qint64(4)); // every coworking's options
}

QTEST_GUILESS_MAIN(TestOptionService)
#include "tst_optionservice.moc"
