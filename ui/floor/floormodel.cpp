#include "floormodel.h"

#include <QRectF>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

FloorModel::FloorModel(QObject *parent)
    : QAbstractListModel(parent), m_moment(QDateTime::currentDateTimeUtc())
{
}

int FloorModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spots.size());
}

QHash<int, QByteArray> FloorModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(SpotIdRole, "spotId");
    names.insert(StateRole, "state");
    names.insert(HasPlacementRole, "hasPlacement");
    names.insert(GeometryRole, "geometry");
    names.insert(RotationRole, "rotation");
    names.insert(DescriptionRole, "description");
    names.insert(CurrentBookingRole, "currentBooking");
    names.insert(NextBookingRole, "nextBooking");
    names.insert(ActiveRole, "active");
    return names;
}

QVariant FloorModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Spot &s = m_spots.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return s.name;
    case Qt::ToolTipRole:
        return toolTip(index.row());
    case Qt::AccessibleTextRole:
        return accessibleText(index.row());
    case Qt::DecorationRole:
        return SpotStates::icon(stateAt(index.row()), QPalette());
    case SpotIdRole:
        return s.id;
    case StateRole:
        return int(stateAt(index.row()));
    case HasPlacementRole:
        return s.map.has_value() && s.map->width > 0 && s.map->height > 0;
    case GeometryRole:
        return s.map ? QRectF(s.map->x, s.map->y, s.map->width, s.map->height) : QRectF();
    case RotationRole:
        return s.map ? s.map->rotation : 0.0;
    case DescriptionRole:
        return s.description;
    case ActiveRole:
        return s.active;
    case CurrentBookingRole:
        if (const auto b = currentBooking(s.id))
            return QVariant::fromValue(*b);
        return {};
    case NextBookingRole:
        if (const auto b = nextBooking(s.id))
            return QVariant::fromValue(*b);
        return {};
    default:
        return {};
    }
}

void FloorModel::setZone(const ZoneTime &zone)
{
    m_zone = zone;
    allRowsChanged();
}

void FloorModel::setShowMembers(bool show)
{
    if (m_showMembers == show)
        return;
    m_showMembers = show;
    allRowsChanged();
}

void FloorModel::setSpots(const QList<Spot> &spots)
{
    beginResetModel();
    m_spots = spots;
    std::stable_sort(m_spots.begin(), m_spots.end(),
                     [](const Spot &a, const Spot &b) { return a.position < b.position; });
    endResetModel();
    emit countsChanged();
}

void FloorModel::upsertSpot(const Spot &spot)
{
    const int row = rowOf(spot.id);
    if (row >= 0) {
        m_spots[row] = spot;
        emit dataChanged(index(row), index(row));
    } else {
        const auto at = std::upper_bound(
                m_spots.begin(), m_spots.end(), spot,
                [](const Spot &a, const Spot &b) { return a.position < b.position; });
        const int newRow = int(at - m_spots.begin());
        beginInsertRows({}, newRow, newRow);
        m_spots.insert(newRow, spot);
        endInsertRows();
    }
    emit countsChanged();
}

void FloorModel::removeSpot(const QString &spotId)
{
    const int row = rowOf(spotId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_spots.removeAt(row);
    endRemoveRows();
    for (const QString &id : m_bySpot.take(spotId))
        m_bookings.remove(id);
    emit countsChanged();
}

void FloorModel::setBookings(const QList<FloorBooking> &bookings)
{
    QHash<QString, FloorBooking> old = std::move(m_bookings);
    m_bookings.clear();
    m_bySpot.clear();
    for (FloorBooking b : bookings) {
        // A list without names (the public timeline, the live feed) keeps the names known.
        if (const auto it = old.constFind(b.id); it != old.constEnd() && b.userName.isEmpty()) {
            b.userName = it->userName;
            b.userEmail = it->userEmail;
        }
        m_bySpot[b.spotId].append(b.id);
        m_bookings.insert(b.id, b);
    }
    allRowsChanged();
}

void FloorModel::upsertBooking(FloorBooking booking)
{
    QString oldSpot;
    if (const auto it = m_bookings.constFind(booking.id); it != m_bookings.constEnd()) {
        oldSpot = it->spotId;
        if (booking.userName.isEmpty()) {
            booking.userName = it->userName;
            booking.userEmail = it->userEmail;
        }
        if (booking.code.isEmpty())
            booking.code = it->code;
        if (oldSpot != booking.spotId)
            m_bySpot[oldSpot].removeOne(booking.id);
    }
    if (oldSpot != booking.spotId)
        m_bySpot[booking.spotId].append(booking.id);
    m_bookings.insert(booking.id, booking);
    if (!oldSpot.isEmpty() && oldSpot != booking.spotId)
        spotRowsChanged(oldSpot);
    spotRowsChanged(booking.spotId);
}

void FloorModel::removeBooking(const QString &bookingId)
{
    const auto it = m_bookings.constFind(bookingId);
    if (it == m_bookings.constEnd())
        return;
    const QString spotId = it->spotId;
    m_bySpot[spotId].removeOne(bookingId);
    m_bookings.erase(it);
    spotRowsChanged(spotId);
}

void FloorModel::setMemberName(const QString &userId, const QString &name, const QString &email)
{
    QSet<QString> spots;
    for (FloorBooking &b : m_bookings) {
        if (b.userId == userId && (b.userName != name || b.userEmail != email)) {
            b.userName = name;
            b.userEmail = email;
            spots.insert(b.spotId);
        }
    }
    for (const QString &spotId : std::as_const(spots))
        spotRowsChanged(spotId);
}

void FloorModel::setMoment(const QDateTime &utc)
{
    if (utc == m_moment)
        return;
    m_moment = utc;
    allRowsChanged();
}

void FloorModel::setClosed(bool closed)
{
    if (closed == m_closed)
        return;
    m_closed = closed;
    allRowsChanged();
}

int FloorModel::rowOf(const QString &spotId) const
{
    for (int i = 0; i < m_spots.size(); ++i) {
        if (m_spots.at(i).id == spotId)
            return i;
    }
    return -1;
}

const Spot *FloorModel::spot(const QString &spotId) const
{
    const int row = rowOf(spotId);
    return row < 0 ? nullptr : &m_spots.at(row);
}

SpotState FloorModel::stateAt(int row) const
{
    const Spot &s = m_spots.at(row);
    if (!s.active)
        return SpotState::Inactive;
    if (const auto b = currentBooking(s.id))
        return b->checkedIn() ? SpotState::CheckedIn : SpotState::Booked;
    if (m_closed)
        return SpotState::Inactive;
    if (const auto next = nextBooking(s.id);
        next && m_moment.secsTo(next->range.from) <= qint64(kSoonMinutes) * 60)
        return SpotState::StartsSoon;
    return SpotState::Free;
}

SpotState FloorModel::state(const QString &spotId) const
{
    const int row = rowOf(spotId);
    return row < 0 ? SpotState::Inactive : stateAt(row);
}

bool FloorModel::closedOnly(int row) const
{
    return m_closed && m_spots.at(row).active && stateAt(row) == SpotState::Inactive;
}

QString FloorModel::stateName(int row) const
{
    return closedOnly(row) ? tr("Closed") : SpotStates::name(stateAt(row));
}

QString FloorModel::stateName(const QString &spotId) const
{
    const int row = rowOf(spotId);
    return row < 0 ? SpotStates::name(SpotState::Inactive) : stateName(row);
}

QString FloorModel::stateDescription(const QString &spotId) const
{
    const int row = rowOf(spotId);
    if (row < 0)
        return SpotStates::description(SpotState::Inactive);
    return closedOnly(row) ? tr("The coworking is closed that day.")
                           : SpotStates::description(stateAt(row));
}

std::optional<FloorBooking> FloorModel::booking(const QString &bookingId) const
{
    const auto it = m_bookings.constFind(bookingId);
    if (it == m_bookings.constEnd())
        return std::nullopt;
    return *it;
}

std::optional<FloorBooking> FloorModel::currentBooking(const QString &spotId) const
{
    for (const QString &id : m_bySpot.value(spotId)) {
        const FloorBooking &b = m_bookings[id];
        if (b.covers(m_moment))
            return b;
    }
    return std::nullopt;
}

std::optional<FloorBooking> FloorModel::nextBooking(const QString &spotId) const
{
    std::optional<FloorBooking> next;
    for (const QString &id : m_bySpot.value(spotId)) {
        const FloorBooking &b = m_bookings[id];
        if (b.range.from > m_moment && (!next || b.range.from < next->range.from))
            next = b;
    }
    return next;
}

QList<FloorBooking> FloorModel::bookingsOf(const QString &spotId, const QDateTime &from,
                                           const QDateTime &until) const
{
    QList<FloorBooking> result;
    const TimeRange window{ from, until };
    for (const QString &id : m_bySpot.value(spotId)) {
        const FloorBooking &b = m_bookings[id];
        if (b.range.overlaps(window))
            result.append(b);
    }
    std::sort(result.begin(), result.end(), [](const FloorBooking &a, const FloorBooking &b) {
        return a.range.from < b.range.from;
    });
    return result;
}

int FloorModel::freeCount() const
{
    int n = 0;
    for (int row = 0; row < m_spots.size(); ++row) {
        const SpotState s = stateAt(row);
        n += s == SpotState::Free || s == SpotState::StartsSoon ? 1 : 0;
    }
    return n;
}

QString FloorModel::bookingLine(const FloorBooking &b) const
{
    QString line = m_zone.range(b.range.from, b.range.until);
    if (m_showMembers && !b.userName.isEmpty())
        line += u" \x2014 "_s + b.userName;
    return line;
}

QString FloorModel::accessibleText(int row) const
{
    const Spot &s = m_spots.at(row);
    QString text = tr("%1, %2").arg(s.name, stateName(row).toLower());
    if (const auto b = currentBooking(s.id))
        text += u", "_s + tr("until %1").arg(m_zone.time(b->range.until));
    return text;
}

QString FloorModel::toolTip(int row) const
{
    const Spot &s = m_spots.at(row);
    QString text =
            u"<b>"_s + s.name.toHtmlEscaped() + u"</b> \x2014 "_s + stateName(row).toHtmlEscaped();
    if (!s.description.isEmpty())
        text += u"<br>"_s + s.description.toHtmlEscaped();
    if (const auto b = currentBooking(s.id))
        text += u"<br>"_s + tr("Now: %1").arg(bookingLine(*b).toHtmlEscaped());
    if (const auto b = nextBooking(s.id);
        b && m_zone.localDate(b->range.from) == m_zone.localDate(m_moment))
        text += u"<br>"_s + tr("Next: %1").arg(bookingLine(*b).toHtmlEscaped());
    return text;
}

void FloorModel::spotRowsChanged(const QString &spotId)
{
    const int row = rowOf(spotId);
    if (row >= 0)
        emit dataChanged(index(row), index(row));
    emit countsChanged();
}

void FloorModel::allRowsChanged()
{
    if (!m_spots.isEmpty())
        emit dataChanged(index(0), index(int(m_spots.size()) - 1));
    emit countsChanged();
}

} // namespace ui
} // namespace coworking
