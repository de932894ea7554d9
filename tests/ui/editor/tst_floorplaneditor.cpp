// The floor plan editor as a user drives it (mouse and keys on the offscreen platform) against a
// real server through the client library: drawing, moving, resizing, turning, selecting,
// placing; Save persisting exactly the edits; failed saves; changes made elsewhere; the plan
// image; leaving with unsaved edits; and a look at the editor on the demo site.

#include "serverconfig.h"
#include "sodiumpasswordhasher.h"
#include "../common/deskclient.h"
#include "client/spotsapi.h"
#include "common/messagebar.h"
#include "demoseeder.h"
#include "editor/deletespotscommand.h"
#include "editor/editorspotitem.h"
#include "editor/floorplandocument.h"
#include "editor/movespotscommand.h"
#include "editor/setspotpropertycommand.h"
#include "editor/floorplaneditor.h"
#include "editor/planeditorscene.h"
#include "editor/planeditorview.h"
#include "editor/spotpropertypanel.h"
#include "editor/unplacedplanspotsmodel.h"
#include "editortestsite.h"
#include "localfilestorage.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QGraphicsItem>
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QAccessible>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;
using namespace coworking::test;

namespace {

QJsonObject mapOf(double x, double y, double w, double h, double r = 0)
{
    return {
        { u"x"_s, x }, { u"y"_s, y }, { u"width"_s, w }, { u"height"_s, h }, { u"rotation"_s, r }
    };
}

QAction *actionNamed(QWidget *editor, const QString &text)
{
    for (QAction *a : editor->findChildren<QAction *>()) {
        if (a->text().remove(u'&') == text)
            return a;
    }
    qFatal("no action %s", qPrintable(text));
}

// Mouse gestures on the plan, in plan (scene) coordinates.
class Mouse
{
public:
    explicit Mouse(PlanEditorView *view) : m_view(view) { }

    QPoint at(QPointF scenePos) const { return m_view->mapFromScene(scenePos); }
    void click(QPointF p, Qt::KeyboardModifiers mods = {})
    {
        QTest::mouseClick(m_view->viewport(), Qt::LeftButton, mods, at(p));
    }
    void drag(QPointF from, QPointF to, Qt::KeyboardModifiers mods = {})
    {
        QTest::mousePress(m_view->viewport(), Qt::LeftButton, mods, at(from));
        // Through a middle point, as a hand would, so previews run.
        QTest::mouseMove(m_view->viewport(), at((from + to) / 2));
        QTest::mouseMove(m_view->viewport(), at(to));
        QTest::mouseRelease(m_view->viewport(), Qt::LeftButton, mods, at(to));
    }

private:
    PlanEditorView *m_view;
};

bool saveAndWait(FloorPlanEditor &editor)
{
    QSignalSpy finished(&editor, &FloorPlanEditor::saveFinished);
    editor.save();
    if (!finished.wait(15000))
        qFatal("Save did not finish");
    return finished.first().first().toBool();
}

} // namespace

class TestFloorPlanEditor final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_site = std::make_unique<EditorTestSite>();
        m_editor = m_site->openEditor();
        // A fixed zoom, so gestures in plan pixels land where they are meant to.
        m_editor->view()->resetTransform();
        m_editor->view()->centerOn(320, 200);
        m_unplacedTester = std::make_unique<QAbstractItemModelTester>(
                m_editor->unplacedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_historyTester = std::make_unique<QAbstractItemModelTester>(
                m_editor->historyView()->model(),
                QAbstractItemModelTester::FailureReportingMode::QtTest);
    }

    void cleanup()
    {
        m_unplacedTester.reset();
        m_historyTester.reset();
        m_editor.reset();
        m_site.reset();
    }

    void drawingARectangleAddsASpot()
    {
        Mouse mouse(m_editor->view());
        FloorPlanDocument &doc = m_editor->document();
        actionNamed(m_editor.get(), u"Draw spots"_s)->trigger();
        QCOMPARE(m_editor->scene()->tool(), PlanEditorScene::Tool::Draw);
        mouse.drag({ 302, 248 }, { 383, 301 });
        const QString key = keyOf(doc, u"Spot 1"_s);
        QVERIFY(!key.isEmpty());
        const SpotPlacement map = *doc.find(key)->spot.map;
        QCOMPARE(map, (SpotPlacement{ 300, 250, 80, 50, 0 })); // snapped to the 10 px grid
        QVERIFY(doc.find(key)->isNew());
        QVERIFY(m_editor->scene()->itemForKey(key)->isSelected());
        QVERIFY(m_editor->isWindowModified());
        // Screen readers find the new spot among the plan's children, by name, selected.
        QAccessibleInterface *plan = QAccessible::queryAccessibleInterface(m_editor->view());
        QVERIFY(plan && plan->childCount() > 0);
        bool found = false;
        for (int i = 0; i < plan->childCount(); ++i) {
            QAccessibleInterface *child = plan->child(i);
            if (child && child->text(QAccessible::Name) == u"Spot 1"_s)
                found = child->state().selected;
        }
        QVERIFY(found);
        // Too small a rectangle is a click, not a spot.
        mouse.drag({ 100, 300 }, { 101, 301 });
        QCOMPARE(doc.visibleKeys().size(), 7);
        m_editor->undoStack()->undo();
        QVERIFY(keyOf(doc, u"Spot 1"_s).isEmpty());
        QVERIFY(!doc.isDirty());
    }

    void dragMovesResizesAndTurns()
    {
        Mouse mouse(m_editor->view());
        FloorPlanDocument &doc = m_editor->document();
        const QString a1 = keyOf(doc, u"A1"_s);
        const QString a2 = keyOf(doc, u"A2"_s);
        const QString a3 = keyOf(doc, u"A3"_s);

        mouse.drag({ 70, 80 }, { 103, 101 }); // A1 at (40, 60) 60×40
        QCOMPARE(*doc.find(a1)->spot.map, (SpotPlacement{ 70, 80, 60, 40, 0 }));
        QCOMPARE(m_editor->undoStack()->count(), 1);

        mouse.click({ 170, 80 }); // select A2 (140, 60) 60×40: its handles appear
        QCOMPARE(m_editor->scene()->selectedKeys(), QStringList{ a2 });
        QVERIFY(m_editor->scene()->itemForKey(a2)->handlesShown());
        mouse.drag({ 200, 100 }, { 221, 119 }); // the bottom-right handle
        QCOMPARE(*doc.find(a2)->spot.map, (SpotPlacement{ 140, 60, 80, 60, 0 }));

        mouse.click({ 270, 80 }); // A3 (240, 60) 60×40, centre (270, 80)
        const double handle = 9; // px on screen at scale 1
        mouse.drag({ 270, 80 - 20 - 3 * handle }, { 370, 80 }); // the turn handle, to the right
        QCOMPARE(doc.find(a3)->spot.map->rotation, 90.0);
        QCOMPARE(m_editor->undoStack()->count(), 3);

        // Without the grid, positions follow the mouse exactly.
        m_editor->scene()->setSnapToGrid(false);
        mouse.drag({ 270, 80 }, { 273, 82 });
        QCOMPARE(doc.find(a3)->spot.map->x, 243.0);
        QCOMPARE(doc.find(a3)->spot.map->y, 62.0);

        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QVERIFY(!doc.isDirty());
    }

    void rubberBandCtrlClickAlignAndKeys()
    {
        Mouse mouse(m_editor->view());
        FloorPlanDocument &doc = m_editor->document();
        PlanEditorScene *scene = m_editor->scene();
        const QString a1 = keyOf(doc, u"A1"_s);
        const QString a2 = keyOf(doc, u"A2"_s);
        const QString a4 = keyOf(doc, u"A4"_s);
        m_editor->undoStack()->push(new MoveSpotsCommand(doc, { { a2, { 140, 90, 60, 40, 0 } } }));

        mouse.drag({ 20, 20 }, { 230, 140 }); // around A1 and A2
        QCOMPARE(scene->selectedKeys(), (QStringList{ a1, a2 }));
        mouse.click({ 370, 80 }, Qt::ControlModifier); // adds A4
        QCOMPARE(scene->selectedKeys(), (QStringList{ a1, a2, a4 }));
        QCOMPARE(m_editor->propertyPanel()->keys(), (QStringList{ a1, a2, a4 }));
        mouse.click({ 70, 80 }, Qt::ControlModifier); // takes A1 out
        QCOMPARE(scene->selectedKeys(), (QStringList{ a2, a4 }));

        actionNamed(m_editor.get(), u"Align top edges"_s)->trigger();
        QCOMPARE(doc.find(a2)->spot.map->y, 60.0);
        QCOMPARE(doc.find(a4)->spot.map->y, 60.0);

        m_editor->activateWindow();
        m_editor->view()->setFocus();
        QVERIFY(QTest::qWaitForWindowActive(m_editor.get()));
        QTest::keyClick(m_editor->view(), Qt::Key_D, Qt::ControlModifier);
        QCOMPARE(doc.visibleKeys().size(), 8); // A5 and A6 (copies of A2 and A4)
        QCOMPARE(scene->selectedKeys().size(), 2);
        QTest::keyClick(m_editor->view(), Qt::Key_Delete);
        QCOMPARE(doc.visibleKeys().size(), 6);
        QTest::keyClick(m_editor->view(), Qt::Key_Delete); // nothing selected: nothing happens
        QCOMPARE(m_editor->undoStack()->count(), 4);
        QTest::keyClick(m_editor->view(), Qt::Key_Z, Qt::ControlModifier); // no shortcut here:
        QCOMPARE(m_editor->undoStack()->count(), 4); // the main window owns Undo
    }

    void placingFromTheList()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString b1 = keyOf(doc, u"B1"_s);
        QMimeData *mime =
                m_editor->unplacedModel()->mimeData({ m_editor->unplacedModel()->index(0) });
        QVERIFY(mime);
        const QPoint at = Mouse(m_editor->view()).at({ 500, 300 });
        QDragEnterEvent enter(at, Qt::MoveAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_editor->view()->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::MoveAction, mime, Qt::LeftButton, {});
        QApplication::sendEvent(m_editor->view()->viewport(), &drop);
        delete mime;
        QCOMPARE(*doc.find(b1)->spot.map, (SpotPlacement{ 470, 280, 60, 40, 0 }));
        QCOMPARE(m_editor->unplacedModel()->rowCount(), 1);
        QCOMPARE(m_editor->undoStack()->text(0), u"Place B1"_s);
        // From the keyboard: activating B2 in the list places it in the middle of the view.
        m_editor->unplacedList()->setCurrentIndex(m_editor->unplacedModel()->index(0));
        emit m_editor->unplacedList()->activated(m_editor->unplacedModel()->index(0));
        QCOMPARE(m_editor->unplacedModel()->rowCount(), 0);
        QVERIFY(doc.find(keyOf(doc, u"B2"_s))->isPlaced());
    }

    void savePersistsExactlyTheEdits()
    {
        Mouse mouse(m_editor->view());
        FloorPlanDocument &doc = m_editor->document();
        const QHash<QString, QJsonObject> before = m_site->serverSpots();

        actionNamed(m_editor.get(), u"Draw spots"_s)->trigger();
        mouse.drag({ 300, 250 }, { 380, 300 }); // Spot 1
        actionNamed(m_editor.get(), u"Draw spots"_s)->trigger();
        mouse.drag({ 70, 80 }, { 100, 100 }); // A1 moves to (70, 80)
        mouse.click({ 170, 80 }); // A2: renamed in the panel
        auto *name = m_editor->propertyPanel()->findChild<QLineEdit *>();
        name->setFocus();
        name->selectAll();
        QTest::keyClicks(name, u"Window"_s);
        QTest::keyClick(name, Qt::Key_Return);
        mouse.click({ 270, 80 }); // A3: made inactive
        auto *active = m_editor->propertyPanel()->findChild<QCheckBox *>();
        QVERIFY(active->isChecked());
        QTest::mouseClick(active, Qt::LeftButton, {}, QPoint(5, active->height() / 2));
        m_editor->scene()->selectKeys({ keyOf(doc, u"A4"_s) });
        m_editor->scene()->deleteSelection(); // A4
        m_editor->scene()->placeSpot(keyOf(doc, u"B1"_s), { 530, 300 }); // B1 at (500, 280)
        QCOMPARE(m_editor->undoStack()->count(), 6);
        QCOMPARE(doc.dirtyCount(), 6);

        QVERIFY(saveAndWait(*m_editor));
        QVERIFY(!doc.isDirty());
        QVERIFY(!m_editor->isWindowModified());
        QCOMPARE(m_editor->messageBar()->kind(), MessageBar::Kind::Positive);

        QHash<QString, QJsonObject> expected = before;
        expected[u"A1"_s][u"map"_s] = mapOf(70, 80, 60, 40);
        QJsonObject window = expected.take(u"A2"_s);
        window[u"name"_s] = u"Window"_s;
        expected.insert(u"Window"_s, window);
        expected[u"A3"_s][u"spot_status"_s] = u"inactive"_s;
        expected.remove(u"A4"_s);
        expected[u"B1"_s][u"map"_s] = mapOf(500, 280, 60, 40);
        const QHash<QString, QJsonObject> after = m_site->serverSpots();
        QVERIFY(after.contains(u"Spot 1"_s));
        QJsonObject created = after.value(u"Spot 1"_s);
        QCOMPARE(created.value(u"map"_s).toObject(), mapOf(300, 250, 80, 50));
        QCOMPARE(created.value(u"spot_status"_s).toString(), u"active"_s);
        QCOMPARE(created.value(u"position"_s).toInt(), 6);
        expected.insert(u"Spot 1"_s, created);
        QCOMPARE(after.keys().size(), expected.keys().size());
        for (auto it = expected.cbegin(); it != expected.cend(); ++it)
            QCOMPARE(after.value(it.key()), *it);
        // The new spot now has its server id; a second Save has nothing to send.
        QCOMPARE(doc.find(keyOf(doc, u"Spot 1"_s))->spot.id, created.value(u"id"_s).toString());
        QVERIFY(!m_editor->saveAction()->isEnabled());

        // Undoing past a save is an edit like any other: the spot goes again on the next Save.
        while (m_editor->undoStack()->canUndo())
            m_editor->undoStack()->undo();
        QVERIFY(doc.isDirty());
        QVERIFY(saveAndWait(*m_editor));
        QHash<QString, QJsonObject> restored = m_site->serverSpots();
        // A4 was deleted on the server: it comes back as a new spot, with a new id.
        QVERIFY(restored[u"A4"_s].take(u"id"_s) != before[u"A4"_s][u"id"_s]);
        expected = before;
        expected[u"A4"_s].remove(u"id"_s);
        QCOMPARE(restored, expected);
    }

    void failedSaveKeepsTheEditsAndSaysWhich()
    {
        FloorPlanDocument &doc = m_editor->document();
        // A4 has a future booking: the server refuses to delete it unless forced.
        m_site->site.book(m_site->owner, m_site->spotIds[3], mskText(8, "10:00"),
                          mskText(8, "11:00"));
        const QString a1 = keyOf(doc, u"A1"_s);
        const QString a4 = keyOf(doc, u"A4"_s);
        m_editor->undoStack()->push(
                new SetSpotPropertyCommand(doc, { a1 }, SpotField::Name, u"Saved"_s));
        m_editor->undoStack()->push(new DeleteSpotsCommand(doc, { a4 }));

        QVERIFY(!saveAndWait(*m_editor));
        QVERIFY(doc.isDirty());
        QVERIFY(doc.isDirty(a4));
        QVERIFY(!doc.isDirty(a1)); // the rename went through
        QVERIFY(!doc.find(a4)->saveError.isEmpty());
        QCOMPARE(m_editor->messageBar()->kind(), MessageBar::Kind::Error);
        QVERIFY2(m_editor->messageBar()->text().contains(u"A4"_s),
                 qPrintable(m_editor->messageBar()->text()));
        QVERIFY(m_editor->saveAction()->isEnabled());
        const auto server = m_site->serverSpots();
        QVERIFY(server.contains(u"A4"_s));
        QVERIFY(server.contains(u"Saved"_s));
        // The deleted spot comes back with undo, shown with what went wrong.
        m_editor->undoStack()->undo();
        QVERIFY(!doc.isDirty());
    }

    void changeElsewhereIsNeverOverwritten()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString a1 = keyOf(doc, u"A1"_s);
        m_editor->undoStack()->push(new MoveSpotsCommand(doc, { { a1, { 10, 10, 60, 40, 0 } } }));
        // Someone else, in another desk, renames A1 and moves it.
        auto other = signedInClient(m_site->h, m_site->owner.email);
        QVERIFY(other);
        bool done = false;
        other->spots().update(m_site->spotIds[0],
                              { { u"name"_s, u"Theirs"_s }, { u"map"_s, mapOf(400, 300, 60, 40) } },
                              other.get(), [&](client::Result<Spot> r) { done = r.ok(); });
        QTRY_VERIFY(done);

        QVERIFY(!saveAndWait(*m_editor));
        QVERIFY(doc.find(a1)->hasConflict());
        QVERIFY(m_editor->scene()->itemForKey(a1)->hasWarning());
        QVERIFY(m_editor->messageBar()->text().contains(u"elsewhere"_s));
        QJsonObject server = m_site->serverSpots().value(u"Theirs"_s);
        QCOMPARE(server.value(u"map"_s).toObject(), mapOf(400, 300, 60, 40)); // not overwritten

        // The panel offers the choice; keeping mine saves my place, their name stays.
        m_editor->scene()->selectKeys({ a1 });
        auto *conflict = m_editor->propertyPanel()->findChild<QFrame *>(u"conflict"_s);
        QVERIFY(conflict->isVisible());
        QPushButton *keep = nullptr;
        for (auto *b : conflict->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == u"Keep mine")
                keep = b;
        }
        QVERIFY(keep);
        QTest::mouseClick(keep, Qt::LeftButton);
        QVERIFY(!doc.find(a1)->hasConflict());
        QVERIFY(saveAndWait(*m_editor));
        server = m_site->serverSpots().value(u"Theirs"_s);
        QCOMPARE(server.value(u"map"_s).toObject(), mapOf(10, 10, 60, 40));
    }

    void liveChangeIsFlagged()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString a2 = keyOf(doc, u"A2"_s);
        const QString a3 = keyOf(doc, u"A3"_s);
        m_editor->undoStack()->push(
                new SetSpotPropertyCommand(doc, { a2 }, SpotField::Description, u"Mine"_s));
        // Another desk takes A2 and A3 out of service; the live feed tells this editor.
        auto other = signedInClient(m_site->h, m_site->owner.email);
        QVERIFY(other);
        int done = 0;
        for (const QString &id : { m_site->spotIds[1], m_site->spotIds[2] }) {
            other->spots().update(id, { { u"status"_s, u"inactive"_s } }, other.get(),
                                  [&](client::Result<Spot> r) { done += r.ok() ? 1 : 0; });
        }
        QTRY_COMPARE(done, 2);
        QTRY_VERIFY_WITH_TIMEOUT(doc.find(a2)->hasConflict(), 5000);
        QVERIFY(!doc.find(a2)->theirs->active);
        QCOMPARE(doc.find(a2)->spot.description, u"Mine"_s);
        // A3 had no edits here: it shows inactive, with nothing to save.
        QTRY_VERIFY(!doc.find(a3)->spot.active);
        QVERIFY(!doc.isDirty(a3));
    }

    void planImageUploadReplacesThePlan()
    {
        const QByteArray png = pngBytes({ 900, 600 }, QColor(0xdd, 0xee, 0xff));
        m_editor->replacePlanImage(png);
        QCOMPARE(m_editor->document().planImage().size(), QSize(900, 600));
        QVERIFY(m_editor->isDirty());
        m_editor->replacePlanImage("not an image");
        QCOMPARE(m_editor->messageBar()->kind(), MessageBar::Kind::Error);
        QCOMPARE(m_editor->undoStack()->count(), 1);
        QVERIFY(saveAndWait(*m_editor));
        QVERIFY(!m_editor->isDirty());
        QCOMPARE(QImage::fromData(m_site->serverPlanImage()), QImage::fromData(png));
        // A fresh editor shows the new plan.
        auto again = m_site->openEditor();
        QCOMPARE(again->document().planImage().size(), QSize(900, 600));
        // Undo brings the old image back, as an edit to save.
        m_editor->undoStack()->undo();
        QCOMPARE(m_editor->document().planImage().size(), QSize(640, 400));
        QVERIFY(m_editor->isDirty());
    }

    void leavingWithUnsavedEditsAsks()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString a1 = keyOf(doc, u"A1"_s);
        std::optional<bool> answer;
        auto ask = [&] {
            answer.reset();
            m_editor->maybeSave([&](bool proceed) { answer = proceed; });
        };
        auto press = [&](QMessageBox::StandardButton which) {
            QMessageBox *box = nullptr;
            QTRY_VERIFY((box = m_editor->findChild<QMessageBox *>()) && box->isVisible());
            QTest::mouseClick(box->button(which), Qt::LeftButton);
        };

        ask(); // nothing to save: goes on, later
        QVERIFY(!answer);
        QTRY_COMPARE(answer, std::optional<bool>(true));

        m_editor->undoStack()->push(
                new SetSpotPropertyCommand(doc, { a1 }, SpotField::Name, u"Asked"_s));
        ask();
        press(QMessageBox::Cancel);
        QTRY_COMPARE(answer, std::optional<bool>(false));
        QVERIFY(doc.isDirty());

        ask();
        press(QMessageBox::Save);
        QTRY_COMPARE(answer, std::optional<bool>(true));
        QVERIFY(m_site->serverSpots().contains(u"Asked"_s));

        m_editor->undoStack()->push(new DeleteSpotsCommand(doc, { a1 }));
        ask();
        press(QMessageBox::Discard);
        QTRY_COMPARE(answer, std::optional<bool>(true));
        QTRY_VERIFY(!m_editor->isLoading());
        QVERIFY(!doc.isDirty());
        QVERIFY(m_site->serverSpots().contains(u"Asked"_s));
    }

    // The editor on the demo site, grabbed into a PNG (COWORKING_EDITOR_SHOT names the file; a
    // temporary one otherwise) for a person to look at.
    void demoSiteLooksRight()
    {
        cleanup();
        QTemporaryDir dataDir;
        ApiHarness h([&](ServerConfig &config) { config.dataDir = dataDir.path(); });
        SodiumPasswordHasher hasher(1, 1, true);
        LocalFileStorage storage(dataDir.path() + u"/storage"_s);
        const DemoSeeder::Result seeded =
                DemoSeeder::seed(h.database(), hasher, h.clock(), &storage);
        QVERIFY2(seeded.ok, qPrintable(seeded.error));
        const auto owner = std::find_if(seeded.logins.cbegin(), seeded.logins.cend(),
                                        [](const auto &l) { return l.role == u"business"; });
        QVERIFY(owner != seeded.logins.cend());
        const QString token = h.token(owner->email, owner->password);
        const QJsonArray coworkings = h.get(u"/coworkings"_s, token).arr();
        QVERIFY(!coworkings.isEmpty());
        const QJsonValue me = h.get(u"/users/me"_s, token).obj().value(u"id"_s);
        QString coworkingId;
        for (const QJsonValue &c : coworkings) {
            const QJsonObject full =
                    h.get(u"/coworkings/%1"_s.arg(c[u"id"_s].toString()), token).obj();
            if (coworkingId.isEmpty() && full.value(u"owner_id"_s) == me)
                coworkingId = full.value(u"id"_s).toString();
        }
        QVERIFY(!coworkingId.isEmpty());
        const QJsonArray spots =
                h.get(u"/coworkings/%1/spots?count=100"_s.arg(coworkingId), token).arr();

        const auto client = signedInClient(h, owner->email, owner->password);
        QVERIFY(client);
        FloorPlanEditor editor(*client);
        editor.resize(1280, 800);
        QSignalSpy loaded(&editor, &FloorPlanEditor::loaded);
        editor.setCoworking(coworkingId);
        QVERIFY(loaded.wait(10000));
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        int placed = 0;
        for (const QJsonValue &s : spots)
            placed += s[u"map"_s].isObject() ? 1 : 0;
        int items = 0;
        for (QGraphicsItem *item : editor.scene()->items())
            items += item->type() == EditorSpotItem::Type ? 1 : 0;
        QCOMPARE(items, placed);
        QVERIFY(!editor.document().planImage().isNull());
        // One spot selected, so handles and the panel show too.
        const QString first = editor.document().visibleKeys().value(0);
        editor.scene()->selectKeys({ first });
        editor.view()->fitPlan();
        QTest::qWait(200);
        const QString path = qEnvironmentVariableIsSet("COWORKING_EDITOR_SHOT")
                ? qEnvironmentVariable("COWORKING_EDITOR_SHOT")
                : QDir(dataDir.path()).filePath(u"editor.png"_s);
        QVERIFY(editor.grab().save(path));
        qInfo("editor screenshot: %s", qPrintable(path));

        // Then with edits: one spot out of service and moved (unsaved), another renamed here
        // while someone else changed it on the server (a conflict, shown in the panel).
        FloorPlanDocument &doc = editor.document();
        const QStringList keys = doc.visibleKeys();
        const QString second = keys.value(1);
        editor.undoStack()->push(
                new SetSpotPropertyCommand(doc, { first }, SpotField::Active, false));
        SpotPlacement moved = *doc.find(first)->spot.map;
        moved.y += 20;
        editor.undoStack()->push(new MoveSpotsCommand(doc, { { first, moved } }));
        editor.undoStack()->push(
                new SetSpotPropertyCommand(doc, { second }, SpotField::Name, u"Mine"_s));
        expectStatus(h.patch(u"/spots/%1"_s.arg(doc.find(second)->spot.id),
                             QJsonObject{ { u"description"_s, u"Changed by someone else"_s } },
                             token),
                     200, "patch");
        editor.refreshFromServer();
        QTRY_VERIFY(doc.find(second)->hasConflict());
        editor.scene()->selectKeys({ second });
        QTest::qWait(200);
        const QString edited = QString(path).replace(u".png"_s, u"-edited.png"_s);
        QVERIFY(editor.grab().save(edited));
        qInfo("edited: %s", qPrintable(edited));
    }

private:
    std::unique_ptr<EditorTestSite> m_site;
    std::unique_ptr<FloorPlanEditor> m_editor;
    std::unique_ptr<QAbstractItemModelTester> m_unplacedTester;
    std::unique_ptr<QAbstractItemModelTester> m_historyTester;
};

QTEST_MAIN(TestFloorPlanEditor)
#include "tst_floorplaneditor.moc"
