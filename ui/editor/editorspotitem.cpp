#include "editorspotitem.h"

#include "common/graphicsaccessibility.h"

#include "floorplandocument.h"
#include "spotgeometry.h"

#include <QApplication>
#include <QPainter>
#include <QPalette>
#include <QStyleOptionGraphicsItem>

#include <cmath>

namespace coworking {
namespace ui {

namespace {

const QColor kWarning(0xe6, 0x51, 0x00); // deep orange: reads on light and dark palettes

} // namespace

EditorSpotItem::EditorSpotItem(const QString &key, QGraphicsItem *parent)
    : QGraphicsItem(parent), m_key(key)
{
    setFlag(ItemIsSelectable);
    setAcceptHoverEvents(true);
}

void EditorSpotItem::sync(const PlanSpot &entry, bool dirty)
{
    m_name = entry.spot.name;
    m_active = entry.spot.active;
    m_dirty = dirty;
    m_warning = entry.hasConflict() || !entry.saveError.isEmpty();
    QString tip = entry.spot.description.isEmpty()
            ? m_name
            : tr("%1\n%2").arg(m_name, entry.spot.description);
    if (entry.hasConflict())
        tip += u'\n' + tr("Changed elsewhere since you loaded the plan.");
    if (!entry.saveError.isEmpty())
        tip += u'\n' + tr("Not saved: %1").arg(entry.saveError);
    setToolTip(tip);
    GraphicsAccessibility::describe(this, m_name, tip);
    setPreview(entry.spot.map.value_or(SpotPlacement{ 0, 0, 1, 1, 0 }));
    update();
}

void EditorSpotItem::setPreview(const SpotPlacement &map)
{
    prepareGeometryChange();
    m_map = map;
    setPos(placementCentre(map));
    setRotation(map.rotation);
}

void EditorSpotItem::setHandles(bool shown, qreal size)
{
    if (shown == m_handles && qFuzzyCompare(size, m_handleSize))
        return;
    prepareGeometryChange();
    m_handles = shown;
    m_handleSize = size;
}

QRectF EditorSpotItem::localRect() const
{
    return { -m_map.width / 2, -m_map.height / 2, m_map.width, m_map.height };
}

QPointF EditorSpotItem::rotateHandleCentre() const
{
    return { 0, -m_map.height / 2 - 3 * m_handleSize };
}

QPointF EditorSpotItem::cornerOf(Handle handle, const SpotPlacement &map)
{
    const double w = map.width / 2;
    const double h = map.height / 2;
    switch (handle) {
    case Handle::TopLeft:
        return { -w, -h };
    case Handle::TopRight:
        return { w, -h };
    case Handle::BottomRight:
        return { w, h };
    case Handle::BottomLeft:
        return { -w, h };
    default:
        return {};
    }
}

EditorSpotItem::Handle EditorSpotItem::oppositeOf(Handle handle)
{
    switch (handle) {
    case Handle::TopLeft:
        return Handle::BottomRight;
    case Handle::TopRight:
        return Handle::BottomLeft;
    case Handle::BottomRight:
        return Handle::TopLeft;
    case Handle::BottomLeft:
        return Handle::TopRight;
    default:
        return Handle::None;
    }
}

EditorSpotItem::Handle EditorSpotItem::handleAt(QPointF scenePos) const
{
    if (!m_handles)
        return Handle::None;
    const QPointF p = mapFromScene(scenePos);
    const qreal reach = m_handleSize; // generous: half a handle beyond its drawn square
    if (QLineF(p, rotateHandleCentre()).length() <= reach)
        return Handle::Rotate;
    for (Handle h :
         { Handle::TopLeft, Handle::TopRight, Handle::BottomRight, Handle::BottomLeft }) {
        const QPointF c = cornerOf(h, m_map);
        if (std::abs(p.x() - c.x()) <= reach && std::abs(p.y() - c.y()) <= reach)
            return h;
    }
    return Handle::None;
}

QRectF EditorSpotItem::boundingRect() const
{
    const qreal m = m_handles ? m_handleSize : 2;
    QRectF r = localRect().adjusted(-m, -m, m, m);
    if (m_handles)
        r.setTop(rotateHandleCentre().y() - m_handleSize);
    return r;
}

QPainterPath EditorSpotItem::shape() const
{
    QPainterPath path;
    path.addRect(localRect());
    return path;
}

void EditorSpotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *)
{
    const QPalette palette = QApplication::palette();
    const QRectF r = localRect();
    const qreal lod = option->levelOfDetailFromTransform(painter->worldTransform());
    const qreal px = 1 / std::max(lod, 0.01); // one screen pixel in item units

    QColor fill = m_active ? palette.color(QPalette::Highlight) : QColor(0x75, 0x75, 0x75);
    fill.setAlpha(90);
    painter->setBrush(fill);
    QPen outline(m_warning ? kWarning : palette.color(QPalette::WindowText), 1.5 * px);
    if (m_warning)
        outline.setStyle(Qt::DashLine);
    if (isSelected()) {
        outline.setColor(palette.color(QPalette::Highlight));
        outline.setWidthF(3 * px);
    }
    painter->setPen(outline);
    painter->drawRect(r);
    if (!m_active) {
        painter->setBrush(QBrush(QColor(0x42, 0x42, 0x42), Qt::BDiagPattern));
        painter->setPen(Qt::NoPen);
        painter->drawRect(r);
    }

    // The name, as large as fits, upright enough to read whatever the rotation.
    // Fonts take whole pixels: the text is laid out at 14 px and scaled to its size in the item.
    constexpr int kTextPixels = 14;
    const qreal textScale = std::min(r.height() * 0.4, kTextPixels * px) / kTextPixels;
    QFont font = QApplication::font();
    font.setPixelSize(kTextPixels);
    painter->save();
    painter->setFont(font);
    painter->setPen(palette.color(QPalette::WindowText));
    painter->scale(textScale, textScale);
    const QRectF textRect(r.topLeft() / textScale, r.size() / textScale);
    const QRectF inner = textRect.adjusted(3, 0, -3, 0);
    const QFontMetrics metrics = painter->fontMetrics();
    // Tall narrow spots (booths) get their name on two lines; elided only when that fails too.
    if (metrics.horizontalAdvance(m_name) > inner.width()
        && inner.height() > 2.4 * metrics.lineSpacing()
        && metrics.boundingRect(inner.toRect(), Qt::AlignCenter | Qt::TextWordWrap, m_name).width()
                <= inner.width()) {
        painter->drawText(inner, Qt::AlignCenter | Qt::TextWordWrap, m_name);
    } else {
        painter->drawText(inner, Qt::AlignCenter | Qt::TextSingleLine,
                          metrics.elidedText(m_name, Qt::ElideRight, int(inner.width())));
    }
    painter->restore();

    const qreal badge = std::min({ 10 * px, r.width() / 3, r.height() / 3 });
    if (m_dirty) {
        painter->setPen(Qt::NoPen);
        painter->setBrush(palette.color(QPalette::WindowText));
        painter->drawEllipse(QRectF(r.left() + badge / 2, r.top() + badge / 2, badge, badge));
    }
    if (m_warning) {
        const QRectF b(r.right() - 1.5 * badge, r.top() + badge / 2, badge, badge);
        QPolygonF triangle({ QPointF(b.center().x(), b.top()), b.bottomRight(), b.bottomLeft() });
        painter->setPen(Qt::NoPen);
        painter->setBrush(kWarning);
        painter->drawPolygon(triangle);
    }

    if (m_handles) {
        const qreal s = m_handleSize;
        painter->setPen(QPen(palette.color(QPalette::HighlightedText), px));
        painter->setBrush(palette.color(QPalette::Highlight));
        for (Handle h :
             { Handle::TopLeft, Handle::TopRight, Handle::BottomRight, Handle::BottomLeft }) {
            const QPointF c = cornerOf(h, m_map);
            painter->drawRect(QRectF(c.x() - s / 2, c.y() - s / 2, s, s));
        }
        painter->setPen(QPen(palette.color(QPalette::Highlight), px));
        painter->drawLine(QPointF(0, r.top()), rotateHandleCentre());
        painter->setPen(QPen(palette.color(QPalette::HighlightedText), px));
        painter->drawEllipse(rotateHandleCentre(), s / 2, s / 2);
    }
}

} // namespace ui
} // namespace coworking
