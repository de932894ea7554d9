#pragma once

#include "spots/spot.h"

#include <QCoreApplication>
#include <QGraphicsItem>
#include <QString>

namespace coworking {
namespace ui {

struct PlanSpot;

// One spot on the editor's plan: its rectangle turned about its centre, the name, and cues for
// what the editor knows of it (inactive: hatched; unsaved: a dot; changed elsewhere or failed to
// save: a warning badge and a dashed outline). Follows the document through sync(); while a
// drag runs, setPreview() shows where it would land. The selected item alone draws handles.
class EditorSpotItem final : public QGraphicsItem
{
    Q_DECLARE_TR_FUNCTIONS(EditorSpotItem)
public:
    enum { Type = UserType + 202 };
    enum class Handle { None, TopLeft, TopRight, BottomRight, BottomLeft, Rotate };

    explicit EditorSpotItem(const QString &key, QGraphicsItem *parent = nullptr);

    int type() const override { return Type; }
    QString key() const { return m_key; }
    void sync(const PlanSpot &entry, bool dirty);
    void setPreview(const SpotPlacement &map);
    const SpotPlacement &placement() const { return m_map; }
    bool hasWarning() const { return m_warning; }
    bool isDirtyShown() const { return m_dirty; }

    void setHandles(bool shown, qreal size);
    bool handlesShown() const { return m_handles; }
    Handle handleAt(QPointF scenePos) const;
    // The corner a handle drags and the one that stays, in the spot's own frame.
    static QPointF cornerOf(Handle handle, const SpotPlacement &map);
    static Handle oppositeOf(Handle handle);

    QRectF boundingRect() const override;
    QPainterPath shape() const override;
    void paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget) override;

private:
    QRectF localRect() const;
    QPointF rotateHandleCentre() const;

    QString m_key;
    QString m_name;
    SpotPlacement m_map;
    bool m_active = true;
    bool m_dirty = false;
    bool m_warning = false;
    bool m_handles = false;
    qreal m_handleSize = 8;
};

} // namespace ui
} // namespace coworking
