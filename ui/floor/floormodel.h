#pragma once

#include "common/spotstate.h"
#include "common/zonetime.h"
#include "floorbooking.h"
#include "spots/spot.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace coworking {
namespace ui {

// The spots of one coworking and their state at one moment: one row per spot, in the order of
// `position`. Fed from the spot list, the day's bookings and the live feed; the map scene, the
// "Not on the map" list and the legend all follow this model, which is the only place a spot's
// state is decided.
class FloorModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        SpotIdRole = Qt::UserRole + 1,
        StateRole, // SpotState as int
        HasPlacementRole,
        GeometryRole, // QRectF in floor-plan pixels
        RotationRole, // degrees, clockwise
        DescriptionRole,
        CurrentBookingRole, // QVariant<FloorBooking>, invalid when none
        NextBookingRole, // the next one of the shown local day after the moment
        ActiveRole,
    };
    // A spot is "starts soon" when free at the moment and booked within this many minutes.
    static constexpr int kSoonMinutes = 30;

    explicit FloorModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setZone(const ZoneTime &zone);
    const ZoneTime &zone() const { return m_zone; }
    // Staff see who booked; others see only that a spot is taken.
    void setShowMembers(bool show);

    void setSpots(const QList<Spot> &spots);
    void upsertSpot(const Spot &spot);
    void removeSpot(const QString &spotId);
    // Replaces every booking (a snapshot or a day's list); only active ones are given.
    void setBookings(const QList<FloorBooking> &bookings);
    // Adds or replaces one booking; names already known are kept when `booking` lacks them.
    void upsertBooking(FloorBooking booking);
    void removeBooking(const QString &bookingId);
    // Fills in a member's name for every booking of that user (names arrive after bookings).
    void setMemberName(const QString &userId, const QString &name, const QString &email);

    void setMoment(const QDateTime &utc);
    QDateTime moment() const { return m_moment; }
    // The shown day is closed all day: a spot that is not booked is not bookable either, so it
    // shows as inactive rather than free.
    void setClosed(bool closed);
    bool isClosed() const { return m_closed; }

    int rowOf(const QString &spotId) const;
    const Spot *spot(const QString &spotId) const;
    QList<Spot> spots() const { return m_spots; }
    SpotState stateAt(int row) const;
    SpotState state(const QString &spotId) const;
    // The state in words: "Closed" for a spot that is inactive only because the day is closed
    // (an operator who closed the day should not read it as a spot switched off).
    QString stateName(int row) const;
    QString stateName(const QString &spotId) const;
    // What the state means, for a tooltip; a closed day says so.
    QString stateDescription(const QString &spotId) const;
    std::optional<FloorBooking> booking(const QString &bookingId) const;
    std::optional<FloorBooking> currentBooking(const QString &spotId) const;
    std::optional<FloorBooking> nextBooking(const QString &spotId) const;
    // The spot's bookings that touch [from, until), by start time.
    QList<FloorBooking> bookingsOf(const QString &spotId, const QDateTime &from,
                                   const QDateTime &until) const;
    int spotCount() const { return int(m_spots.size()); }
    int freeCount() const;
    // What the map item, the tooltip and screen readers say about a spot.
    QString accessibleText(int row) const;
    QString toolTip(int row) const;

signals:
    void countsChanged();

private:
    void spotRowsChanged(const QString &spotId);
    void allRowsChanged();
    QString bookingLine(const FloorBooking &b) const;
    // Inactive only because the shown day is closed, not switched off.
    bool closedOnly(int row) const;

    QList<Spot> m_spots;
    QHash<QString, FloorBooking> m_bookings; // by booking id
    QHash<QString, QList<QString>> m_bySpot; // spot id -> booking ids
    QDateTime m_moment;
    bool m_closed = false;
    ZoneTime m_zone;
    bool m_showMembers = false;
};

} // namespace ui
} // namespace coworking
