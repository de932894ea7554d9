#pragma once

#include "bookingtablemodel.h"

#include <QDate>
#include <QSortFilterProxyModel>

#include <optional>

namespace coworking {
namespace ui {

// The filter row of the bookings view: local days of the coworking, a status, a spot and a
// member search (name or e-mail, any part, any case). Sorting uses the model's SortRole, so
// times sort as times, not as text.
class BookingFilterProxy final : public QSortFilterProxyModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingFilterProxy)

public:
    explicit BookingFilterProxy(QObject *parent = nullptr);

    // Bookings starting on a local day in [from, until] of the source model's zone; an invalid
    // date leaves that end open.
    void setDateRange(const QDate &from, const QDate &until);
    void setState(std::optional<BookingTableModel::State> state);
    void setSpotId(const QString &spotId); // empty: every spot
    void setMemberSearch(const QString &text);

    QDate fromDate() const { return m_from; }
    QDate untilDate() const { return m_until; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QDate m_from;
    QDate m_until;
    std::optional<BookingTableModel::State> m_state;
    QString m_spotId;
    QString m_search;
};

} // namespace ui
} // namespace coworking
