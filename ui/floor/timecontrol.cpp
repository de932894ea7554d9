#include "timecontrol.h"

#include "common/clock.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolButton>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

TimeControl::TimeControl(const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_clock(clock),
      m_prev(new QToolButton(this)),
      m_date(new QDateEdit(this)),
      m_next(new QToolButton(this)),
      m_slider(new QSlider(Qt::Horizontal, this)),
      m_time(new QLabel(this)),
      m_now(new QPushButton(tr("&Now"), this))
{
    m_prev->setArrowType(Qt::LeftArrow);
    m_prev->setToolTip(tr("Previous day"));
    m_prev->setAccessibleName(tr("Previous day"));
    m_next->setArrowType(Qt::RightArrow);
    m_next->setToolTip(tr("Next day"));
    m_next->setAccessibleName(tr("Next day"));
    m_date->setCalendarPopup(true);
    m_date->setAccessibleName(tr("Day shown"));
    m_slider->setAccessibleName(tr("Time shown"));
    m_slider->setPageStep(4);
    m_slider->setTickPosition(QSlider::TicksBelow);
    m_slider->setMinimumWidth(240);
    m_time->setMinimumWidth(m_time->fontMetrics().horizontalAdvance(u"00:00 (Europe/Moscow)"_s));
    m_now->setToolTip(tr("Show the floor now and follow the clock"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_prev);
    layout->addWidget(m_date);
    layout->addWidget(m_next);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_time);
    layout->addWidget(m_now);

    connect(m_prev, &QToolButton::clicked, this, [this] { showDay(day().addDays(-1)); });
    connect(m_next, &QToolButton::clicked, this, [this] { showDay(day().addDays(1)); });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) { showDay(d); });
    connect(m_slider, &QSlider::valueChanged, this,
            [this](int v) { setMomentInternal(momentFromSlider(v), false); });
    connect(m_now, &QPushButton::clicked, this, &TimeControl::showNow);
    // Following "now" moves the map as time passes (starts soon, bookings ending).
    m_tick.setInterval(20'000);
    connect(&m_tick, &QTimer::timeout, this, [this] {
        if (m_followNow)
            setMomentInternal(m_clock.now(), true);
    });
    m_tick.start();
    m_moment = m_clock.now();
    m_day = m_zone.localDate(m_moment);
    syncWidgets();
}

void TimeControl::setCoworking(const ZoneTime &zone, QTime opensAt, QTime closesAt, int slotMinutes)
{
    m_zone = zone;
    m_opens = opensAt.isValid() ? opensAt : QTime(0, 0);
    m_closes = closesAt.isValid() && closesAt > m_opens ? closesAt : QTime(23, 59);
    m_slotMinutes = qMax(5, slotMinutes);
    m_closures.clear(); // another coworking's: its own are read next
    m_day = m_zone.localDate(m_moment);
    syncWidgets();
}

void TimeControl::setClosures(const QList<Closure> &closures)
{
    const std::optional<Closure> before = closureOn(m_day);
    const auto hoursBefore = hoursOn(m_day);
    m_closures.clear();
    for (const Closure &c : closures)
        m_closures.insert(c.date, c);
    syncWidgets();
    if (hoursOn(m_day) != hoursBefore)
        emit dayChanged(m_day);
    if (closureOn(m_day) != before)
        emit closureChanged();
}

std::optional<Closure> TimeControl::closureOn(const QDate &localDay) const
{
    const auto it = m_closures.constFind(localDay);
    return it == m_closures.cend() ? std::nullopt : std::optional<Closure>(*it);
}

bool TimeControl::isClosed() const
{
    const std::optional<Closure> c = closureOn(m_day);
    return c && c->closedAllDay();
}

std::pair<QTime, QTime> TimeControl::hoursOn(const QDate &localDay) const
{
    const std::optional<Closure> c = closureOn(localDay);
    if (!c || c->closedAllDay())
        return { m_opens, m_closes };
    // Hours past midnight end the strip at the day's end, as the usual hours do.
    return { c->opensAt, c->closesAt > c->opensAt ? c->closesAt : QTime(23, 59) };
}

QDate TimeControl::day() const
{
    return m_day;
}

QDateTime TimeControl::dayStart() const
{
    return m_zone.toUtc(m_day, hoursOn(m_day).first);
}

QDateTime TimeControl::dayEnd() const
{
    return m_zone.toUtc(m_day, hoursOn(m_day).second);
}

void TimeControl::showNow()
{
    setMomentInternal(m_clock.now(), true);
}

void TimeControl::showMoment(const QDateTime &utc)
{
    setMomentInternal(utc, false);
}

void TimeControl::showDay(const QDate &localDay)
{
    if (!localDay.isValid() || localDay == m_day)
        return;
    // The same time of day on the other day, kept inside that day's opening hours.
    QTime t = m_zone.toLocal(m_moment).time();
    const auto [opens, closes] = hoursOn(localDay);
    if (t < opens || t >= closes)
        t = opens;
    setMomentInternal(m_zone.toUtc(localDay, t), false);
}

void TimeControl::setMomentInternal(const QDateTime &utc, bool followNow)
{
    const QDate oldDay = m_day;
    const bool changed = utc != m_moment;
    m_moment = utc;
    m_followNow = followNow;
    m_day = m_zone.localDate(utc);
    syncWidgets();
    if (m_day != oldDay)
        emit dayChanged(m_day);
    if (changed)
        emit momentChanged(m_moment);
    if (m_day != oldDay && (closureOn(m_day) || closureOn(oldDay)))
        emit closureChanged();
}

QDateTime TimeControl::momentFromSlider(int value) const
{
    return dayStart().addSecs(qint64(value) * m_slotMinutes * 60);
}

void TimeControl::syncWidgets()
{
    const QSignalBlocker b1(m_slider);
    const QSignalBlocker b2(m_date);
    const int steps = int(dayStart().secsTo(dayEnd()) / (m_slotMinutes * 60));
    m_slider->setRange(0, qMax(0, steps));
    m_slider->setTickInterval(qMax(1, 60 / m_slotMinutes));
    m_slider->setValue(int(dayStart().secsTo(m_moment) / (m_slotMinutes * 60)));
    m_date->setDate(m_day);
    m_date->setDisplayFormat(m_zone.locale().dateFormat(QLocale::ShortFormat));
    m_time->setText(m_zone.withZone(m_zone.time(m_moment)));
    m_now->setEnabled(!m_followNow);
    m_slider->setAccessibleDescription(m_zone.dateTime(m_moment));
}

} // namespace ui
} // namespace coworking
