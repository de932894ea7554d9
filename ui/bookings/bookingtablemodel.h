#pragma once

#include "bookings/bookingjson.h"
#include "common/zonetime.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

#include <functional>

namespace coworking {
namespace ui {

// The bookings of one coworking as table rows, times in the coworking's zone. Rows are
// BookingDetails as GET /bookings answers them (user and spot embedded); the model never talks to
// the server, the view feeds it.
class BookingTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingTableModel)

public:
    enum Column {
        StartColumn,
        EndColumn,
        SpotColumn,
        MemberColumn,
        StatusColumn,
        OptionsColumn,
        ColumnCount
    };
    // What a row shows as its status: an active booking whose person is here reads "checked in".
    enum class State { Active, CheckedIn, Cancelled, Expired };
    Q_ENUM(State)
    enum Role {
        BookingIdRole = Qt::UserRole + 1,
        SpotIdRole,
        UserIdRole,
        StartRole, // UTC QDateTime
        EndRole,
        StateRole, // int(State)
        SortRole, // a value that sorts the column naturally (times, not their text)
        SearchTextRole, // the member's name and e-mail, for the member search
    };

    explicit BookingTableModel(QObject *parent = nullptr);

    // `now` decides which active bookings have already ended (they read "expired").
    void setClock(std::function<QDateTime()> now);
    void setZone(const ZoneTime &zone);
    const ZoneTime &zone() const { return m_zone; }
    // Names of the coworking's options, shown in the options column.
    void setOptionNames(const QHash<QString, QString> &namesById);

    void setBookings(const QList<BookingDetails> &bookings);
    // Replaces the row of the same booking, or appends it: a change heard live.
    void upsert(const BookingDetails &booking);
    void clear();

    const BookingDetails &bookingAt(int row) const { return m_rows.at(row); }
    // -1 when the booking is not listed.
    int rowOf(const QString &bookingId) const;
    State stateAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString stateText(State state);

private:
    QString optionsText(const Booking &booking) const;

    QList<BookingDetails> m_rows;
    ZoneTime m_zone;
    QHash<QString, QString> m_optionNames;
    std::function<QDateTime()> m_now;
};

} // namespace ui
} // namespace coworking
