#include "daystrip.h"

#include "common/spotstate.h"

#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {
constexpr int kHourLabelWidth = 44;
constexpr int kMargin = 6;
} // namespace

DayStrip::DayStrip(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Bookings of the day"));
    setFocusPolicy(Qt::StrongFocus);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
}

void DayStrip::setDay(const ZoneTime &zone, const QDateTime &start, const QDateTime &end)
{
    m_zone = zone;
    m_start = start;
    m_end = end;
    update();
}

void DayStrip::setBookings(const QList<FloorBooking> &bookings, bool showMembers)
{
    m_bookings = bookings;
    m_showMembers = showMembers;
    QStringList lines;
    for (const FloorBooking &b : bookings)
        lines.append(m_zone.range(b.range.from, b.range.until)
                     + (showMembers && !b.userName.isEmpty() ? u" "_s + b.userName : QString()));
    setAccessibleDescription(lines.isEmpty() ? tr("No bookings") : lines.join(u"; "_s));
    update();
}

void DayStrip::setMoment(const QDateTime &utc)
{
    m_moment = utc;
    update();
}

void DayStrip::setSelectedBooking(const QString &bookingId)
{
    m_selected = bookingId;
    update();
}

QSize DayStrip::sizeHint() const
{
    return { 220, 420 };
}

QSize DayStrip::minimumSizeHint() const
{
    return { 160, 200 };
}

qreal DayStrip::yOf(const QDateTime &t) const
{
    const qint64 total = qMax<qint64>(1, m_start.secsTo(m_end));
    const qreal h = height() - 2 * kMargin;
    return kMargin + h * qBound<qreal>(0, qreal(m_start.secsTo(t)) / qreal(total), 1);
}

QDateTime DayStrip::timeAt(qreal y) const
{
    const qint64 total = m_start.secsTo(m_end);
    const qreal h = height() - 2 * kMargin;
    return m_start.addSecs(qint64(total * qBound<qreal>(0, (y - kMargin) / h, 1)));
}

QRectF DayStrip::blockRect(const FloorBooking &b) const
{
    const qreal top = yOf(b.range.from);
    const qreal bottom = yOf(b.range.until);
    return { qreal(kHourLabelWidth + 4), top + 1, qreal(width() - kHourLabelWidth - 4 - kMargin),
             qMax<qreal>(4, bottom - top - 2) };
}

void DayStrip::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(rect(), palette().base());
    if (!m_start.isValid() || m_start >= m_end)
        return;
    // Hour lines and labels in the coworking's zone.
    p.setPen(palette().color(QPalette::Mid));
    QDateTime hour = m_zone.toLocal(m_start);
    hour.setTime(QTime(hour.time().hour(), 0));
    for (QDateTime t = hour.toUTC(); t <= m_end; t = t.addSecs(3600)) {
        if (t < m_start)
            continue;
        const qreal y = yOf(t);
        p.setPen(palette().color(QPalette::Mid));
        p.drawLine(QPointF(kHourLabelWidth, y), QPointF(width() - kMargin, y));
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(0, y - 8, kHourLabelWidth - 4, 16), Qt::AlignRight | Qt::AlignVCenter,
                   m_zone.time(t));
    }
    for (const FloorBooking &b : std::as_const(m_bookings)) {
        const QRectF r = blockRect(b);
        const SpotState s = b.checkedIn() ? SpotState::CheckedIn : SpotState::Booked;
        SpotStates::paintBody(p, r, s, palette(), b.id == m_selected);
        p.setPen(SpotStates::look(s, palette()).label);
        QString text = m_zone.range(b.range.from, b.range.until);
        if (m_showMembers && !b.userName.isEmpty())
            text += u"  "_s + b.userName;
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 8)));
    }
    if (m_moment >= m_start && m_moment <= m_end) {
        const qreal y = yOf(m_moment);
        p.setPen(QPen(palette().color(QPalette::Highlight), 2));
        p.drawLine(QPointF(kHourLabelWidth - 4, y), QPointF(width() - kMargin, y));
    }
    if (hasFocus()) {
        p.setPen(QPen(palette().color(QPalette::Highlight), 1, Qt::DotLine));
        p.drawRect(rect().adjusted(0, 0, -1, -1));
    }
}

void DayStrip::mousePressEvent(QMouseEvent *event)
{
    for (const FloorBooking &b : std::as_const(m_bookings)) {
        if (blockRect(b).contains(event->position())) {
            setSelectedBooking(b.id);
            emit bookingClicked(b.id);
            return;
        }
    }
    if (m_start.isValid())
        emit freeTimeClicked(timeAt(event->position().y()));
}

} // namespace ui
} // namespace coworking
