// The Floor view against a real server (both databases) through the client: the snapshot on the
// map, a booking made elsewhere repainting its spot within a second, booking from the map for a
// member, and a 409 offering the server's alternative spot, booked in one click.
#include "../common/deskclient.h"
#include "common/messagebar.h"
#include "floor/bookfordialog.h"
#include "floor/floorcontroller.h"
#include "floor/floormodel.h"
#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/spotitem.h"
#include "floor/spotpanel.h"
#include "floor/timecontrol.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::test;
using namespace coworking::ui;

namespace {

QJsonObject placedDraft(const QString &name, int position, double x)
{
    return { { u"name"_s, name },
             { u"description"_s, u"by the window"_s },
             { u"position"_s, position },
             { u"map"_s,
               QJsonObject{ { u"x"_s, x },
                            { u"y"_s, 40 },
                            { u"width"_s, 60 },
                            { u"height"_s, 40 },
                            { u"rotation"_s, 0 } } } };
}

QPushButton *acceptButton(QDialog *dialog)
{
    const auto boxes = dialog->findChildren<QDialogButtonBox *>();
    for (QDialogButtonBox *box : boxes) {
        const auto buttons = box->buttons();
        for (QAbstractButton *b : buttons) {
            if (box->buttonRole(b) == QDialogButtonBox::AcceptRole)
                return qobject_cast<QPushButton *>(b);
        }
    }
    return nullptr;
}

} // namespace

class TestFloorLive : public QObject
{
    Q_OBJECT
private slots:
    void liveFloor();
};

void TestFloorLive::liveFloor()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person owner = site.person(true);
    const Person anna = site.person();
    const Person ben = site.person();
    const Person chris = site.person();
    const Person dana = site.person();
    const QString cw = site.coworking(owner);
    const QStringList ids =
            site.spots(owner.token, cw,
                       QJsonArray{ placedDraft(u"Desk 1"_s, 1, 0), placedDraft(u"Desk 2"_s, 2, 100),
                                   placedDraft(u"Desk 3"_s, 3, 200),
                                   QJsonObject{ { u"name"_s, u"Sofa"_s }, { u"position"_s, 4 } } });
    site.book(anna, ids[0], mskText(7, "09:15"), mskText(7, "11:00"));

    auto client = signedInClient(h, owner.email);
    QVERIFY(client);
    const auto coworking = readCoworking(*client, cw);
    QVERIFY(coworking);

    FloorPage page(h.clock());
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.resize(1200, 800);
    page.show();
    FloorController controller(*client, &page);
    QSignalSpy loaded(&controller, &FloorController::loaded);
    controller.setCoworking(*coworking, CoworkingRole::Owner);
    QTRY_VERIFY_WITH_TIMEOUT(controller.isLoaded(), 10000);
    QTRY_COMPARE_WITH_TIMEOUT(controller.liveFeed()->state(), client::LiveFeed::State::Live, 10000);
    page.timeControl()->showMoment(utc(7, 6, 30)); // 09:30 in Moscow

    // One item per placed spot, each in its state; the spot without geometry is listed beside.
    FloorScene *scene = page.scene();
    QCOMPARE(scene->spotItems().size(), 3);
    QCOMPARE(scene->item(ids[0])->state(), SpotState::Booked);
    QCOMPARE(scene->item(ids[1])->state(), SpotState::Free);
    QCOMPARE(scene->item(ids[2])->state(), SpotState::Free);
    QVERIFY(!scene->item(ids[3]));
    QCOMPARE(page.unplacedList()->model()->rowCount(), 1);
    QTRY_VERIFY(scene->item(ids[0])->toolTip().contains(u"person"_s)); // the member, for staff

    // Another client books Desk 2: its item turns booked within a second, without a reload.
    QVERIFY(h.post(u"/bookings"_s, bookingBody(ids[1], mskText(7, "09:15"), mskText(7, "10:00")),
                   ben.token)
                    .status
            == 201);
    QElapsedTimer repaint;
    repaint.start();
    QTRY_COMPARE_WITH_TIMEOUT(scene->item(ids[1])->state(), SpotState::Booked, 1000);
    qInfo("live booking to repainted item: %lld ms", repaint.elapsed());
    QCOMPARE(scene->item(ids[2])->state(), SpotState::Free);

    // Book Desk 3 from the map for Chris: select it, "Book for", find by email, Book.
    scene->selectSpot(ids[2]);
    QCOMPARE(page.panel()->spotId(), ids[2]);
    QTest::mouseClick(page.panel()->bookButton(), Qt::LeftButton);
    QTRY_VERIFY(controller.bookDialog());
    BookForDialog *dialog = controller.bookDialog();
    QTest::keyClicks(dialog->searchField(), chris.email);
    QTest::keyClick(dialog->searchField(), Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(dialog->results()->count(), 1, 5000);
    QCOMPARE(dialog->memberId(), chris.id);
    QPushButton *book = acceptButton(dialog);
    QVERIFY(book && book->isEnabled());
    QTest::mouseClick(book, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(scene->item(ids[2])->state(), SpotState::Booked, 5000);
    const QJsonArray chrisBookings =
            h.get(u"/bookings?user_id=%1&coworking_id=%2"_s.arg(chris.id, cw), owner.token).arr();
    QCOMPARE(chrisBookings.size(), 1);
    QCOMPARE(chrisBookings[0][u"spot_id"_s].toString(), ids[2]);
    QVERIFY(page.messageBar()->text().contains(u"Desk 3"_s));

    // Desk 1 is taken: booking it for Dana meets a 409 that names the free alternative, and one
    // click on the message bar books that one.
    controller.book(ids[0], dana.id, u"Dana"_s, { utc(7, 7), utc(7, 8) });
    QTRY_COMPARE_WITH_TIMEOUT(page.messageBar()->kind(), MessageBar::Kind::Warning, 5000);
    QPushButton *alternative = page.messageBar()->actionButton();
    QVERIFY(alternative->isVisible());
    QVERIFY2(page.messageBar()->text().contains(u"Desk 1"_s),
             qPrintable(page.messageBar()->text()));
    QTest::mouseClick(alternative, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(page.messageBar()->kind(), MessageBar::Kind::Positive, 5000);
    const QJsonArray danaBookings =
            h.get(u"/bookings?user_id=%1&coworking_id=%2"_s.arg(dana.id, cw), owner.token).arr();
    QCOMPARE(danaBookings.size(), 1);
    const QString altId = danaBookings[0][u"spot_id"_s].toString();
    QVERIFY(altId != ids[0]);
    QVERIFY(page.model()->bookingsOf(altId, utc(7, 7), utc(7, 8)).size() == 1);

    // A cancellation elsewhere frees the spot on the map.
    QCOMPARE(h.del(u"/bookings/"_s + chrisBookings[0][u"id"_s].toString(), chris.token).status,
             204);
    QTRY_COMPARE_WITH_TIMEOUT(scene->item(ids[2])->state(), SpotState::Free, 1000);
}

QTEST_MAIN(TestFloorLive)
#include "tst_floorlive.moc"
