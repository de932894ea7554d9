// The bookings table and its filter row on in-memory rows: what a manager sees and finds.
#include "bookingfilterproxy.h"
#include "bookingtablemodel.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QLocale>
#include <QTest>

using namespace Qt::StringLiterals;
using coworking::test::columnTexts;
using coworking::ui::BookingFilterProxy;
using coworking::ui::BookingTableModel;

namespace {

const QDateTime kNow(QDate(2030, 1, 7), QTime(12, 0), QTimeZone::utc());

coworking::BookingDetails row(const QString &id, const QString &spot, const QString &member,
                              const QDateTime &from, int hours)
{
    coworking::BookingDetails d;
    d.booking.id = id;
    d.booking.spotId = u"spot-"_s + spot;
    d.booking.userId = u"user-"_s + member;
    d.booking.range = { from, from.addSecs(hours * 3600) };
    d.spot = coworking::Spot{ d.booking.spotId, {}, u"Desk "_s + spot, {}, 0, true, {} };
    coworking::User u;
    u.id = d.booking.userId;
    u.fullName = member;
    u.email = member.toLower() + u"@example.com"_s;
    d.user = u;
    return d;
}

} // namespace

class TestBookingTableModel : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_model = std::make_unique<BookingTableModel>();
        m_model->setClock([] { return kNow; });
        m_proxy = std::make_unique<BookingFilterProxy>();
        m_proxy->setSourceModel(m_model.get());
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
                m_model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
                m_proxy.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);

        auto cancelled = row(u"b3"_s, u"2"_s, u"Boris"_s, kNow.addDays(1), 1);
        cancelled.booking.status = coworking::BookingStatus::Cancelled;
        auto here = row(u"b2"_s, u"1"_s, u"Anna"_s, kNow.addSecs(-3600), 3);
        here.booking.checkedInAt = kNow.addSecs(-3000);
        m_model->setBookings({
                row(u"b1"_s, u"1"_s, u"Anna"_s, kNow.addDays(-1), 2), // ended yesterday
                here,
                cancelled,
                row(u"b4"_s, u"3"_s, u"Vera"_s, kNow.addDays(2).addSecs(3600 * 2), 1),
        });
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_proxy.reset();
        m_model.reset();
    }

    void showsTimesInTheCoworkingsZoneAndNamesIt()
    {
        m_model->setZone(coworking::ui::ZoneTime(u"Europe/Moscow"_s));
        QCOMPARE(m_model->headerData(BookingTableModel::StartColumn, Qt::Horizontal).toString(),
                 u"Start (Europe/Moscow)"_s);
        // 12:00 UTC is 15:00 in Moscow.
        QVERIFY2(m_model->index(1, BookingTableModel::StartColumn)
                         .data()
                         .toString()
                         .contains(u"14:00"_s),
                 qPrintable(m_model->index(1, 0).data().toString()));
        QVERIFY(m_model->index(1, BookingTableModel::EndColumn)
                        .data()
                        .toString()
                        .contains(u"17:00"_s));
    }

    void statesReadAsAPersonWouldSayThem()
    {
        QCOMPARE(columnTexts(*m_model, BookingTableModel::StatusColumn),
                 QStringList({ u"Ended"_s, u"Checked in"_s, u"Cancelled"_s, u"Booked"_s }));
        QCOMPARE(m_model->index(2, BookingTableModel::MemberColumn).data(Qt::ToolTipRole),
                 u"boris@example.com"_s);
    }

    void optionsShowTheirNames()
    {
        auto withOptions = row(u"b5"_s, u"1"_s, u"Gleb"_s, kNow.addDays(1), 1);
        withOptions.booking.options = { u"o1"_s, u"o2"_s };
        m_model->upsert(withOptions);
        m_model->setOptionNames({ { u"o1"_s, u"Monitor"_s } });
        QCOMPARE(m_model->index(4, BookingTableModel::OptionsColumn).data().toString(),
                 u"Monitor, (removed option)"_s);
    }

    void upsertReplacesTheSameBookingAndKeepsWhatWasEmbedded()
    {
        coworking::BookingDetails change;
        change.booking = m_model->bookingAt(3).booking;
        change.booking.status = coworking::BookingStatus::Cancelled;
        m_model->upsert(change);
        QCOMPARE(m_model->rowCount(), 4);
        QCOMPARE(m_model->index(3, BookingTableModel::StatusColumn).data().toString(),
                 u"Cancelled"_s);
        QCOMPARE(m_model->index(3, BookingTableModel::SpotColumn).data().toString(), u"Desk 3"_s);
        QCOMPARE(m_model->rowOf(u"nope"_s), -1);
    }

    void filtersByStatusSpotAndMember()
    {
        m_proxy->setState(BookingTableModel::State::CheckedIn);
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::MemberColumn), QStringList{ u"Anna"_s });
        m_proxy->setState(std::nullopt);
        m_proxy->setSpotId(u"spot-1"_s);
        QCOMPARE(m_proxy->rowCount(), 2);
        m_proxy->setSpotId({});
        m_proxy->setMemberSearch(u"  VERA@ex "_s);
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::MemberColumn), QStringList{ u"Vera"_s });
        m_proxy->setMemberSearch(u"bor"_s);
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::MemberColumn), QStringList{ u"Boris"_s });
        m_proxy->setMemberSearch({});
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void filtersByLocalDayOfTheCoworking()
    {
        // 2030-01-09 22:00 UTC is 2030-01-10 in Moscow: the day is the coworking's.
        m_model->upsert(row(u"late"_s, u"4"_s, u"Lena"_s,
                            QDateTime(QDate(2030, 1, 9), QTime(22, 0), QTimeZone::utc()), 1));
        m_model->setZone(coworking::ui::ZoneTime(u"Europe/Moscow"_s));
        m_proxy->setDateRange(QDate(2030, 1, 10), QDate(2030, 1, 10));
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::MemberColumn), QStringList{ u"Lena"_s });
        m_model->setZone(coworking::ui::ZoneTime(u"UTC"_s));
        m_proxy->invalidate();
        QCOMPARE(m_proxy->rowCount(), 0);
        m_proxy->setDateRange(QDate(2030, 1, 7), {});
        QCOMPARE(m_proxy->rowCount(), 4);
    }

    void sortsTimesAsTimes()
    {
        m_proxy->sort(BookingTableModel::StartColumn, Qt::DescendingOrder);
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::MemberColumn),
                 QStringList({ u"Vera"_s, u"Boris"_s, u"Anna"_s, u"Anna"_s }));
        QCOMPARE(m_proxy->index(3, 0).data(BookingTableModel::BookingIdRole), u"b1"_s);
        m_proxy->sort(BookingTableModel::SpotColumn, Qt::AscendingOrder);
        QCOMPARE(columnTexts(*m_proxy, BookingTableModel::SpotColumn),
                 QStringList({ u"Desk 1"_s, u"Desk 1"_s, u"Desk 2"_s, u"Desk 3"_s }));
    }

private:
    std::unique_ptr<BookingTableModel> m_model;
    std::unique_ptr<BookingFilterProxy> m_proxy;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
};

QTEST_MAIN(TestBookingTableModel)
#include "tst_bookingtablemodel.moc"
