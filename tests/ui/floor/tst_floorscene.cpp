// The floor model and its scene without a server: states at chosen moments, one item per placed
// spot, items following the model's changes, keyboard walking of the map.
#include "common/clock.h"
#include "floor/floormodel.h"
#include "floor/floorpage.h"
#include "floor/floorscene.h"
#include "floor/floorview.h"
#include "floor/spotitem.h"
#include "floor/spotpanel.h"
#include "floor/unplacedspotsmodel.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;

namespace {

QDateTime at(int h, int m = 0)
{
    return QDateTime(QDate(2030, 1, 7), QTime(h, m), QTimeZone::utc());
}

Spot spot(const QString &id, int position, bool placed = true, bool active = true)
{
    Spot s;
    s.id = id;
    s.name = u"Desk "_s + id;
    s.position = position;
    s.active = active;
    if (placed)
        s.map = SpotPlacement{ 100.0 * position, 50, 80, 40, position == 2 ? 90.0 : 0.0 };
    return s;
}

FloorBooking booking(const QString &id, const QString &spotId, int fromH, int untilH,
                     bool checkedIn = false)
{
    FloorBooking b;
    b.id = id;
    b.spotId = spotId;
    b.userId = u"u-"_s + id;
    b.userName = u"Member "_s + id;
    b.range = { at(fromH), at(untilH) };
    if (checkedIn)
        b.checkedInAt = at(fromH);
    return b;
}

} // namespace

class TestFloorScene : public QObject
{
    Q_OBJECT
private slots:
    void statesAtMoments();
    void sceneFollowsModel();
    void unplacedListAndKeyboard();
    void screenReadersReadTheSpots();
};

void TestFloorScene::statesAtMoments()
{
    FloorModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setSpots({ spot(u"a"_s, 1), spot(u"b"_s, 2), spot(u"c"_s, 3),
                     spot(u"d"_s, 4, true, false), spot(u"e"_s, 5) });
    model.setBookings({ booking(u"1"_s, u"a"_s, 9, 11), booking(u"2"_s, u"b"_s, 9, 11, true),
                        booking(u"3"_s, u"c"_s, 10, 12) });
    model.setMoment(at(9, 45));
    QCOMPARE(model.state(u"a"_s), SpotState::Booked);
    QCOMPARE(model.state(u"b"_s), SpotState::CheckedIn);
    QCOMPARE(model.state(u"c"_s), SpotState::StartsSoon); // 10:00 is within 30 minutes
    QCOMPARE(model.state(u"d"_s), SpotState::Inactive);
    QCOMPARE(model.state(u"e"_s), SpotState::Free);
    QCOMPARE(model.freeCount(), 2);
    model.setMoment(at(11)); // half-open: the 9-11 bookings ended
    QCOMPARE(model.state(u"a"_s), SpotState::Free);
    QCOMPARE(model.state(u"c"_s), SpotState::Booked);
    model.removeBooking(u"3"_s);
    QCOMPARE(model.state(u"c"_s), SpotState::Free);
    model.upsertBooking(booking(u"4"_s, u"e"_s, 10, 13));
    QCOMPARE(model.state(u"e"_s), SpotState::Booked);
    FloorBooking moved = booking(u"4"_s, u"a"_s, 10, 13);
    moved.userName.clear(); // a live message carries no name: the known one stays
    model.upsertBooking(moved);
    QCOMPARE(model.state(u"e"_s), SpotState::Free);
    QCOMPARE(model.state(u"a"_s), SpotState::Booked);
    QCOMPARE(model.currentBooking(u"a"_s)->userName, u"Member 4"_s);
    model.upsertSpot(spot(u"f"_s, 0));
    QCOMPARE(model.index(0).data(FloorModel::SpotIdRole).toString(), u"f"_s);
    model.removeSpot(u"f"_s);
    QCOMPARE(model.rowCount(), 5);
}

void TestFloorScene::sceneFollowsModel()
{
    FloorModel model;
    FloorScene scene;
    scene.setModel(&model);
    model.setMoment(at(9, 30));
    model.setSpots({ spot(u"a"_s, 1), spot(u"b"_s, 2), spot(u"c"_s, 3, false) });
    QCOMPARE(scene.spotItems().size(), 2); // the one without geometry is not drawn
    SpotItem *a = scene.item(u"a"_s);
    QVERIFY(a);
    QCOMPARE(a->state(), SpotState::Free);
    QCOMPARE(a->sceneBoundingRect().center(), QPointF(140, 70));
    QCOMPARE(scene.item(u"b"_s)->rotation(), 90.0);
    model.upsertBooking(booking(u"1"_s, u"a"_s, 9, 10));
    QCOMPARE(a->state(), SpotState::Booked);
    QVERIFY(a->toolTip().contains(u"Desk a"_s));
    QVERIFY(a->accessibleText().startsWith(u"Desk a, booked"_s));
    Spot unplace = spot(u"b"_s, 2, false);
    model.upsertSpot(unplace);
    QVERIFY(!scene.item(u"b"_s));
    model.upsertSpot(spot(u"c"_s, 3));
    QVERIFY(scene.item(u"c"_s));
    model.removeSpot(u"a"_s);
    QVERIFY(!scene.item(u"a"_s));
    QCOMPARE(scene.spotItems().size(), 1);
}

void TestFloorScene::unplacedListAndKeyboard()
{
    ManualClock clock(at(9, 30));
    FloorPage page(clock);
    page.resize(1000, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.unplacedList()->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    page.model()->setSpots({ spot(u"a"_s, 1), spot(u"b"_s, 2), spot(u"c"_s, 3, false) });
    QCOMPARE(page.unplacedList()->model()->rowCount(), 1);
    QCOMPARE(page.unplacedList()->model()->index(0, 0).data().toString(), u"Desk c"_s);
    page.model()->upsertSpot(spot(u"c"_s, 3));
    QCOMPARE(page.unplacedList()->model()->rowCount(), 0);
    // Tab walks the spots in order and the panel follows.
    page.view()->setFocus();
    QTest::keyClick(page.view(), Qt::Key_Right);
    QCOMPARE(page.scene()->selectedSpotId(), u"a"_s);
    QCOMPARE(page.panel()->spotId(), u"a"_s);
    QTest::keyClick(page.view(), Qt::Key_Right);
    QCOMPARE(page.scene()->selectedSpotId(), u"b"_s);
    // Without staff rights, actions are off and say why.
    page.panel()->setStaff(false, u"staff only"_s);
    QVERIFY(!page.panel()->bookButton()->isEnabled());
    QCOMPARE(page.panel()->bookButton()->toolTip(), u"staff only"_s);
    page.panel()->setStaff(true);
    QVERIFY(page.panel()->bookButton()->isEnabled());
    QVERIFY(!page.panel()->cancelButton()->isEnabled()); // no booking on b
    // Find: the first spot whose name matches, exact names first.
    page.find();
    QTest::keyClicks(page.findField(), u"desk a"_s);
    QTest::keyClick(page.findField(), Qt::Key_Return);
    QCOMPARE(page.scene()->selectedSpotId(), u"a"_s);
    page.findField()->clear();
    QTest::keyClicks(page.findField(), u"c"_s);
    QTest::keyClick(page.findField(), Qt::Key_Return);
    QCOMPARE(page.scene()->selectedSpotId(), u"c"_s);
    // Zoom shortcuts.
    const qreal before = page.view()->zoom();
    QTest::keyClick(page.view(), Qt::Key_Equal, Qt::ControlModifier);
    QVERIFY(page.view()->zoom() > before);
    QTest::keyClick(page.view(), Qt::Key_0, Qt::ControlModifier);
    QCOMPARE(page.view()->zoom(), before);
}

// The map's accessible interface lists its spots as children with their name, state and details,
// following the model (a booking changes what is read; a removed spot is gone).
void TestFloorScene::screenReadersReadTheSpots()
{
    ManualClock clock(at(9, 30));
    FloorPage page(clock);
    page.resize(1000, 700);
    page.show();
    page.model()->setSpots({ spot(u"a"_s, 1), spot(u"b"_s, 2), spot(u"c"_s, 3, false) });
    page.model()->setMoment(at(9, 30));
    QAccessibleInterface *map = QAccessible::queryAccessibleInterface(page.view());
    QVERIFY(map);
    QCOMPARE(map->text(QAccessible::Name), u"Floor map"_s);
    QCOMPARE(map->childCount(), 2); // the placed spots
    QAccessibleInterface *first = map->child(0);
    QVERIFY(first && first->isValid());
    QCOMPARE(first->text(QAccessible::Name), u"Desk a, Free"_s);
    QCOMPARE(first->text(QAccessible::Description), page.scene()->item(u"a"_s)->accessibleText());
    QCOMPARE(first->parent(), map);
    QCOMPARE(map->indexOfChild(first), 0);
    QVERIFY(first->rect().isValid());

    page.model()->setBookings({ booking(u"1"_s, u"a"_s, 9, 11) });
    QCOMPARE(map->child(0)->text(QAccessible::Name), u"Desk a, Booked"_s);
    page.model()->removeSpot(u"a"_s);
    QCOMPARE(map->childCount(), 1);
    QCOMPARE(map->child(0)->text(QAccessible::Name), u"Desk b, Free"_s);
}

QTEST_MAIN(TestFloorScene)
#include "tst_floorscene.moc"
