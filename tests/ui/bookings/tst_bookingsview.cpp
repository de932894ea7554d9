// The bookings view on a real server through the client: what a manager sees in it, what its
// filters keep, and that its actions change the server.
#include "bookingfilterproxy.h"
#include "bookingsview.h"
#include "bookingtablemodel.h"
#include "common/messagebar.h"
#include "common/reasondialog.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "viewtestsupport.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace coworking;
using namespace coworking::test;
using coworking::ui::BookingsView;
using coworking::ui::BookingTableModel;

namespace {

QStringList shownMembers(const BookingsView &view)
{
    return columnTexts(*view.table()->model(), BookingTableModel::MemberColumn);
}

int rowOfMember(const BookingsView &view, const QString &member)
{
    return int(shownMembers(view).indexOf(member));
}

} // namespace

class TestBookingsView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnedCoworking> m_loft;
    ApiHarness *m_api = nullptr;
    SiteFixture *m_site = nullptr;
    QString m_ownerToken;
    QString m_coworkingId;
    QStringList m_spots;
    QString m_annaBooking;
    QString m_borisBooking;
    std::unique_ptr<client::CoworkingClient> m_client;
    std::unique_ptr<BookingsView> m_view;
    std::unique_ptr<QAbstractItemModelTester> m_modelTester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;

    // Shows 7-9 January 2030 (the harness's days) and waits for the list.
    void showHarnessDays()
    {
        QSignalSpy loaded(m_view.get(), &BookingsView::loaded);
        m_view->untilEdit()->setDate(QDate(2030, 1, 9));
        m_view->fromEdit()->setDate(QDate(2030, 1, 7));
        QTRY_VERIFY(loaded.count() > 0 && !m_view->isLoading());
    }

    void select(const QString &member)
    {
        const int row = rowOfMember(*m_view, member);
        QVERIFY2(row >= 0, qPrintable(member));
        m_view->table()->selectRow(row);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_loft = std::make_unique<OwnedCoworking>();
        m_api = m_loft->api.get();
        m_site = m_loft->site.get();
        m_ownerToken = m_loft->ownerToken;
        m_coworkingId = m_loft->coworkingId;
        m_spots = m_site->spots(m_ownerToken, m_coworkingId,
                                QJsonArray{ QJsonObject{ { u"name"_s, u"A1"_s } },
                                            QJsonObject{ { u"name"_s, u"A2"_s } },
                                            QJsonObject{ { u"name"_s, u"B1"_s } } });
        registerNamed(*m_api, u"anna@example.com"_s, u"Anna Karenina"_s);
        registerNamed(*m_api, u"boris@example.com"_s, u"Boris Godunov"_s);
        registerNamed(*m_api, u"vera@example.com"_s, u"=HYPERLINK(\"http://evil\")"_s);
        const QString anna = m_api->token(u"anna@example.com"_s);
        const QString boris = m_api->token(u"boris@example.com"_s);
        const QString vera = m_api->token(u"vera@example.com"_s);
        // The clock stands at 2030-01-07 09:00 Moscow time.
        m_annaBooking = m_site->book(
                anna, bookingBody(m_spots[0], mskText(7, "10:00"), mskText(7, "12:00")));
        m_borisBooking = m_site->book(
                boris, bookingBody(m_spots[1], mskText(7, "11:00"), mskText(7, "13:00")));
        m_site->book(vera, bookingBody(m_spots[2], mskText(8, "09:00"), mskText(8, "10:00")));
        m_site->book(boris, bookingBody(m_spots[2], mskText(10, "09:00"), mskText(10, "10:00")));
    }

    void init()
    {
        m_client = signedInClient(*m_api, u"owner@example.com"_s);
        m_view = std::make_unique<BookingsView>(*m_client);
        m_modelTester = std::make_unique<QAbstractItemModelTester>(
                m_view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_proxyTester = std::make_unique<QAbstractItemModelTester>(
                m_view->table()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_view->resize(1000, 500);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        m_view->setCoworking(fetchCoworking(*m_client, m_coworkingId));
        showHarnessDays();
    }

    void cleanup()
    {
        m_proxyTester.reset();
        m_modelTester.reset();
        m_view.reset();
        m_client.reset();
    }

    void listsTheDaysBookingsInTheCoworkingsZone()
    {
        QCOMPARE(shownMembers(*m_view),
                 QStringList({ u"Anna Karenina"_s, u"Boris Godunov"_s,
                               u"=HYPERLINK(\"http://evil\")"_s }));
        QCOMPARE(m_view->table()->model()->headerData(0, Qt::Horizontal).toString(),
                 u"Start (Europe/Moscow)"_s);
        // 10:00 Moscow is 07:00 UTC: the view shows the coworking's clock, not the machine's.
        const QString start = m_view->table()->model()->index(0, 0).data().toString();
        QVERIFY2(start.endsWith(u"10:00"_s), qPrintable(start));
        QCOMPARE(m_view->table()->model()->index(0, BookingTableModel::SpotColumn).data(), u"A1"_s);
    }

    void theFilterRowNarrowsTheList()
    {
        QTest::keyClicks(m_view->searchEdit(), u"BOR"_s);
        QCOMPARE(shownMembers(*m_view), QStringList{ u"Boris Godunov"_s });
        m_view->searchEdit()->clear();

        QTRY_COMPARE(m_view->spotCombo()->count(), 4); // "All spots" and three spots
        m_view->spotCombo()->setCurrentIndex(m_view->spotCombo()->findText(u"B1"_s));
        QCOMPARE(shownMembers(*m_view), QStringList{ u"=HYPERLINK(\"http://evil\")"_s });
        m_view->spotCombo()->setCurrentIndex(0);

        // The range goes to the server: widening it lists Boris's Thursday booking too.
        QSignalSpy loaded(m_view.get(), &BookingsView::loaded);
        m_view->untilEdit()->setDate(QDate(2030, 1, 10));
        QTRY_VERIFY(loaded.count() > 0 && !m_view->isLoading());
        QCOMPARE(m_view->table()->model()->rowCount(), 4);

        m_view->statusCombo()->setCurrentIndex(m_view->statusCombo()->findText(u"Cancelled"_s));
        QCOMPARE(m_view->table()->model()->rowCount(), 0);
    }

    void sortsByAColumnHeaderClick()
    {
        auto *header = m_view->table()->horizontalHeader();
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                          QPoint(header->sectionViewportPosition(BookingTableModel::SpotColumn) + 5,
                                 header->height() / 2));
        const auto *m = m_view->table()->model();
        QStringList spots;
        for (int r = 0; r < m->rowCount(); ++r)
            spots.append(m->index(r, BookingTableModel::SpotColumn).data().toString());
        QStringList sortedSpots = spots;
        std::sort(sortedSpots.begin(), sortedSpots.end());
        if (m_view->table()->horizontalHeader()->sortIndicatorOrder() == Qt::DescendingOrder)
            std::reverse(sortedSpots.begin(), sortedSpots.end());
        QCOMPARE(spots, sortedSpots);
        QCOMPARE(m_view->table()->horizontalHeader()->sortIndicatorSection(),
                 int(BookingTableModel::SpotColumn));
    }

    void checkInFromTheViewChecksInOnTheServer()
    {
        select(u"Anna Karenina"_s);
        QVERIFY(m_view->checkInAction()->isEnabled());
        QSignalSpy finished(m_view.get(), &BookingsView::actionFinished);
        m_view->checkInAction()->trigger();
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        const Reply booking = m_api->get(u"/bookings/"_s + m_annaBooking, m_ownerToken);
        QVERIFY(!booking.obj().value(u"checked_in_at"_s).isNull());
        const int row = rowOfMember(*m_view, u"Anna Karenina"_s);
        QCOMPARE(m_view->table()->model()->index(row, BookingTableModel::StatusColumn).data(),
                 u"Checked in"_s);
        QVERIFY(!m_view->checkInAction()->isEnabled());
    }

    void cancelFromTheViewAsksWhyThenCancelsOnTheServer()
    {
        select(u"Boris Godunov"_s);
        m_view->table()->setFocus();
        QTest::keyClick(m_view->table(), Qt::Key_Delete); // the keyboard's way to cancel
        auto *dialog = m_view->findChild<ui::ReasonDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QPushButton *confirm = nullptr;
        for (QAbstractButton *b : dialog->findChild<QDialogButtonBox *>()->buttons())
            if (b->text() == u"Cancel &Booking"_s)
                confirm = qobject_cast<QPushButton *>(b);
        QVERIFY(confirm);
        QVERIFY(!confirm->isEnabled()); // no reason yet
        QTest::keyClicks(dialog->findChild<QPlainTextEdit *>(), u"Desk is broken"_s);
        QVERIFY(confirm->isEnabled());
        QSignalSpy finished(m_view.get(), &BookingsView::actionFinished);
        QSignalSpy loaded(m_view.get(), &BookingsView::loaded);
        QTest::mouseClick(confirm, Qt::LeftButton);
        QTRY_COMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().toBool(), true);
        QCOMPARE(m_api->get(u"/bookings/"_s + m_borisBooking, m_ownerToken)
                         .obj()
                         .value(u"status"_s)
                         .toString(),
                 u"cancelled"_s);
        // The reason went to the server with the cancellation, and the table shows it.
        QCOMPARE(m_api->get(u"/bookings/"_s + m_borisBooking, m_ownerToken)
                         .obj()
                         .value(u"cancel_reason"_s)
                         .toString(),
                 u"Desk is broken"_s);
        QVERIFY(m_view->messageBar()->text().contains(u"Desk is broken"_s));
        QTRY_VERIFY(loaded.count() > 0);
        const int row = rowOfMember(*m_view, u"Boris Godunov"_s);
        QCOMPARE(m_view->table()->model()->index(row, BookingTableModel::StatusColumn).data(),
                 u"Cancelled: Desk is broken"_s);
        QVERIFY(!m_view->cancelAction()->isEnabled());
    }

    void showOnMapNamesTheSpotAndTime()
    {
        select(u"=HYPERLINK(\"http://evil\")"_s);
        QSignalSpy shown(m_view.get(), &BookingsView::showOnMap);
        const QModelIndex index = m_view->table()->currentIndex();
        // A double click is a click and then a double-click event, as a mouse sends it.
        QTest::mouseClick(m_view->table()->viewport(), Qt::LeftButton, {},
                          m_view->table()->visualRect(index).center());
        QTest::mouseDClick(m_view->table()->viewport(), Qt::LeftButton, {},
                           m_view->table()->visualRect(index).center());
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().at(0).toString(), m_spots[2]);
        QCOMPARE(shown.first().at(1).toDateTime(), utc(8, 6));
    }

    void exportsWhatTheFilterShowsAsSafeCsv()
    {
        m_view->spotCombo()->setCurrentIndex(0);
        QTest::keyClicks(m_view->searchEdit(), u"evil"_s);
        QCOMPARE(m_view->table()->model()->rowCount(), 1);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.csv"_s);
        QVERIFY(m_view->writeCsv(path));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(file.readAll());
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
        const QStringList lines = text.split(u"\r\n"_s, Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2); // the header and the one row the filter shows
        QCOMPARE(lines[0], u"Start (Europe/Moscow),End,Spot,Member,Status,Options"_s);
        // The name a member typed is text in a spreadsheet, never a formula.
        QVERIFY2(lines[1].contains(u",\"'=HYPERLINK(\"\"http://evil\"\")\","_s),
                 qPrintable(lines[1]));
        QVERIFY(!lines[1].contains(u"Boris"_s));
    }

    void aBookingMadeElsewhereAppearsLive()
    {
        const int before = m_view->model()->rowCount();
        const QString anna = m_api->token(u"anna@example.com"_s);
        m_site->book(anna, bookingBody(m_spots[1], mskText(9, "15:00"), mskText(9, "16:00")));
        QTRY_COMPARE_WITH_TIMEOUT(m_view->model()->rowCount(), before + 1, 5000);
    }
};

QTEST_MAIN(TestBookingsView)
#include "tst_bookingsview.moc"
