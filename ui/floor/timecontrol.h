#pragma once

#include "closures/closure.h"
#include "common/zonetime.h"

#include <QHash>
#include <QTime>
#include <QTimer>
#include <QWidget>

class QDateEdit;
class QLabel;
class QPushButton;
class QSlider;
class QToolButton;

namespace coworking {

class Clock;

namespace ui {

// Which moment the floor shows: "now" (following the clock), or any time of any local day of the
// coworking, chosen with a slider over that day's opening hours and a date picker. A day with
// special hours spans those; a day closed all day keeps the usual span, to look back at it.
class TimeControl final : public QWidget
{
    Q_OBJECT
public:
    explicit TimeControl(const Clock &clock, QWidget *parent = nullptr);

    void setCoworking(const ZoneTime &zone, QTime opensAt, QTime closesAt, int slotMinutes);
    // The coworking's closures (GET /coworkings/{id}/closures) of the days that may be shown.
    void setClosures(const QList<Closure> &closures);
    // The closure of a local day (closed, or special hours), if it has one.
    std::optional<Closure> closureOn(const QDate &localDay) const;
    // The shown day is closed all day: nothing can be booked on it.
    bool isClosed() const;
    // The opening hours of a local day (wall clock): its special hours, else the usual ones.
    std::pair<QTime, QTime> hoursOn(const QDate &localDay) const;
    QDateTime moment() const { return m_moment; } // UTC
    QDate day() const; // the coworking's local day shown
    bool followsNow() const { return m_followNow; }
    // The opening hours of the shown day, in UTC.
    QDateTime dayStart() const;
    QDateTime dayEnd() const;
    int slotMinutes() const { return m_slotMinutes; }

    QSlider *slider() const { return m_slider; }

public slots:
    void showNow();
    void showMoment(const QDateTime &utc);
    void showDay(const QDate &localDay);

signals:
    void momentChanged(const QDateTime &utc);
    // The shown local day, or its opening hours, changed: its bookings must be read (one
    // request per day).
    void dayChanged(const QDate &localDay);
    // The shown day's closure changed (another day, or the closures were read again).
    void closureChanged();

private:
    void setMomentInternal(const QDateTime &utc, bool followNow);
    void syncWidgets();
    QDateTime momentFromSlider(int value) const;

    const Clock &m_clock;
    ZoneTime m_zone;
    QTime m_opens = QTime(8, 0); // the usual hours
    QTime m_closes = QTime(20, 0);
    QHash<QDate, Closure> m_closures;
    int m_slotMinutes = 15;
    QDateTime m_moment;
    QDate m_day;
    bool m_followNow = true;
    QTimer m_tick;
    QToolButton *m_prev;
    QDateEdit *m_date;
    QToolButton *m_next;
    QSlider *m_slider;
    QLabel *m_time;
    QPushButton *m_now;
};

} // namespace ui
} // namespace coworking
