// The Floor view against a real server (both databases) through the client: the snapshot on the
// map, a booking made elsewhere repainting its spot within a second, booking from the map for a
// member, and a 409 offering the server's alternative spot, booked in one click; a closed day
// says so and offers no booking, a day of special hours spans them.
#include "../common/deskclient.h"
#include "common/messagebar.h"
#include "floor/bookfordialog.h"
#include "floor/daystrip.h"
#include "floor/floorcontroller.h"
#include "floor/floormodel.h"
#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/floorview.h"
#include "floor/spotitem.h"
#include "floor/spotpanel.h"
#include "floor/timecontrol.h"
#include "sitefixture.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QLabel>
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

// The owner's Floor view of a coworking, shown and loaded: where the day strip and the closure
// tests start. `controller` stays empty when signing in or reading the coworking failed (the
// failure is reported). Members go in reverse: the controller, the page, then the client.
struct OwnerFloor
{
    std::unique_ptr<client::CoworkingClient> client;
    std::unique_ptr<FloorPage> page;
    std::unique_ptr<FloorController> controller;

    void open(ApiHarness &h, const Person &owner, const QString &cw)
    {
        client = signedInClient(h, owner.email);
        QVERIFY(client);
        const auto coworking = readCoworking(*client, cw);
        QVERIFY(coworking);
        page = std::make_unique<FloorPage>(h.clock());
        page->resize(1200, 900);
        page->show();
        auto opened = std::make_unique<FloorController>(*client, page.get());
        opened->setCoworking(*coworking, CoworkingRole::Owner);
        QTRY_VERIFY_WITH_TIMEOUT(opened->isLoaded(), 10000);
        controller = std::move(opened);
    }
};

} // namespace

class TestFloorLive : public QObject
{
    Q_OBJECT
private slots:
    void liveFloor();
    void dragInDayStrip();
    void closedDayAndSpecialHours();
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

    // Another client books Desk 2: its item turns booked without a reload (the delay is printed
    // here and measured in bench/desk).
    QVERIFY(h.post(u"/bookings"_s, bookingBody(ids[1], mskText(7, "09:15"), mskText(7, "10:00")),
                   ben.token)
                    .status
            == 201);
    QElapsedTimer repaint;
    repaint.start();
    QTRY_COMPARE_WITH_TIMEOUT(scene->item(ids[1])->state(), SpotState::Booked, 10000);
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
    QTRY_COMPARE_WITH_TIMEOUT(scene->item(ids[2])->state(), SpotState::Free, 10000);
}

// Staff drag a booking in the day strip: its body moves it, its lower edge extends it, both on
// the slot grid and saved on the server; a drop the server refuses springs back with the reason
// in words; the keyboard does the same without a mouse.
void TestFloorLive::dragInDayStrip()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person owner = site.person(true);
    const Person anna = site.person();
    const Person ben = site.person();
    const QString cw = site.coworking(owner);
    const QStringList ids =
            site.spots(owner.token, cw, QJsonArray{ placedDraft(u"Desk 1"_s, 1, 0) });
    const QString booking = site.book(anna, ids[0], mskText(8, "10:00"), mskText(8, "11:00"));
    site.book(ben, ids[0], mskText(8, "15:00"), mskText(8, "16:00"));

    OwnerFloor floor;
    floor.open(h, owner, cw);
    QVERIFY(floor.controller);
    FloorPage &page = *floor.page;
    page.timeControl()->showMoment(utc(8, 7, 30)); // 10:30 in Moscow, the next day
    QTRY_VERIFY_WITH_TIMEOUT(page.model()->booking(booking).has_value(), 5000);
    page.scene()->selectSpot(ids[0]);
    DayStrip *strip = page.panel()->strip();
    QVERIFY(strip->isEditable());
    QTRY_VERIFY(!strip->blockRectOf(booking).isEmpty());

    const auto serverRange = [&]() -> QString {
        const QJsonObject b = h.get(u"/bookings/"_s + booking, owner.token).obj();
        return b[u"time_from"_s].toString() + u' ' + b[u"time_until"_s].toString();
    };
    // Pixels per second of the strip's day (opening hours over its height less the margins).
    const TimeRange day{ page.timeControl()->dayStart(), page.timeControl()->dayEnd() };
    const auto pixels = [&](int minutes) {
        return int(qreal(minutes) * 60 * (strip->height() - 12)
                   / qreal(day.from.secsTo(day.until)));
    };

    // The body, dragged 1 h 05 min down: previewed while dragging, dropped on the grid (+1 h).
    QRectF r = strip->blockRectOf(booking);
    QPoint press = r.center().toPoint();
    QTest::mousePress(strip, Qt::LeftButton, {}, press);
    QTest::mouseMove(strip, press + QPoint(0, pixels(65)));
    QCOMPARE(strip->previewBookingId(), booking);
    QCOMPARE(strip->preview().from, utc(8, 8)); // 11:00 in Moscow, snapped
    QTest::mouseRelease(strip, Qt::LeftButton, {}, press + QPoint(0, pixels(65)));
    QTRY_COMPARE_WITH_TIMEOUT(serverRange(), u"2030-01-08T08:00:00Z 2030-01-08T09:00:00Z"_s, 5000);
    QTRY_VERIFY(!strip->preview().isValid());
    QCOMPARE(page.model()->booking(booking)->range.from, utc(8, 8));

    // The lower edge, dragged 30 min down: the end moves, the start stays.
    r = strip->blockRectOf(booking);
    press = QPoint(int(r.center().x()), int(r.bottom()) - 1);
    QTest::mousePress(strip, Qt::LeftButton, {}, press);
    QTest::mouseMove(strip, press + QPoint(0, pixels(30)));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, press + QPoint(0, pixels(30)));
    QTRY_COMPARE_WITH_TIMEOUT(serverRange(), u"2030-01-08T08:00:00Z 2030-01-08T09:30:00Z"_s, 5000);
    // The strip takes no new drag while it waits for the answer: wait until it has it.
    QTRY_VERIFY_WITH_TIMEOUT(!strip->preview().isValid(), 5000);
    QTRY_COMPARE_WITH_TIMEOUT(page.model()->booking(booking)->range.until, utc(8, 9, 30), 5000);

    // Onto Ben's booking (15:00): the server refuses, the block springs back, the bar says why.
    r = strip->blockRectOf(booking);
    press = r.center().toPoint();
    QTest::mousePress(strip, Qt::LeftButton, {}, press);
    QTest::mouseMove(strip, press + QPoint(0, pixels(240)));
    QTest::mouseRelease(strip, Qt::LeftButton, {}, press + QPoint(0, pixels(240)));
    QTRY_COMPARE_WITH_TIMEOUT(page.messageBar()->kind(), MessageBar::Kind::Error, 10000);
    QVERIFY2(page.messageBar()->text().contains(u"not moved"_s),
             qPrintable(page.messageBar()->text()));
    QVERIFY(!strip->preview().isValid());
    QCOMPARE(strip->blockRectOf(booking), r);
    QCOMPARE(serverRange(), u"2030-01-08T08:00:00Z 2030-01-08T09:30:00Z"_s);

    // The keyboard: Alt+Down twice previews half an hour later (15-minute grid), Escape drops
    // it, Alt+Shift+Up shortens by a slot, Enter applies.
    strip->setFocus();
    strip->setSelectedBooking(booking);
    QTest::keyClick(strip, Qt::Key_Down, Qt::AltModifier);
    QTest::keyClick(strip, Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(strip->preview().from, utc(8, 8, 30));
    QTest::keyClick(strip, Qt::Key_Escape);
    QVERIFY(!strip->preview().isValid());
    QTest::keyClick(strip, Qt::Key_Up, Qt::AltModifier | Qt::ShiftModifier);
    QCOMPARE(strip->preview(), (TimeRange{ utc(8, 8), utc(8, 9, 15) }));
    QTest::keyClick(strip, Qt::Key_Return);
    QTRY_COMPARE_WITH_TIMEOUT(serverRange(), u"2030-01-08T08:00:00Z 2030-01-08T09:15:00Z"_s, 5000);
}

QTEST_MAIN(TestFloorLive)
#include "tst_floorlive.moc"

void TestFloorLive::closedDayAndSpecialHours()
{
    ApiHarness h;
    SiteFixture site(h);
    const Person owner = site.person(true);
    const QString cw = site.coworking(owner); // 08:00-20:00 Moscow
    const QStringList ids =
            site.spots(owner.token, cw, QJsonArray{ placedDraft(u"Desk 1"_s, 1, 0) });
    const QString closures = u"/coworkings/%1/closures"_s.arg(cw);
    QCOMPARE(h.post(closures,
                    QJsonObject{ { u"date"_s, u"2030-01-08"_s },
                                 { u"reason"_s, u"Public holiday"_s } },
                    owner.token)
                     .status,
             201);
    QCOMPARE(h.post(closures,
                    QJsonObject{ { u"date"_s, u"2030-01-09"_s },
                                 { u"opens_at"_s, u"10:00"_s },
                                 { u"closes_at"_s, u"16:00"_s },
                                 { u"reason"_s, u"Inventory"_s } },
                    owner.token)
                     .status,
             201);

    OwnerFloor floor;
    floor.open(h, owner, cw);
    QVERIFY(floor.controller);
    FloorPage &page = *floor.page;
    FloorController &controller = *floor.controller;
    TimeControl *time = page.timeControl();
    // Today (Monday the 7th) is an ordinary day once the closures are read.
    QTRY_VERIFY(time->closureOn(QDate(2030, 1, 8)).has_value());
    QCOMPARE(page.closureNotice(), QString());
    page.scene()->selectSpot(ids[0]);
    QVERIFY(page.panel()->bookButton()->isEnabled());

    // Tuesday: closed all day. The floor and the day strip say why; nothing can be booked.
    time->showDay(QDate(2030, 1, 8));
    QTRY_COMPARE(page.closureNotice(),
                 u"Closed all day: Public holiday. Nothing can be booked on this day."_s);
    QVERIFY(time->isClosed());
    QCOMPARE(page.panel()->strip()->closedNotice(), u"Closed all day: Public holiday"_s);
    QVERIFY(!page.panel()->bookButton()->isEnabled());
    QVERIFY(page.view()->graphicsEffect() != nullptr); // dimmed
    // Not "free" on a day nobody can book: the spot shows as not bookable.
    QCOMPARE(page.scene()->item(ids[0])->state(), SpotState::Inactive);
    QCOMPARE(page.model()->freeCount(), 0);
    // ...and says "closed", not "inactive" (a spot switched off), in the panel and to readers.
    QCOMPARE(page.panel()->stateLabel()->text(), u"Closed"_s);
    QCOMPARE(page.model()->accessibleText(0), u"Desk 1, closed"_s);
    QVERIFY(page.model()->toolTip(0).contains(u"Closed"_s));
    emit page.scene()->spotActivated(ids[0]);
    QVERIFY(!controller.bookDialog());
    QVERIFY(page.messageBar()->text().contains(u"closed"_s));
    QVERIFY(!page.messageBar()->isHidden());

    // Wednesday: special hours. The time bar and the strip span 10:00-16:00 Moscow. Tuesday's
    // "closed" message left with Tuesday.
    time->showDay(QDate(2030, 1, 9));
    QVERIFY(page.messageBar()->isHidden());
    QCOMPARE(page.panel()->stateLabel()->text(), u"Free"_s);
    QTRY_VERIFY(page.closureNotice().contains(u"Inventory"_s));
    QVERIFY(!time->isClosed());
    QCOMPARE(time->dayStart(), utc(9, 7, 0));
    QCOMPARE(time->dayEnd(), utc(9, 13, 0));
    QCOMPARE(page.panel()->strip()->closedNotice(), QString());
    QVERIFY(page.panel()->bookButton()->isEnabled());
    QVERIFY(page.view()->graphicsEffect() == nullptr);
    QCOMPARE(page.model()->freeCount(), 1);

    // Thursday: the usual hours again.
    time->showDay(QDate(2030, 1, 10));
    QTRY_COMPARE(page.closureNotice(), QString());
    QCOMPARE(time->dayStart(), utc(10, 5, 0));
}
