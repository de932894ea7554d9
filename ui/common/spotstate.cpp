#include "spotstate.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace coworking {
namespace ui {

SpotLook SpotStates::look(SpotState state, const QPalette &palette)
{
    const bool dark = palette.color(QPalette::Window).lightness() < 128;
    // A dark outline on a light theme, a light one on a dark theme: visible against the window.
    const QColor outline = dark ? QColor(0xf5, 0xf5, 0xf5) : QColor(0x21, 0x21, 0x21);
    switch (state) {
    case SpotState::Free:
        return { QColor(0x2e, 0x7d, 0x32), Qt::white, outline, false };
    case SpotState::StartsSoon:
        return { QColor(0xf9, 0xa8, 0x25), QColor(0x21, 0x21, 0x21), outline, false };
    case SpotState::Booked:
        return { QColor(0xc6, 0x28, 0x28), Qt::white, outline, false };
    case SpotState::CheckedIn:
        return { QColor(0x15, 0x65, 0xc0), Qt::white, outline, false };
    case SpotState::Inactive:
        return { QColor(0x61, 0x61, 0x61), Qt::white, outline, true };
    }
    return {};
}

QString SpotStates::name(SpotState state)
{
    switch (state) {
    case SpotState::Free:
        return tr("Free");
    case SpotState::StartsSoon:
        return tr("Starts soon");
    case SpotState::Booked:
        return tr("Booked");
    case SpotState::CheckedIn:
        return tr("Checked in");
    case SpotState::Inactive:
        return tr("Inactive");
    }
    return {};
}

QString SpotStates::description(SpotState state)
{
    switch (state) {
    case SpotState::Free:
        return tr("Free at the shown time");
    case SpotState::StartsSoon:
        return tr("Free now, booked within 30 minutes");
    case SpotState::Booked:
        return tr("A booking covers the shown time");
    case SpotState::CheckedIn:
        return tr("Booked, and the person is here");
    case SpotState::Inactive:
        return tr("Not bookable");
    }
    return {};
}

void SpotStates::paintBadge(QPainter &painter, const QRectF &rect, SpotState state)
{
    if (state == SpotState::Free || rect.width() < 4)
        return;
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal d = qMin(rect.width(), rect.height());
    const QRectF r(rect.center().x() - d / 2, rect.center().y() - d / 2, d, d);
    painter.setPen(QPen(QColor(0x21, 0x21, 0x21), qMax(1.0, d / 14)));
    painter.setBrush(Qt::white);
    painter.drawEllipse(r);
    QPen ink(QColor(0x21, 0x21, 0x21), qMax(1.2, d / 8), Qt::SolidLine, Qt::RoundCap,
             Qt::RoundJoin);
    painter.setPen(ink);
    painter.setBrush(Qt::NoBrush);
    const QPointF c = r.center();
    const qreal u = d / 10;
    switch (state) {
    case SpotState::StartsSoon: // clock hands
        painter.drawLine(c, c + QPointF(0, -3 * u));
        painter.drawLine(c, c + QPointF(2.2 * u, 0));
        break;
    case SpotState::Booked: { // a person: head and shoulders
        painter.setPen(Qt::NoPen);
        painter.setBrush(QColor(0x21, 0x21, 0x21));
        painter.drawEllipse(c + QPointF(0, -1.6 * u), 1.6 * u, 1.6 * u);
        QPainterPath body;
        body.moveTo(c + QPointF(-3 * u, 3.2 * u));
        body.cubicTo(c + QPointF(-3 * u, 0.4 * u), c + QPointF(3 * u, 0.4 * u),
                     c + QPointF(3 * u, 3.2 * u));
        body.closeSubpath();
        painter.drawPath(body);
        break;
    }
    case SpotState::CheckedIn: { // a tick
        QPainterPath tick;
        tick.moveTo(c + QPointF(-2.8 * u, 0.2 * u));
        tick.lineTo(c + QPointF(-0.8 * u, 2.4 * u));
        tick.lineTo(c + QPointF(3 * u, -2.2 * u));
        painter.drawPath(tick);
        break;
    }
    case SpotState::Inactive: // a slash
        painter.drawLine(c + QPointF(-2.8 * u, 2.8 * u), c + QPointF(2.8 * u, -2.8 * u));
        break;
    case SpotState::Free:
        break;
    }
    painter.restore();
}

void SpotStates::paintBody(QPainter &painter, const QRectF &rect, SpotState state,
                           const QPalette &palette, bool selected)
{
    const SpotLook l = look(state, palette);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(l.fill);
    painter.drawRoundedRect(rect, 3, 3);
    if (l.hatched) {
        painter.setBrush(QBrush(QColor(255, 255, 255, 110), Qt::BDiagPattern));
        painter.drawRoundedRect(rect, 3, 3);
    }
    if (selected) {
        painter.setPen(QPen(palette.color(QPalette::Highlight), 4));
        painter.setBrush(Qt::NoBrush);
        painter.drawRoundedRect(rect.adjusted(-2, -2, 2, 2), 4, 4);
    }
    painter.setPen(QPen(l.outline, 1.5));
    painter.setBrush(Qt::NoBrush);
    painter.drawRoundedRect(rect, 3, 3);
    painter.restore();
}

QIcon SpotStates::icon(SpotState state, const QPalette &palette, int size)
{
    QIcon result;
    for (const int scale : { 1, 2 }) {
        QPixmap pixmap(size * scale, size * scale);
        pixmap.fill(Qt::transparent);
        QPainter p(&pixmap);
        const QRectF body(1, 1, size * scale - 2, size * scale - 2);
        paintBody(p, body, state, palette, false);
        paintBadge(p,
                   body.adjusted(body.width() * 0.2, body.height() * 0.2, -body.width() * 0.2,
                                 -body.height() * 0.2),
                   state);
        p.end();
        result.addPixmap(pixmap);
    }
    return result;
}

} // namespace ui
} // namespace coworking
