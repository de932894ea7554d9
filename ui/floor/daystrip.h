#pragma once

#include "common/zonetime.h"
#include "floorbooking.h"

#include <QWidget>

namespace coworking {
namespace ui {

// A spot's day as a vertical strip: the hours of opening, each booking a block with its time and,
// for staff, the member's name; the shown moment as a line. Clicking a block selects the booking.
// When editable (staff), dragging a block's body moves it in time and dragging its lower edge
// extends or shortens it, snapped to the coworking's slot grid, with a preview; the keyboard does
// the same (Alt+Up/Down moves, Alt+Shift+Up/Down changes the end, Enter asks, Escape drops).
// The strip only asks (changeRequested); it shows the preview until finishChange() tells the
// server's answer, and springs back when the change was refused.
class DayStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit DayStrip(QWidget *parent = nullptr);

    void setDay(const ZoneTime &zone, const QDateTime &start, const QDateTime &end);
    void setBookings(const QList<FloorBooking> &bookings, bool showMembers);
    void setMoment(const QDateTime &utc);
    // The day is closed all day: the strip says so (`notice`, with the reason) instead of hours
    // to book; empty for an open day.
    void setClosedNotice(const QString &notice);
    QString closedNotice() const { return m_closedNotice; }
    void setSelectedBooking(const QString &bookingId);
    void setEditable(bool editable, int slotMinutes);
    bool isEditable() const { return m_editable; }
    // The server answered the change asked for `bookingId`: the preview goes either way (a
    // moved booking comes back through setBookings).
    void finishChange(const QString &bookingId);
    // The range being previewed (dragged, keyed or waiting for the answer); invalid when none.
    TimeRange preview() const { return m_preview; }
    QString previewBookingId() const { return m_previewId; }
    // Where a booking's block is drawn, in widget coordinates (tests, accessibility).
    QRectF blockRectOf(const QString &bookingId) const;
    QString selectedBooking() const { return m_selected; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void bookingClicked(const QString &bookingId);
    void freeTimeClicked(const QDateTime &utc);
    // Move (or resize) `bookingId` to `range`, asked by a drop or Enter.
    void changeRequested(const QString &bookingId, const coworking::TimeRange &range);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    qreal yOf(const QDateTime &t) const;
    QDateTime timeAt(qreal y) const;
    QRectF blockRect(const FloorBooking &b) const;
    QRectF rangeRect(const TimeRange &range) const;
    const FloorBooking *bookingById(const QString &id) const;
    // The nearest time on the slot grid (local wall clock, multiples of the slot from midnight).
    QDateTime snapped(const QDateTime &utc) const;
    // `original` shifted (Move) or its end set (Resize) by `delta` seconds, snapped and kept
    // inside the day with at least one slot.
    TimeRange changed(const TimeRange &original, qint64 delta, bool resize) const;
    void setPreview(const QString &bookingId, const TimeRange &range);
    void commitPreview();
    void dropPreview();
    void describeBookings();

    enum class Drag { None, Move, Resize };

    ZoneTime m_zone;
    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_moment;
    QList<FloorBooking> m_bookings;
    QString m_selected;
    bool m_showMembers = false;
    QString m_closedNotice;
    bool m_editable = false;
    int m_slotMinutes = 15;
    Drag m_drag = Drag::None;
    QPointF m_pressAt;
    TimeRange m_preview;
    QString m_previewId;
    bool m_waiting = false; // the preview was asked for; the server has not answered yet
};

} // namespace ui
} // namespace coworking
