// The closures table: dates with their weekday, "Closed all day" or the special hours, sorted by
// date whatever order the rows came in.
#include "closurelistmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using coworking::Closure;
using coworking::ui::ClosureListModel;

namespace {

Closure closure(const QString &id, QDate date, QTime opens = {}, QTime closes = {},
                const QString &reason = {})
{
    Closure c;
    c.id = id;
    c.date = date;
    c.opensAt = opens;
    c.closesAt = closes;
    c.reason = reason;
    return c;
}

} // namespace

class TestClosureListModel : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void showsDaysInOrderWithTheirHours()
    {
        ClosureListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        model.setClosures(
                { closure(u"b"_s, QDate(2030, 1, 10), QTime(10, 0), QTime(16, 0), u"Inventory"_s),
                  closure(u"a"_s, QDate(2030, 1, 7), {}, {}, u"Holiday"_s),
                  closure(u"c"_s, QDate(2030, 1, 12), QTime(18, 0), QTime(2, 0)) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ClosureListModel::ColumnCount));
        QCOMPARE(model.index(0, ClosureListModel::DateColumn).data().toString(),
                 u"Mon 7 Jan 2030"_s);
        QCOMPARE(model.index(0, ClosureListModel::HoursColumn).data().toString(),
                 u"Closed all day"_s);
        QCOMPARE(model.index(0, ClosureListModel::ReasonColumn).data().toString(), u"Holiday"_s);
        QCOMPARE(model.index(0, 0).data(ClosureListModel::ClosedAllDayRole).toBool(), true);
        QCOMPARE(model.index(1, ClosureListModel::HoursColumn).data().toString(),
                 u"10:00\x2013"
                 u"16:00"_s);
        QCOMPARE(model.index(1, 0).data(ClosureListModel::ClosureIdRole).toString(), u"b"_s);
        QCOMPARE(model.index(1, 0).data(ClosureListModel::DateRole).toDate(), QDate(2030, 1, 10));
        // A closing time before the opening time is on the next day, and the row says so.
        QVERIFY(model.index(2, ClosureListModel::HoursColumn)
                        .data()
                        .toString()
                        .contains(u"next day"_s));
        QCOMPARE(model.headerData(ClosureListModel::HoursColumn, Qt::Horizontal).toString(),
                 u"Hours"_s);
        QCOMPARE(model.rowOf(u"c"_s), 2);
        QCOMPARE(model.rowOf(u"zzz"_s), -1);
        QCOMPARE(model.rowOnDate(QDate(2030, 1, 10)), 1);
        QCOMPARE(model.rowOnDate(QDate(2030, 1, 11)), -1);
        model.setLocale(QLocale(QLocale::Russian, QLocale::Russia));
        QVERIFY(model.index(0, ClosureListModel::DateColumn)
                        .data()
                        .toString()
                        .startsWith(u"пн"_s, Qt::CaseInsensitive));
        model.setClosures({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_MAIN(TestClosureListModel)
#include "tst_closurelistmodel.moc"
