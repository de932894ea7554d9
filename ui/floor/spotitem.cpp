#include "spotitem.h"

#include "common/graphicsaccessibility.h"

#include <QFontMetricsF>
#include <QPainter>
#include <QStyleOptionGraphicsItem>

namespace coworking {
namespace ui {

SpotItem::SpotItem(QString spotId) : m_spotId(std::move(spotId))
{
    setFlags(ItemIsSelectable | ItemIsFocusable);
    setAcceptHoverEvents(true);
    setCacheMode(DeviceCoordinateCache);
}

QRectF SpotItem::boundingRect() const
{
    // Room for the selection outline drawn outside the body.
    return m_rect.adjusted(-4, -4, 4, 4);
}

QPainterPath SpotItem::shape() const
{
    QPainterPath path;
    path.addRect(m_rect);
    return path;
}

void SpotItem::paint(QPainter *painter, const QStyleOptionGraphicsItem *option, QWidget *widget)
{
    Q_UNUSED(widget);
    const bool selected = option->state & QStyle::State_Selected;
    SpotStates::paintBody(*painter, m_rect, m_state, m_palette, selected);
    const SpotLook look = SpotStates::look(m_state, m_palette);
    const qreal side = qMin(m_rect.width(), m_rect.height());
    const qreal badge = qBound<qreal>(8, side * 0.42, 28);
    QRectF textRect = m_rect.adjusted(3, 2, -3, -2);
    if (m_state != SpotState::Free) {
        const QRectF badgeRect(m_rect.right() - badge - 2, m_rect.top() + 2, badge, badge);
        SpotStates::paintBadge(*painter, badgeRect, m_state);
        if (m_rect.height() < badge * 2.2)
            textRect.setRight(badgeRect.left() - 1);
        else
            textRect.setTop(badgeRect.bottom());
    }
    // The name at a size that fits the spot; tiny spots show the badge alone.
    QFont font = painter->font();
    font.setPointSizeF(qBound<qreal>(4, side * 0.28, 14));
    font.setBold(true);
    const QFontMetricsF metrics(font);
    if (textRect.height() < metrics.height() * 0.8
        || textRect.width() < metrics.averageCharWidth() * 2)
        return;
    painter->setFont(font);
    painter->setPen(look.label);
    // Two short words ("Phone booth 1") wrap before they are cut short.
    const QRectF wrapped =
            metrics.boundingRect(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_name);
    if (wrapped.height() <= textRect.height() && wrapped.width() <= textRect.width())
        painter->drawText(textRect, Qt::AlignCenter | Qt::TextWordWrap, m_name);
    else
        painter->drawText(textRect, Qt::AlignCenter,
                          metrics.elidedText(m_name, Qt::ElideRight, textRect.width()));
}

void SpotItem::sync(const QString &name, SpotState state, const QString &stateName,
                    const QRectF &geometry, double rotation, const QString &toolTip,
                    const QString &accessibleText)
{
    const QRectF local(-geometry.width() / 2, -geometry.height() / 2, geometry.width(),
                       geometry.height());
    if (local != m_rect)
        prepareGeometryChange();
    m_rect = local;
    m_name = name;
    m_state = state;
    m_accessibleText = accessibleText;
    GraphicsAccessibility::describe(this, tr("%1, %2").arg(name, stateName), accessibleText);
    setPos(geometry.center());
    setRotation(rotation);
    setToolTip(toolTip);
    update();
}

void SpotItem::setPalette(const QPalette &palette)
{
    m_palette = palette;
    update();
}

} // namespace ui
} // namespace coworking
