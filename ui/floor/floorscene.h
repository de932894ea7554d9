#pragma once

#include <QGraphicsScene>
#include <QHash>
#include <QPalette>
#include <QPointer>

#include "floormodel.h"

class QGraphicsPixmapItem;

namespace coworking {
namespace ui {

class FloorModel;
class SpotItem;

// The floor-plan image with one SpotItem per placed spot, following a FloorModel: items are
// created, synced and removed from the model's signals, so the scene is never the source of truth.
class FloorScene final : public QGraphicsScene
{
    Q_OBJECT
public:
    explicit FloorScene(QObject *parent = nullptr);
    ~FloorScene() override;

    void setModel(FloorModel *model);
    FloorModel *model() const { return m_model; }
    void setFloorPlan(const QPixmap &image);
    bool hasFloorPlan() const;

    SpotItem *item(const QString &spotId) const { return m_items.value(spotId); }
    QList<SpotItem *> spotItems() const; // in the model's order
    QString selectedSpotId() const;
    void selectSpot(const QString &spotId);
    void setPalette(const QPalette &palette);

signals:
    void selectedSpotChanged(const QString &spotId);
    void spotActivated(const QString &spotId); // double click

protected:
    void mouseDoubleClickEvent(QGraphicsSceneMouseEvent *event) override;

private:
    void rebuild();
    void syncRows(int first, int last);
    void removeMissing();
    void updateSceneRect();

    QPointer<FloorModel> m_model;
    QHash<QString, SpotItem *> m_items;
    QGraphicsPixmapItem *m_plan = nullptr;
    QPalette m_palette;
    QString m_lastSelected;
};

} // namespace ui
} // namespace coworking
