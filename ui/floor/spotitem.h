#pragma once

#include "common/spotstate.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QPalette>

namespace coworking {
namespace ui {

// One spot on the map: a light item placed at the spot's map geometry (centre, size, rotation),
// drawn in its state's colour with the state's badge and the spot's name. It holds a copy of what
// it shows and is re-synced from the FloorModel; it never decides a state itself.
class SpotItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(SpotItem)
public:
    enum { Type = UserType + 1 };

    explicit SpotItem(QString spotId);

    int type() const override { return Type; }
    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

    // `geometry`: the spot's rectangle in floor-plan pixels (top-left, size); the item rotates
    // about its centre.
    // `stateName` is the state in words as the model says it (a closed day reads "Closed").
    void sync(const QString &name, SpotState state, const QString &stateName,
              const QRectF &geometry, double rotation, const QString &toolTip,
              const QString &accessibleText);
    void setPalette(const QPalette &palette);

    QString spotId() const { return m_spotId; }
    QString name() const { return m_name; }
    SpotState state() const { return m_state; }
    QString accessibleText() const { return m_accessibleText; }

private:
    QString m_spotId;
    QString m_name;
    QString m_accessibleText;
    SpotState m_state = SpotState::Free;
    QRectF m_rect; // local, centred on (0, 0)
    QPalette m_palette;
};

} // namespace ui
} // namespace coworking
