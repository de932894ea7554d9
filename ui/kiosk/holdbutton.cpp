#include "holdbutton.h"

#include "kioskmetrics.h"

#include <QMouseEvent>
#include <QPainter>

namespace coworking {
namespace ui {

HoldButton::HoldButton(QWidget *parent) : QWidget(parent)
{
    // Touches arrive as synthesised mouse presses; one repaint per frame is enough for the ring.
    m_ticker.setInterval(30);
    connect(&m_ticker, &QTimer::timeout, this, &HoldButton::tick);
    setAccessibleName(tr("Staff: press and hold to leave the kiosk"));
    setToolTip(accessibleName());
}

QSize HoldButton::sizeHint() const
{
    const int side = KioskMetrics::px(this, KioskMetrics::kTarget);
    return { side, side };
}

double HoldButton::progress() const
{
    if (!m_clock.isValid())
        return 0;
    return qBound(0.0, double(m_clock.elapsed()) / m_duration, 1.0);
}

void HoldButton::mousePressEvent(QMouseEvent *event)
{
    if (event->button() != Qt::LeftButton)
        return;
    m_clock.start();
    m_ticker.start();
    update();
}

void HoldButton::mouseReleaseEvent(QMouseEvent *)
{
    cancel();
}

void HoldButton::tick()
{
    if (progress() >= 1.0) {
        cancel();
        emit held();
        return;
    }
    update();
}

void HoldButton::cancel()
{
    m_ticker.stop();
    m_clock.invalidate();
    update();
}

void HoldButton::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const qreal side = qMin(width(), height());
    const QRectF ring = QRectF((width() - side) / 2, (height() - side) / 2, side, side)
                                .adjusted(side * 0.12, side * 0.12, -side * 0.12, -side * 0.12);
    // A small padlock, faint until touched.
    QColor ink = palette().color(QPalette::WindowText);
    ink.setAlphaF(isHeld() ? 1.0 : 0.35);
    p.setPen(QPen(ink, qMax<qreal>(2, side / 24)));
    const QRectF body(ring.center().x() - side * 0.14, ring.center().y() - side * 0.02, side * 0.28,
                      side * 0.2);
    p.drawRoundedRect(body, 2, 2);
    p.drawArc(QRectF(body.left() + side * 0.04, body.top() - side * 0.14, side * 0.2, side * 0.26),
              0, 180 * 16);
    if (isHeld()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), qMax<qreal>(3, side / 12),
                      Qt::SolidLine, Qt::RoundCap));
        p.drawArc(ring, 90 * 16, -int(progress() * 360 * 16));
    }
}

} // namespace ui
} // namespace coworking
