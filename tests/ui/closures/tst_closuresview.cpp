// The closures view on a real server: the empty, loading-failed and list states; a day closed
// and a day of special hours added from the form reach the server; a closure over a booking asks
// first, going back changes nothing and keeps the form, closing anyway cancels the booking; a
// second closure of a date is refused and points at the first; removal asks, then reopens the day.
#include "closurelistmodel.h"
#include "closuresview.h"
#include "common/messagebar.h"
#include "sitefixture.h"
#include "testhelpers.h"
#include "viewtestsupport.h"

#include <QDateEdit>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimeEdit>

using namespace coworking;
using namespace coworking::test;
using coworking::ui::ClosureListModel;
using coworking::ui::ClosuresView;

class TestClosuresView : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OwnedCoworking> m_loft;
    ApiHarness *m_api = nullptr;
    Person m_member;
    QString m_desk;
    std::unique_ptr<client::CoworkingClient> m_client;
    std::unique_ptr<ClosuresView> m_view;

    QJsonArray serverClosures()
    {
        return m_api
                ->get(u"/coworkings/%1/closures?from=2030-01-01&until=2030-12-31"_s.arg(
                        m_loft->coworkingId))
                .arr();
    }

    // Runs `action` and waits for the view to report its outcome.
    std::optional<bool> finished(const std::function<void()> &action)
    {
        QSignalSpy spy(m_view.get(), &ClosuresView::actionFinished);
        action();
        if (!QTest::qWaitFor([&spy] { return spy.count() > 0; }, 10000))
            return std::nullopt;
        return spy.first().first().toBool();
    }

    // The question the view opened (window-modal, no nested loop), once it is there.
    QMessageBox *question()
    {
        // A box answered earlier may linger until deleted later: the shown one is asked.
        QMessageBox *box = nullptr;
        const auto shown = [&] {
            for (QMessageBox *b : m_view->findChildren<QMessageBox *>()) {
                if (b->isVisible())
                    box = b;
            }
            return box != nullptr;
        };
        return QTest::qWaitFor(shown, 5000) ? box : nullptr;
    }

    QPushButton *button(QMessageBox *box, QMessageBox::ButtonRole role)
    {
        for (QAbstractButton *b : box->buttons()) {
            if (box->buttonRole(b) == role)
                return qobject_cast<QPushButton *>(b);
        }
        return nullptr;
    }

    void fillForm(QDate date, const QString &reason, QTime opens = {}, QTime closes = {})
    {
        m_view->dateEdit()->setDate(date);
        if (opens.isValid()) {
            // On the indicator: the button is wider than its text, which alone takes a click.
            QTest::mouseClick(m_view->specialHoursButton(), Qt::LeftButton, {}, QPoint(8, 8));
            m_view->opensEdit()->setTime(opens);
            m_view->closesEdit()->setTime(closes);
        } else {
            QTest::mouseClick(m_view->allDayButton(), Qt::LeftButton, {}, QPoint(8, 8));
        }
        m_view->reasonEdit()->clear();
        QTest::keyClicks(m_view->reasonEdit(), reason);
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
        m_loft = std::make_unique<OwnedCoworking>();
        m_api = m_loft->api.get();
        m_member = m_loft->site->person();
        m_desk = m_loft->site
                         ->spots(Person{ {}, u"owner@example.com"_s, m_loft->ownerToken },
                                 m_loft->coworkingId, 1)
                         .first();
        m_client = signedInClient(*m_api, u"owner@example.com"_s);
        m_view = std::make_unique<ClosuresView>(*m_client, m_api->clock());
        m_view->resize(1100, 700);
        m_view->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
        QCOMPARE(m_view->state(), ClosuresView::State::NoCoworking);
        QVERIFY(!m_view->addButton()->isEnabled());
    }

    void cleanupTestCase()
    {
        m_view.reset();
        m_client.reset();
    }

    void aCoworkingWithoutClosuresSaysSo()
    {
        QSignalSpy loaded(m_view.get(), &ClosuresView::loaded);
        m_view->setCoworking(fetchCoworking(*m_client, m_loft->coworkingId));
        QCOMPARE(m_view->state(), ClosuresView::State::Loading);
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(m_view->state(), ClosuresView::State::Empty);
        QVERIFY(m_view->statusLabel()->isVisible());
        QVERIFY(m_view->statusLabel()->text().contains(u"No closures ahead"_s));
        // The harness's today is Monday 7 January 2030 in Moscow: the past cannot be chosen.
        QCOMPARE(m_view->dateEdit()->minimumDate(), QDate(2030, 1, 7));
        QCOMPARE(m_view->dateEdit()->date(), QDate(2030, 1, 8));
        QVERIFY(m_view->addButton()->isEnabled());
        QVERIFY(!m_view->removeButton()->isEnabled());
        QVERIFY(!m_view->opensEdit()->isEnabled());
    }

    void aDayClosedAllDayReachesTheServer()
    {
        fillForm(QDate(2030, 1, 9), u"Public holiday"_s);
        QCOMPARE(finished([this] { QTest::mouseClick(m_view->addButton(), Qt::LeftButton); }),
                 std::optional<bool>(true));
        const QJsonArray closures = serverClosures();
        QCOMPARE(closures.size(), 1);
        const QJsonObject closure = closures.first().toObject();
        QCOMPARE(closure.value(u"date"_s).toString(), u"2030-01-09"_s);
        QVERIFY(closure.value(u"opens_at"_s).isNull());
        QCOMPARE(closure.value(u"reason"_s).toString(), u"Public holiday"_s);
        QTRY_COMPARE(m_view->state(), ClosuresView::State::List);
        QCOMPARE(m_view->model()->rowCount(), 1);
        QCOMPARE(m_view->model()->index(0, ClosureListModel::DateColumn).data().toString(),
                 u"Wed 9 Jan 2030"_s);
        QCOMPARE(m_view->model()->index(0, ClosureListModel::HoursColumn).data().toString(),
                 u"Closed all day"_s);
        QVERIFY(m_view->table()->isVisible());
        QCOMPARE(m_view->messageBar()->kind(), ui::MessageBar::Kind::Positive);
        QVERIFY(m_view->messageBar()->text().contains(u"Wed 9 Jan 2030"_s));
        QCOMPARE(m_view->reasonEdit()->text(), QString());
    }

    void aSecondClosureOfADateIsRefusedAndPointsAtTheFirst()
    {
        m_view->table()->clearSelection();
        fillForm(QDate(2030, 1, 9), u"Again"_s, QTime(10, 0), QTime(12, 0));
        QCOMPARE(finished([this] { m_view->addClosure(); }), std::optional<bool>(false));
        QCOMPARE(m_view->messageBar()->kind(), ui::MessageBar::Kind::Error);
        QVERIFY2(m_view->messageBar()->text().contains(u"already"_s),
                 qPrintable(m_view->messageBar()->text()));
        QCOMPARE(m_view->table()->selectionModel()->selectedRows().size(), 1);
        QCOMPARE(m_view->reasonEdit()->text(), u"Again"_s); // nothing typed is lost
        QCOMPARE(serverClosures().size(), 1);
    }

    void aClosureOverABookingAsksFirst()
    {
        const QString booking = m_loft->site->book(
                m_member.token, bookingBody(m_desk, mskText(10, "09:00"), mskText(10, "11:00")));
        fillForm(QDate(2030, 1, 10), u"Inventory"_s, QTime(12, 0), QTime(18, 0));

        // Back: nothing changes on the server and the form keeps what was typed.
        QSignalSpy done(m_view.get(), &ClosuresView::actionFinished);
        QTest::mouseClick(m_view->addButton(), Qt::LeftButton);
        QMessageBox *box = question();
        QVERIFY(box);
        // (The plural's English forms come from the translation, not loaded here.)
        QVERIFY2(box->text().startsWith(u"1 active booking"_s), qPrintable(box->text()));
        QVERIFY2(box->text().contains(u"on Thu 10 Jan 2030 fall outside the special hours"_s),
                 qPrintable(box->text()));
        QPushButton *back = button(box, QMessageBox::RejectRole);
        QVERIFY(back);
        QCOMPARE(box->defaultButton(), back); // Enter does not cancel anyone's booking
        QTest::mouseClick(back, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), false);
        QCOMPARE(serverClosures().size(), 1);
        QCOMPARE(m_api->get(u"/bookings/"_s + booking, m_member.token)
                         .obj()
                         .value(u"status"_s)
                         .toString(),
                 u"active"_s);
        QCOMPARE(m_view->dateEdit()->date(), QDate(2030, 1, 10));
        QVERIFY(m_view->specialHoursButton()->isChecked());
        QCOMPARE(m_view->opensEdit()->time(), QTime(12, 0));
        QCOMPARE(m_view->reasonEdit()->text(), u"Inventory"_s);

        // Close anyway: the server cancels the booking and keeps the special hours.
        done.clear();
        QTest::mouseClick(m_view->addButton(), Qt::LeftButton);
        box = question();
        QVERIFY(box);
        QPushButton *anyway = button(box, QMessageBox::AcceptRole);
        QVERIFY(anyway);
        QVERIFY2(anyway->text().contains(u"1 booking"_s), qPrintable(anyway->text()));
        QTest::mouseClick(anyway, Qt::LeftButton);
        QTRY_COMPARE(done.count(), 1);
        QCOMPARE(done.first().first().toBool(), true);
        const QJsonObject cancelled = m_api->get(u"/bookings/"_s + booking, m_member.token).obj();
        QCOMPARE(cancelled.value(u"status"_s).toString(), u"cancelled"_s);
        QCOMPARE(serverClosures().size(), 2);
        QTRY_COMPARE(m_view->model()->rowCount(), 2);
        QCOMPARE(m_view->model()->index(1, ClosureListModel::HoursColumn).data().toString(),
                 u"12:00\x2013"
                 u"18:00"_s);
        QCOMPARE(m_view->model()->index(1, ClosureListModel::ReasonColumn).data().toString(),
                 u"Inventory"_s);
        QVERIFY(m_view->messageBar()->text().contains(u"cancelled"_s));
    }

    void removalAsksThenReopensTheDay()
    {
        QCOMPARE(m_view->model()->rowCount(), 2);
        m_view->table()->selectRow(0);
        QVERIFY(m_view->removeButton()->isEnabled());

        QTest::mouseClick(m_view->removeButton(), Qt::LeftButton);
        QMessageBox *box = question();
        QVERIFY(box);
        QVERIFY2(box->text().contains(u"Wed 9 Jan 2030"_s), qPrintable(box->text()));
        QCOMPARE(finished([&] {
                     QTest::mouseClick(button(box, QMessageBox::RejectRole), Qt::LeftButton);
                 }),
                 std::optional<bool>(false));
        QCOMPARE(serverClosures().size(), 2);

        QTest::mouseClick(m_view->removeButton(), Qt::LeftButton);
        box = question();
        QVERIFY(box);
        QCOMPARE(finished([&] {
                     QTest::mouseClick(button(box, QMessageBox::AcceptRole), Qt::LeftButton);
                 }),
                 std::optional<bool>(true));
        const QJsonArray left = serverClosures();
        QCOMPARE(left.size(), 1);
        QCOMPARE(left.first().toObject().value(u"date"_s).toString(), u"2030-01-10"_s);
        QTRY_COMPARE(m_view->model()->rowCount(), 1);
    }

    void aClosureRemovedElsewhereIsSaidAndLeavesTheList()
    {
        const QString id = serverClosures().first().toObject().value(u"id"_s).toString();
        QCOMPARE(m_api->del(u"/coworkings/%1/closures/%2"_s.arg(m_loft->coworkingId, id),
                            m_loft->ownerToken)
                         .status,
                 204);
        m_view->table()->selectRow(0);
        QTest::mouseClick(m_view->removeButton(), Qt::LeftButton);
        QMessageBox *box = question();
        QVERIFY(box);
        QCOMPARE(finished([&] {
                     QTest::mouseClick(button(box, QMessageBox::AcceptRole), Qt::LeftButton);
                 }),
                 std::optional<bool>(false));
        QCOMPARE(m_view->messageBar()->kind(), ui::MessageBar::Kind::Error);
        QTRY_COMPARE(m_view->state(), ClosuresView::State::Empty);
    }

    void aListThatCannotBeReadSaysSoAndOffersRetry()
    {
        Coworking gone = fetchCoworking(*m_client, m_loft->coworkingId);
        gone.id = kUnknownId;
        QSignalSpy loaded(m_view.get(), &ClosuresView::loaded);
        m_view->setCoworking(gone);
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(m_view->state(), ClosuresView::State::Failed);
        QVERIFY(m_view->statusLabel()->text().contains(u"could not be read"_s));
        QCOMPARE(m_view->messageBar()->kind(), ui::MessageBar::Kind::Error);
        QVERIFY(m_view->messageBar()->actionButton()->isVisible());

        loaded.clear();
        m_view->setCoworking(fetchCoworking(*m_client, m_loft->coworkingId));
        QTRY_VERIFY(loaded.count() > 0);
        QCOMPARE(m_view->state(), ClosuresView::State::Empty);
        QVERIFY(!m_view->messageBar()->isVisible());
    }
};

QTEST_MAIN(TestClosuresView)
#include "tst_closuresview.moc"
