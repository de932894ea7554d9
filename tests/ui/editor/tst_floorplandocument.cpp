// The editor's document and undo commands on a plan loaded from a real server: every edit kind
// undone to the start gives back the loaded plan, redone gives back the edited one; the models
// pass QAbstractItemModelTester; changes made elsewhere are merged or flagged.

#include "editor/addspotcommand.h"
#include "editor/alignspotscommand.h"
#include "editor/deletespotscommand.h"
#include "editor/duplicatespotscommand.h"
#include "editor/floorplandocument.h"
#include "editor/floorplaneditor.h"
#include "editor/movespotscommand.h"
#include "editor/planeditorscene.h"
#include "editor/replaceplanimagecommand.h"
#include "editor/resizespotcommand.h"
#include "editor/rotatespotcommand.h"
#include "editor/setspotpropertycommand.h"
#include "editor/unplacedplanspotsmodel.h"
#include "editor/spotpropertypanel.h"
#include "editortestsite.h"
#include "testhelpers.h"

#include <QAbstractItemModelTester>
#include <QFrame>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>
#include <QUndoView>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;
using namespace coworking::test;

namespace {

QString describe(const Spot &s)
{
    QString text =
            u"%1|%2|%3|%4|%5"_s.arg(s.id, s.name, s.description).arg(s.position).arg(s.active);
    if (s.map) {
        text += u"|%1,%2 %3x%4 r%5"_s.arg(s.map->x)
                        .arg(s.map->y)
                        .arg(s.map->width)
                        .arg(s.map->height)
                        .arg(s.map->rotation);
    }
    return text;
}

QStringList describe(const QList<Spot> &spots)
{
    QStringList lines;
    for (const Spot &s : spots)
        lines.append(describe(s));
    return lines;
}

} // namespace

class TestFloorPlanDocument final : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_site = std::make_unique<EditorTestSite>();
        m_editor = m_site->openEditor();
    }

    void cleanup()
    {
        m_editor.reset();
        m_site.reset();
    }

    void loadsThePlan()
    {
        FloorPlanDocument &doc = m_editor->document();
        QCOMPARE(doc.visibleKeys().size(), 6);
        QVERIFY(!doc.planImage().isNull());
        QCOMPARE(doc.planImage().size(), QSize(640, 400));
        QVERIFY(!doc.isDirty());
        int items = 0;
        for (const QString &key : doc.keys())
            items += m_editor->scene()->itemForKey(key) ? 1 : 0;
        QCOMPARE(items, 4); // A1..A4; B1 and B2 are listed, not drawn
        QCOMPARE(m_editor->unplacedModel()->rowCount(), 2);
        QCOMPARE(m_editor->unplacedModel()->index(0).data().toString(), u"B1"_s);
    }

    void everyEditUndoneAndRedone()
    {
        FloorPlanDocument &doc = m_editor->document();
        QUndoStack &stack = *m_editor->undoStack();
        QAbstractItemModelTester unplacedTester(m_editor->unplacedModel());
        QAbstractItemModelTester historyTester(m_editor->historyView()->model());
        const QStringList loaded = describe(doc.currentSpots());
        const QByteArray loadedImage = doc.planImageBytes();
        const QString a1 = keyOf(doc, u"A1"_s);
        const QString a2 = keyOf(doc, u"A2"_s);
        const QString a3 = keyOf(doc, u"A3"_s);
        const QString a4 = keyOf(doc, u"A4"_s);
        const QString b1 = keyOf(doc, u"B1"_s);

        Spot drawn;
        drawn.name = u"C1"_s;
        drawn.position = doc.nextPosition();
        drawn.map = SpotPlacement{ 300, 250, 80, 50, 0 };
        stack.push(new AddSpotCommand(doc, drawn));
        stack.push(new MoveSpotsCommand(
                doc, { { a1, { 50, 150, 60, 40, 0 } }, { a2, { 150, 160, 60, 40, 0 } } }));
        stack.push(new ResizeSpotCommand(doc, { { a3, { 240, 60, 90, 55, 0 } } }));
        stack.push(new RotateSpotCommand(doc, { { a4, { 340, 60, 60, 40, 45 } } }));
        stack.push(new SetSpotPropertyCommand(doc, { a1 }, SpotField::Name, u"Window 1"_s));
        stack.push(new SetSpotPropertyCommand(doc, { a2 }, SpotField::Description, u"Sunny"_s));
        stack.push(new SetSpotPropertyCommand(doc, { a2, a3 }, SpotField::Active, false));
        stack.push(new DuplicateSpotsCommand(doc, { a1, a2 }, { 10, 10 }));
        stack.push(new AlignSpotsCommand(doc, { a1, a2, a3 }, Alignment::Top));
        stack.push(new MoveSpotsCommand(doc, { { b1, { 500, 300, 60, 40, 0 } } })); // placed
        stack.push(new DeleteSpotsCommand(doc, { a4 }));
        stack.push(new ReplacePlanImageCommand(doc, pngBytes({ 800, 500 }, Qt::white)));

        const QStringList edited = describe(doc.currentSpots());
        QVERIFY(doc.isDirty());
        QCOMPARE(doc.planImage().size(), QSize(800, 500));
        QCOMPARE(doc.find(a1)->spot.name, u"Window 1"_s);
        QCOMPARE(doc.find(a3)->spot.map->y, 60.0); // the top edge all three share
        QCOMPARE(doc.find(a1)->spot.map->y, 60.0);
        QVERIFY(!doc.find(a4)->isVisible());
        QVERIFY(keyOf(doc, u"Window 2"_s).size() > 0); // the copy of "Window 1"
        QVERIFY(keyOf(doc, u"A5"_s).size() > 0); // the copy of A2
        QCOMPARE(m_editor->unplacedModel()->rowCount(), 1); // B2 only
        QCOMPARE(stack.count(), 12);

        while (stack.canUndo())
            stack.undo();
        QCOMPARE(describe(doc.currentSpots()), loaded);
        QCOMPARE(doc.planImageBytes(), loadedImage);
        QVERIFY(!doc.isDirty());
        QCOMPARE(doc.dirtyCount(), 0);
        QCOMPARE(m_editor->unplacedModel()->rowCount(), 2);

        while (stack.canRedo())
            stack.redo();
        QCOMPARE(describe(doc.currentSpots()), edited);
        QVERIFY(doc.isDirty());
        // the same through the history view: clicking "Plan as loaded"
        m_editor->historyView()->setCurrentIndex(m_editor->historyView()->model()->index(0, 0));
        QCOMPARE(describe(doc.currentSpots()), loaded);
    }

    void duplicateNamesAreFree()
    {
        const QStringList taken{ u"A1"_s, u"A2"_s, u"Desk"_s, u"Desk 2"_s };
        QCOMPARE(DuplicateSpotsCommand::nextFreeName(u"A1"_s, taken), u"A3"_s);
        QCOMPARE(DuplicateSpotsCommand::nextFreeName(u"Desk"_s, taken), u"Desk 3"_s);
        QCOMPARE(DuplicateSpotsCommand::nextFreeName(u"Room 9"_s, taken), u"Room 10"_s);
    }

    void changeElsewhereIsTakenOverOrFlagged()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString a1 = keyOf(doc, u"A1"_s);
        const QString a2 = keyOf(doc, u"A2"_s);
        m_editor->undoStack()->push(
                new SetSpotPropertyCommand(doc, { a1 }, SpotField::Name, u"Mine"_s));
        // Someone else renames A1 and A2 on the server.
        for (const QString &id : { m_site->spotIds[0], m_site->spotIds[1] }) {
            expectStatus(m_site->h.patch(u"/spots/%1"_s.arg(id),
                                         QJsonObject{ { u"description"_s, u"Theirs"_s } },
                                         m_site->owner.token),
                         200, "patch");
        }
        QSignalSpy changed(&doc, &FloorPlanDocument::spotChanged);
        m_editor->refreshFromServer();
        QTRY_VERIFY(changed.count() >= 2);
        // A2 had no edits here: it simply shows the new version.
        QCOMPARE(doc.find(a2)->spot.description, u"Theirs"_s);
        QVERIFY(!doc.find(a2)->hasConflict());
        QVERIFY(!doc.isDirty(a2));
        // A1 had: flagged, the edit kept, the server's version shown beside it.
        QVERIFY(doc.find(a1)->hasConflict());
        QCOMPARE(doc.find(a1)->spot.name, u"Mine"_s);
        QCOMPARE(doc.find(a1)->theirs->description, u"Theirs"_s);
        QVERIFY(m_editor->scene()->itemForKey(a1)->hasWarning());
        m_editor->scene()->selectKeys({ a1 });
        QVERIFY(m_editor->propertyPanel()->findChild<QFrame *>(u"conflict"_s)->isVisible());

        // Keep mine: the server's version becomes the base; the name stays to be saved, and
        // only the name would be sent, so their description survives.
        doc.resolveConflict(a1, true);
        QVERIFY(!doc.find(a1)->hasConflict());
        QVERIFY(doc.isDirty(a1));
        QCOMPARE(doc.find(a1)->base->description, u"Theirs"_s);
    }

    void deletionElsewhereIsFlaggedWhenEdited()
    {
        FloorPlanDocument &doc = m_editor->document();
        const QString a3 = keyOf(doc, u"A3"_s);
        const QString a4 = keyOf(doc, u"A4"_s);
        m_editor->undoStack()->push(new MoveSpotsCommand(doc, { { a3, { 5, 5, 60, 40, 0 } } }));
        for (const QString &id : { m_site->spotIds[2], m_site->spotIds[3] })
            expectStatus(m_site->h.del(u"/spots/%1"_s.arg(id), m_site->owner.token), 204, "del");
        m_editor->refreshFromServer();
        QTRY_VERIFY(doc.find(a3)->deletedElsewhere);
        QVERIFY(!doc.find(a4)->isVisible()); // untouched here: gone, as on the server
        QVERIFY(!doc.isDirty(a4));
        doc.resolveConflict(a3, false);
        QVERIFY(!doc.find(a3)->isVisible());
        QVERIFY(!doc.isDirty());
    }

private:
    std::unique_ptr<EditorTestSite> m_site;
    std::unique_ptr<FloorPlanEditor> m_editor;
};

QTEST_MAIN(TestFloorPlanDocument)
#include "tst_floorplandocument.moc"
