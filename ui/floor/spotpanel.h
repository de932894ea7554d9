#pragma once

#include "floorbooking.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QToolButton;

namespace coworking {
namespace ui {

class DayStrip;
class FloorModel;
class TimeControl;

// The side panel of the selected spot: its name and state, its day as a strip of bookings, and
// the front-desk actions on the booking chosen in the strip (by default the one at the shown
// moment). It only asks (signals); the floor's controller talks to the server.
class SpotPanel final : public QWidget
{
    Q_OBJECT
public:
    SpotPanel(FloorModel *model, TimeControl *time, QWidget *parent = nullptr);

    void setSpot(const QString &spotId);
    QString spotId() const { return m_spotId; }
    QString bookingId() const { return m_bookingId; }
    void selectBooking(const QString &bookingId);
    // Staff get the actions; others see the strip alone (buttons disabled with the reason).
    void setStaff(bool staff, const QString &reason = {});
    void setBusy(bool busy);

    QPushButton *bookButton() const { return m_book; }
    QLabel *stateLabel() const { return m_state; } // the spot's state in words
    QPushButton *checkInButton() const { return m_checkIn; }
    QPushButton *cancelButton() const { return m_cancel; }
    QPushButton *moveButton() const { return m_move; }
    QToolButton *extendButton() const { return m_extend; }
    DayStrip *strip() const { return m_strip; }

signals:
    void bookRequested(const QString &spotId, const QDateTime &from);
    void checkInRequested(const QString &bookingId);
    void cancelRequested(const QString &bookingId);
    void moveRequested(const QString &bookingId);
    void extendRequested(const QString &bookingId, int minutes);

private:
    void refresh();
    void updateButtons();

    FloorModel *m_model;
    TimeControl *m_time;
    QString m_spotId;
    QString m_bookingId;
    bool m_staff = false;
    bool m_busy = false;
    QString m_staffReason;
    QLabel *m_title;
    QLabel *m_state;
    QLabel *m_description;
    QLabel *m_booking;
    DayStrip *m_strip;
    QPushButton *m_book;
    QPushButton *m_checkIn;
    QPushButton *m_cancel;
    QPushButton *m_move;
    QToolButton *m_extend;
};

} // namespace ui
} // namespace coworking
