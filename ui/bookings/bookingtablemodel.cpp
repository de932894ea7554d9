#include "bookingtablemodel.h"

#include "common/spotstate.h"

#include <QGuiApplication>
#include <QPalette>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

BookingTableModel::BookingTableModel(QObject *parent)
    : QAbstractTableModel(parent), m_now([] { return QDateTime::currentDateTimeUtc(); })
{
}

void BookingTableModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void BookingTableModel::setZone(const ZoneTime &zone)
{
    m_zone = zone;
    emit headerDataChanged(Qt::Horizontal, StartColumn, EndColumn);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, StartColumn), index(rowCount() - 1, EndColumn));
}

void BookingTableModel::setOptionNames(const QHash<QString, QString> &namesById)
{
    m_optionNames = namesById;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, OptionsColumn), index(rowCount() - 1, OptionsColumn));
}

void BookingTableModel::setBookings(const QList<BookingDetails> &bookings)
{
    beginResetModel();
    m_rows = bookings;
    endResetModel();
}

void BookingTableModel::upsert(const BookingDetails &booking)
{
    const int row = rowOf(booking.booking.id);
    if (row < 0) {
        beginInsertRows({}, rowCount(), rowCount());
        m_rows.append(booking);
        endInsertRows();
        return;
    }
    BookingDetails merged = booking;
    // A change message may carry the booking alone: keep what the list embedded.
    const BookingDetails &old = m_rows.at(row);
    if (!merged.spot)
        merged.spot = old.spot;
    if (!merged.user)
        merged.user = old.user;
    m_rows[row] = std::move(merged);
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void BookingTableModel::clear()
{
    setBookings({});
}

int BookingTableModel::rowOf(const QString &bookingId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).booking.id == bookingId)
            return int(i);
    }
    return -1;
}

BookingTableModel::State BookingTableModel::stateAt(int row) const
{
    const Booking &b = m_rows.at(row).booking;
    switch (b.effectiveStatus(m_now())) {
    case BookingStatus::Cancelled:
        return State::Cancelled;
    case BookingStatus::Expired:
        return State::Expired;
    case BookingStatus::Active:
        break;
    }
    return b.checkedInAt.isValid() ? State::CheckedIn : State::Active;
}

int BookingTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int BookingTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString BookingTableModel::stateText(State state)
{
    switch (state) {
    case State::Active:
        return tr("Booked");
    case State::CheckedIn:
        return tr("Checked in");
    case State::Cancelled:
        return tr("Cancelled");
    case State::Expired:
        return tr("Ended");
    }
    return {};
}

QString BookingTableModel::optionsText(const Booking &booking) const
{
    QStringList names;
    for (const QString &id : booking.options)
        names.append(m_optionNames.value(id, tr("(removed option)")));
    return names.join(u", "_s);
}

QVariant BookingTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BookingDetails &row = m_rows.at(index.row());
    const Booking &b = row.booking;
    switch (role) {
    case BookingIdRole:
        return b.id;
    case SpotIdRole:
        return b.spotId;
    case UserIdRole:
        return b.userId;
    case StartRole:
        return b.range.from;
    case EndRole:
        return b.range.until;
    case StateRole:
        return int(stateAt(index.row()));
    case SearchTextRole:
        return row.user ? row.user->fullName + u' ' + row.user->email : QString();
    default:
        break;
    }
    if (role == Qt::DisplayRole || role == SortRole) {
        const bool sort = role == SortRole;
        switch (Column(index.column())) {
        case StartColumn:
            return sort ? QVariant(b.range.from) : QVariant(m_zone.dateTime(b.range.from));
        case EndColumn:
            if (sort)
                return b.range.until;
            // The day is said once when the booking ends on the day it starts.
            return m_zone.localDate(b.range.until) == m_zone.localDate(b.range.from)
                    ? m_zone.time(b.range.until)
                    : m_zone.dateTime(b.range.until);
        case SpotColumn:
            return row.spot ? row.spot->name : tr("(unknown spot)");
        case MemberColumn:
            return row.user ? (row.user->fullName.isEmpty() ? row.user->email : row.user->fullName)
                            : tr("(unknown member)");
        case StatusColumn:
            if (sort)
                return int(stateAt(index.row()));
            // The canceller's words, where the staff look for why a booking is gone.
            if (stateAt(index.row()) == State::Cancelled && !b.cancelNote.isEmpty())
                return tr("Cancelled: %1").arg(b.cancelNote);
            return stateText(stateAt(index.row()));
        case OptionsColumn:
            return optionsText(b);
        case ColumnCount:
            break;
        }
        return {};
    }
    if (role == Qt::DecorationRole && index.column() == StatusColumn) {
        // The floor's badges, so a row reads like the map: person booked, tick here.
        const QPalette palette = QGuiApplication::palette();
        switch (stateAt(index.row())) {
        case State::Active:
            return SpotStates::icon(SpotState::Booked, palette);
        case State::CheckedIn:
            return SpotStates::icon(SpotState::CheckedIn, palette);
        case State::Cancelled:
        case State::Expired:
            return SpotStates::icon(SpotState::Inactive, palette);
        }
    }
    if (role == Qt::ForegroundRole) {
        // What no longer holds a spot steps back.
        const State state = stateAt(index.row());
        if (state == State::Cancelled || state == State::Expired)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == MemberColumn && row.user)
            return row.user->email;
        if (index.column() == StatusColumn && b.checkedInAt.isValid())
            return tr("Checked in at %1").arg(m_zone.dateTime(b.checkedInAt));
        if (index.column() == StatusColumn && b.cancelledAt.isValid()) {
            const QString at = tr("Cancelled at %1").arg(m_zone.dateTime(b.cancelledAt));
            return b.cancelNote.isEmpty() ? at : tr("%1. Reason: %2").arg(at, b.cancelNote);
        }
    }
    return {};
}

QVariant BookingTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case StartColumn:
        //: %1 is the coworking's time zone, e.g. Europe/Moscow
        return tr("Start (%1)").arg(m_zone.zoneName());
    case EndColumn:
        return tr("End");
    case SpotColumn:
        return tr("Spot");
    case MemberColumn:
        return tr("Member");
    case StatusColumn:
        return tr("Status");
    case OptionsColumn:
        return tr("Options");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace ui
} // namespace coworking
