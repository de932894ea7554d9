#pragma once

#include "common/zonetime.h"
#include "floorbooking.h"

#include <QWidget>

namespace coworking {
namespace ui {

// A spot's day as a vertical strip: the hours of opening, each booking a block with its time and,
// for staff, the member's name; the shown moment as a line. Clicking a block selects the booking.
class DayStrip final : public QWidget
{
    Q_OBJECT
public:
    explicit DayStrip(QWidget *parent = nullptr);

    void setDay(const ZoneTime &zone, const QDateTime &start, const QDateTime &end);
    void setBookings(const QList<FloorBooking> &bookings, bool showMembers);
    void setMoment(const QDateTime &utc);
    void setSelectedBooking(const QString &bookingId);
    QString selectedBooking() const { return m_selected; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

signals:
    void bookingClicked(const QString &bookingId);
    void freeTimeClicked(const QDateTime &utc);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;

private:
    qreal yOf(const QDateTime &t) const;
    QDateTime timeAt(qreal y) const;
    QRectF blockRect(const FloorBooking &b) const;

    ZoneTime m_zone;
    QDateTime m_start;
    QDateTime m_end;
    QDateTime m_moment;
    QList<FloorBooking> m_bookings;
    QString m_selected;
    bool m_showMembers = false;
};

} // namespace ui
} // namespace coworking
