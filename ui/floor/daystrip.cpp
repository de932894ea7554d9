#include "daystrip.h"

#include "common/spotstate.h"

#include <QKeyEvent>
#include <QMouseEvent>
#include <QPainter>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {
constexpr int kHourLabelWidth = 44;
constexpr int kMargin = 6;
constexpr qreal kEdge = 6; // how near a block's lower edge a press resizes it
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

void DayStrip::setClosedNotice(const QString &notice)
{
    if (notice == m_closedNotice)
        return;
    m_closedNotice = notice;
    describeBookings();
    update();
}

void DayStrip::setBookings(const QList<FloorBooking> &bookings, bool showMembers)
{
    m_bookings = bookings;
    m_showMembers = showMembers;
    // A drag in progress keeps its preview; one whose booking went (cancelled elsewhere) ends.
    if (!m_previewId.isEmpty() && !bookingById(m_previewId))
        dropPreview();
    describeBookings();
    update();
}

void DayStrip::describeBookings()
{
    QStringList lines;
    for (const FloorBooking &b : std::as_const(m_bookings))
        lines.append(m_zone.range(b.range.from, b.range.until)
                     + (m_showMembers && !b.userName.isEmpty() ? u" "_s + b.userName : QString()));
    QString text = lines.isEmpty() ? tr("No bookings") : lines.join(u"; "_s);
    if (!m_closedNotice.isEmpty())
        text = m_closedNotice + u". "_s + text;
    if (m_editable && !lines.isEmpty())
        text += u". "_s
                + tr("Alt+Up and Alt+Down move the selected booking, Alt+Shift+Up and "
                     "Alt+Shift+Down change its end, Enter applies, Escape drops the change.");
    setAccessibleDescription(text);
}

void DayStrip::setEditable(bool editable, int slotMinutes)
{
    m_editable = editable;
    m_slotMinutes = qMax(5, slotMinutes);
    if (!editable)
        dropPreview();
    setMouseTracking(editable);
    describeBookings();
}

void DayStrip::finishChange(const QString &bookingId)
{
    if (bookingId == m_previewId)
        dropPreview();
}

const FloorBooking *DayStrip::bookingById(const QString &id) const
{
    for (const FloorBooking &b : m_bookings) {
        if (b.id == id)
            return &b;
    }
    return nullptr;
}

QRectF DayStrip::blockRectOf(const QString &bookingId) const
{
    const FloorBooking *b = bookingById(bookingId);
    return b ? blockRect(*b) : QRectF();
}

QDateTime DayStrip::snapped(const QDateTime &utc) const
{
    const QDateTime local = m_zone.toLocal(utc);
    const int slot = m_slotMinutes * 60;
    const int secs = local.time().msecsSinceStartOfDay() / 1000;
    const int rounded = (secs + slot / 2) / slot * slot;
    if (rounded >= 24 * 3600)
        return m_zone.toUtc(local.date().addDays(1), QTime(0, 0));
    return m_zone.toUtc(local.date(), QTime::fromMSecsSinceStartOfDay(rounded * 1000));
}

TimeRange DayStrip::changed(const TimeRange &original, qint64 delta, bool resize) const
{
    const qint64 slot = qint64(m_slotMinutes) * 60;
    if (resize) {
        QDateTime until = snapped(original.until.addSecs(delta));
        until = qBound(original.from.addSecs(slot), until, m_end);
        return { original.from, until };
    }
    const qint64 length = original.from.secsTo(original.until);
    QDateTime from = snapped(original.from.addSecs(delta));
    from = qBound(m_start, from, m_end.addSecs(-length));
    return { from, from.addSecs(length) };
}

void DayStrip::setPreview(const QString &bookingId, const TimeRange &range)
{
    m_previewId = bookingId;
    m_preview = range;
    if (const FloorBooking *b = bookingById(bookingId)) {
        setAccessibleName(tr("Bookings of the day: %1 to %2")
                                  .arg(m_zone.range(b->range.from, b->range.until),
                                       m_zone.range(range.from, range.until)));
    }
    update();
}

void DayStrip::commitPreview()
{
    const FloorBooking *b = bookingById(m_previewId);
    if (!b || m_preview == b->range) {
        dropPreview();
        return;
    }
    m_waiting = true;
    update();
    emit changeRequested(m_previewId, m_preview);
}

void DayStrip::dropPreview()
{
    m_previewId.clear();
    m_preview = {};
    m_waiting = false;
    m_drag = Drag::None;
    setAccessibleName(tr("Bookings of the day"));
    unsetCursor();
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
    return rangeRect(b.range);
}

QRectF DayStrip::rangeRect(const TimeRange &range) const
{
    const qreal top = yOf(range.from);
    const qreal bottom = yOf(range.until);
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
        const bool previewed = b.id == m_previewId && m_preview.isValid();
        // A block being changed is drawn where it would go; where it is stays as a ghost.
        if (previewed) {
            p.save();
            p.setOpacity(0.35);
            SpotStates::paintBody(p, blockRect(b), SpotState::Booked, palette(), false);
            p.restore();
        }
        const QRectF r = previewed ? rangeRect(m_preview) : blockRect(b);
        const SpotState s = b.checkedIn() ? SpotState::CheckedIn : SpotState::Booked;
        SpotStates::paintBody(p, r, s, palette(), b.id == m_selected);
        if (previewed) {
            p.setPen(QPen(palette().color(QPalette::Highlight), 2,
                          m_waiting ? Qt::DotLine : Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRect(r.adjusted(-1, -1, 1, 1));
        }
        p.setPen(SpotStates::look(s, palette()).label);
        const TimeRange shown = previewed ? m_preview : b.range;
        QString text = m_zone.range(shown.from, shown.until);
        if (m_showMembers && !b.userName.isEmpty())
            text += u"  "_s + b.userName;
        p.drawText(r.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine,
                   p.fontMetrics().elidedText(text, Qt::ElideRight, int(r.width() - 8)));
    }
    if (!m_closedNotice.isEmpty()) {
        // Hatched like an inactive spot: nothing on this day can be booked.
        const QRectF area(kHourLabelWidth, kMargin, width() - kHourLabelWidth - kMargin,
                          height() - 2 * kMargin);
        p.fillRect(area, QBrush(palette().color(QPalette::Mid), Qt::BDiagPattern));
        const QRectF box = area.adjusted(8, 0, -8, 0);
        QFont bold = p.font();
        bold.setBold(true);
        p.setFont(bold);
        const QRectF textRect =
                p.boundingRect(box, Qt::AlignCenter | Qt::TextWordWrap, m_closedNotice);
        p.fillRect(textRect.adjusted(-6, -4, 6, 4), palette().base());
        p.setPen(palette().color(QPalette::Text));
        p.drawText(box, Qt::AlignCenter | Qt::TextWordWrap, m_closedNotice);
        p.setFont(font());
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
        const QRectF r = blockRect(b);
        // The lower edge is grabbed a little outside the block too: short blocks are thin.
        const bool onEdge = m_editable && qAbs(event->position().y() - r.bottom()) <= kEdge
                && event->position().x() >= r.left() && event->position().x() <= r.right();
        if (r.contains(event->position()) || onEdge) {
            // A copy: the click's receivers may hand this strip a new list of bookings.
            const FloorBooking hit = b;
            setSelectedBooking(hit.id);
            emit bookingClicked(hit.id);
            if (m_editable && !m_waiting && event->button() == Qt::LeftButton) {
                m_drag = onEdge ? Drag::Resize : Drag::Move;
                m_pressAt = event->position();
                setPreview(hit.id, hit.range);
                setCursor(onEdge ? Qt::SizeVerCursor : Qt::ClosedHandCursor);
            }
            return;
        }
    }
    if (m_start.isValid())
        emit freeTimeClicked(timeAt(event->position().y()));
}

void DayStrip::mouseMoveEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None) {
        if (!m_editable || m_waiting)
            return;
        // Say what a press would do here.
        for (const FloorBooking &b : std::as_const(m_bookings)) {
            const QRectF r = blockRect(b);
            if (qAbs(event->position().y() - r.bottom()) <= kEdge
                && event->position().x() >= r.left() && event->position().x() <= r.right()) {
                setCursor(Qt::SizeVerCursor);
                return;
            }
            if (r.contains(event->position())) {
                setCursor(Qt::OpenHandCursor);
                return;
            }
        }
        unsetCursor();
        return;
    }
    const FloorBooking *b = bookingById(m_previewId);
    if (!b)
        return dropPreview();
    const qreal h = qMax<qreal>(1, height() - 2 * kMargin);
    const qint64 delta =
            qint64(qreal(m_start.secsTo(m_end)) * (event->position().y() - m_pressAt.y()) / h);
    setPreview(b->id, changed(b->range, delta, m_drag == Drag::Resize));
}

void DayStrip::mouseReleaseEvent(QMouseEvent *event)
{
    if (m_drag == Drag::None || event->button() != Qt::LeftButton)
        return;
    m_drag = Drag::None;
    unsetCursor();
    commitPreview();
}

void DayStrip::keyPressEvent(QKeyEvent *event)
{
    const bool alt = event->modifiers().testFlag(Qt::AltModifier);
    const bool shift = event->modifiers().testFlag(Qt::ShiftModifier);
    const int step = event->key() == Qt::Key_Up ? -1 : event->key() == Qt::Key_Down ? 1 : 0;
    if (step != 0 && !alt) {
        // Up and Down walk the day's bookings.
        int i = -1;
        for (int k = 0; k < m_bookings.size(); ++k) {
            if (m_bookings.at(k).id == m_selected)
                i = k;
        }
        const int next = qBound(0, i < 0 ? 0 : i + step, int(m_bookings.size()) - 1);
        if (next >= 0 && next < m_bookings.size()) {
            setSelectedBooking(m_bookings.at(next).id);
            emit bookingClicked(m_selected);
        }
        return;
    }
    const FloorBooking *b = bookingById(m_selected);
    if (step != 0 && alt && m_editable && !m_waiting && b) {
        const TimeRange base = m_previewId == b->id && m_preview.isValid() ? m_preview : b->range;
        const qint64 slot = qint64(m_slotMinutes) * 60 * step;
        setPreview(b->id,
                   shift ? changed({ b->range.from, base.until }, slot, true)
                         : changed(base, slot, false));
        return;
    }
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && !m_previewId.isEmpty()
        && !m_waiting) {
        commitPreview();
        return;
    }
    if (event->key() == Qt::Key_Escape && !m_previewId.isEmpty() && !m_waiting) {
        dropPreview();
        return;
    }
    QWidget::keyPressEvent(event);
}

} // namespace ui
} // namespace coworking
