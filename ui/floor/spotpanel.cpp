#include "spotpanel.h"

#include "common/closuretext.h"
#include "daystrip.h"
#include "floormodel.h"
#include "timecontrol.h"

#include <QGridLayout>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

SpotPanel::SpotPanel(FloorModel *model, TimeControl *time, QWidget *parent)
    : QWidget(parent),
      m_model(model),
      m_time(time),
      m_title(new QLabel(this)),
      m_state(new QLabel(this)),
      m_description(new QLabel(this)),
      m_booking(new QLabel(this)),
      m_strip(new DayStrip(this)),
      m_book(new QPushButton(tr("&Book for…"), this)),
      m_checkIn(new QPushButton(tr("Check &in"), this)),
      m_cancel(new QPushButton(tr("&Cancel…"), this)),
      m_move(new QPushButton(tr("&Move…"), this)),
      m_extend(new QToolButton(this))
{
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_title->setFont(big);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_description->setWordWrap(true);
    m_booking->setWordWrap(true);
    m_booking->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_extend->setText(tr("E&xtend"));
    m_extend->setPopupMode(QToolButton::InstantPopup);
    m_extend->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_extend->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    auto *extendMenu = new QMenu(m_extend);
    for (const int minutes : { 15, 30, 60, 120 }) {
        QAction *a = extendMenu->addAction(tr("By %n minute(s)", nullptr, minutes));
        connect(a, &QAction::triggered, this,
                [this, minutes] { emit extendRequested(m_bookingId, minutes); });
    }
    m_extend->setMenu(extendMenu);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_state);
    layout->addWidget(m_description);
    layout->addWidget(m_strip, 1);
    layout->addWidget(m_booking);
    auto *buttons = new QGridLayout;
    // The first action of a free spot and the first of a taken one each get a whole row.
    buttons->addWidget(m_book, 0, 0, 1, 2);
    buttons->addWidget(m_checkIn, 1, 0, 1, 2);
    buttons->addWidget(m_move, 2, 0);
    buttons->addWidget(m_extend, 2, 1);
    buttons->addWidget(m_cancel, 3, 0, 1, 2);
    layout->addLayout(buttons);
    setMinimumWidth(280);

    connect(m_book, &QPushButton::clicked, this, [this] {
        // From the strip's free time clicked, else the shown moment rounded by the dialog.
        emit bookRequested(m_spotId, m_time->moment());
    });
    connect(m_checkIn, &QPushButton::clicked, this, [this] { emit checkInRequested(m_bookingId); });
    connect(m_cancel, &QPushButton::clicked, this, [this] { emit cancelRequested(m_bookingId); });
    connect(m_move, &QPushButton::clicked, this, [this] { emit moveRequested(m_bookingId); });
    connect(m_strip, &DayStrip::bookingClicked, this, &SpotPanel::selectBooking);
    connect(time, &TimeControl::closureChanged, this, &SpotPanel::refresh);
    connect(m_strip, &DayStrip::freeTimeClicked, this, [this](const QDateTime &t) {
        if (m_staff && !m_busy && !m_spotId.isEmpty() && !m_time->isClosed())
            emit bookRequested(m_spotId, t);
    });
    connect(model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &tl, const QModelIndex &br) {
                const int row = m_model->rowOf(m_spotId);
                if (row >= tl.row() && row <= br.row())
                    refresh();
            });
    connect(model, &QAbstractItemModel::modelReset, this, &SpotPanel::refresh);
    refresh();
}

void SpotPanel::setSpot(const QString &spotId)
{
    if (spotId != m_spotId)
        m_bookingId.clear();
    m_spotId = spotId;
    refresh();
}

void SpotPanel::selectBooking(const QString &bookingId)
{
    m_bookingId = bookingId;
    refresh();
}

void SpotPanel::setStaff(bool staff, const QString &reason)
{
    m_staff = staff;
    m_staffReason = reason;
    // Staff move and resize bookings in the strip itself, on the coworking's slot grid.
    m_strip->setEditable(staff, m_time->slotMinutes());
    updateButtons();
}

void SpotPanel::setBusy(bool busy)
{
    m_busy = busy;
    updateButtons();
}

void SpotPanel::refresh()
{
    const Spot *spot = m_model->spot(m_spotId);
    if (!spot) {
        m_spotId.clear();
        m_bookingId.clear();
        m_title->setText(tr("No spot selected"));
        m_state->clear();
        m_description->setText(tr("Select a spot on the map or in the list to see its day."));
        m_booking->clear();
        m_strip->setBookings({}, false);
        updateButtons();
        return;
    }
    const ZoneTime &zone = m_model->zone();
    m_title->setText(spot->name);
    m_state->setText(m_model->stateName(spot->id));
    m_state->setToolTip(m_model->stateDescription(spot->id));
    m_description->setText(spot->description);
    m_description->setVisible(!spot->description.isEmpty());
    const QList<FloorBooking> day =
            m_model->bookingsOf(spot->id, m_time->dayStart(), m_time->dayEnd());
    // The booking acted on: the one chosen, else the one at the moment, else the next.
    if (!m_bookingId.isEmpty() && !m_model->booking(m_bookingId))
        m_bookingId.clear();
    if (m_bookingId.isEmpty()) {
        if (const auto b = m_model->currentBooking(spot->id))
            m_bookingId = b->id;
        else if (const auto n = m_model->nextBooking(spot->id);
                 n && n->range.from < m_time->dayEnd())
            m_bookingId = n->id;
    }
    m_strip->setDay(zone, m_time->dayStart(), m_time->dayEnd());
    const std::optional<Closure> closure = m_time->closureOn(m_time->day());
    m_strip->setClosedNotice(closure && closure->closedAllDay()
                                     ? ClosureText::notice(*closure, zone.locale())
                                     : QString());
    m_strip->setMoment(m_time->moment());
    m_strip->setBookings(day, m_staff);
    m_strip->setSelectedBooking(m_bookingId);
    if (const auto b = m_model->booking(m_bookingId)) {
        QString text = zone.rangeWithZone(b->range.from, b->range.until);
        if (m_staff && !b->userName.isEmpty())
            text = b->userName + u"\n"_s + text;
        if (b->checkedIn())
            text += u"\n"_s + tr("Checked in at %1").arg(zone.time(b->checkedInAt));
        m_booking->setText(text);
    } else {
        m_booking->setText(tr("No booking chosen."));
    }
    updateButtons();
}

void SpotPanel::updateButtons()
{
    const Spot *spot = m_model->spot(m_spotId);
    const auto booking = m_model->booking(m_bookingId);
    const bool can = m_staff && !m_busy;
    const bool closed = m_time->isClosed();
    m_book->setEnabled(can && spot && spot->active && !closed);
    m_checkIn->setEnabled(can && booking && !booking->checkedIn());
    m_cancel->setEnabled(can && booking.has_value());
    m_move->setEnabled(can && booking.has_value());
    m_extend->setEnabled(can && booking.has_value());
    const QString tip = m_staff ? QString() : m_staffReason;
    for (QWidget *w :
         std::initializer_list<QWidget *>{ m_book, m_checkIn, m_cancel, m_move, m_extend })
        w->setToolTip(tip);
    if (m_staff && closed)
        m_book->setToolTip(tr("The coworking is closed that day: nothing can be booked."));
}

} // namespace ui
} // namespace coworking
