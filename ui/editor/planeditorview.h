#pragma once

#include <QGraphicsView>

namespace coworking {
namespace ui {

// The editor's view of the plan: wheel zooms about the cursor, the middle button pans,
// fitPlan() shows the whole plan, and keeps showing it as the view changes size until the user
// zooms (the plan is usually loaded while its tab is hidden, before the view has its size).
// Drops of unplaced spots go to the scene.
class PlanEditorView final : public QGraphicsView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlanEditorView)
public:
    explicit PlanEditorView(QGraphicsScene *scene, QWidget *parent = nullptr);

public slots:
    void fitPlan();
    void zoomBy(double factor);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    bool m_fitted = false; // the last zoom was fitPlan(): follow the view's size
    bool m_panning = false;
    QPoint m_panFrom;
};

} // namespace ui
} // namespace coworking
