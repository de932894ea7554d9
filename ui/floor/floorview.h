#pragma once

#include <QGraphicsView>

class QAction;

namespace coworking {
namespace ui {

class FloorScene;

// The map's viewport: wheel zoom about the pointer, drag to pan, Ctrl+= / Ctrl+- / Ctrl+0 (fit),
// and Tab / Shift+Tab / arrows to walk the spots by keyboard, the selected one announced to
// screen readers.
class FloorView final : public QGraphicsView
{
    Q_OBJECT
public:
    explicit FloorView(FloorScene *scene, QWidget *parent = nullptr);

    qreal zoom() const { return transform().m11(); }
    QAction *zoomInAction() const { return m_zoomIn; }
    QAction *zoomOutAction() const { return m_zoomOut; }
    QAction *fitAction() const { return m_fit; }

public slots:
    void zoomBy(qreal factor);
    void fitToFloor();
    void centreOnSpot(const QString &spotId);

protected:
    void wheelEvent(QWheelEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool focusNextPrevChild(bool next) override;
    void resizeEvent(QResizeEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void selectNeighbour(int step);
    void announceSelection();

    FloorScene *m_scene;
    QAction *m_zoomIn;
    QAction *m_zoomOut;
    QAction *m_fit;
    bool m_fitted = false; // fit again on resize until the user zooms
};

} // namespace ui
} // namespace coworking
