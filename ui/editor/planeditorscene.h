#pragma once

#include "alignspotscommand.h"
#include "editorspotitem.h"

#include <QGraphicsScene>
#include <QHash>
#include <QStringList>

class QGraphicsPixmapItem;
class QGraphicsRectItem;
class QUndoStack;

namespace coworking {
namespace ui {

class FloorPlanDocument;

// The plan being edited: the plan image and one EditorSpotItem per placed spot, following the
// document. Mouse edits become undo commands when the button is released; until then the items
// only preview. Select tool: click, Ctrl+click and rubber band select; drag moves; the single
// selected spot's corner handles resize and its top handle rotates. Draw tool: a dragged
// rectangle adds a spot. Snapping rounds positions and sizes to the grid and angles to 15°.
class PlanEditorScene final : public QGraphicsScene
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditorScene)
public:
    enum class Tool { Select, Draw };

    PlanEditorScene(FloorPlanDocument &document, QUndoStack &undoStack, QObject *parent = nullptr);
    ~PlanEditorScene() override;

    Tool tool() const { return m_tool; }
    void setTool(Tool tool);
    bool snapToGrid() const { return m_snap; }
    void setSnapToGrid(bool snap);
    double gridSize() const { return m_gridSize; }
    void setGridSize(double size);

    QStringList selectedKeys() const; // in document order
    void selectKeys(const QStringList &keys);
    EditorSpotItem *itemForKey(const QString &key) const { return m_items.value(key); }
    QRectF planRect() const; // the image, or the spots' area when there is none

    // Places a spot from the list of unplaced ones, centred on `centre`.
    void placeSpot(const QString &key, QPointF centre);
    void deleteSelection();
    void duplicateSelection();
    void alignSelection(Alignment alignment);

signals:
    void toolChanged(coworking::ui::PlanEditorScene::Tool tool);

protected:
    void mousePressEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseMoveEvent(QGraphicsSceneMouseEvent *event) override;
    void mouseReleaseEvent(QGraphicsSceneMouseEvent *event) override;
    void dragEnterEvent(QGraphicsSceneDragDropEvent *event) override;
    void dragMoveEvent(QGraphicsSceneDragDropEvent *event) override;
    void dropEvent(QGraphicsSceneDragDropEvent *event) override;
    void drawForeground(QPainter *painter, const QRectF &rect) override;

private:
    enum class Drag { None, Move, Resize, Rotate, Rubber, Draw };

    void rebuild();
    void syncSpot(const QString &key);
    void syncImage();
    void updateHandles();
    void updateSceneRect();
    qreal handleSize() const;
    double snap(double value) const;
    QPointF snap(QPointF point) const;
    EditorSpotItem *spotItemAt(QPointF scenePos) const;
    SpotPlacement defaultPlacement(QPointF centre) const;
    QString nextSpotName() const;
    void previewMove(QPointF scenePos);
    void previewResize(QPointF scenePos);
    void previewRotate(QPointF scenePos);
    void finishDrag(QPointF scenePos);
    void cancelPreviews();

    FloorPlanDocument &m_document;
    QUndoStack &m_undoStack;
    QHash<QString, EditorSpotItem *> m_items;
    QGraphicsPixmapItem *m_image = nullptr;
    QGraphicsRectItem *m_band = nullptr; // rubber band or the rectangle being drawn
    Tool m_tool = Tool::Select;
    bool m_snap = true;
    double m_gridSize = 10;

    Drag m_drag = Drag::None;
    QPointF m_origin;
    QString m_target; // the spot a handle drags
    EditorSpotItem::Handle m_handle = EditorSpotItem::Handle::None;
    QHash<QString, SpotPlacement> m_start; // placements when the drag began
    QHash<QString, SpotPlacement> m_preview;
    QList<QGraphicsItem *> m_selectedBefore; // Ctrl+rubber band adds to these
};

} // namespace ui
} // namespace coworking
