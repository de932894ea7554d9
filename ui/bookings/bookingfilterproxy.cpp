#include "bookingfilterproxy.h"

namespace coworking {
namespace ui {

BookingFilterProxy::BookingFilterProxy(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortRole(BookingTableModel::SortRole);
    setDynamicSortFilter(true);
}

void BookingFilterProxy::setDateRange(const QDate &from, const QDate &until)
{
    if (from == m_from && until == m_until)
        return;
    m_from = from;
    m_until = until;
    invalidateFilter();
}

void BookingFilterProxy::setState(std::optional<BookingTableModel::State> state)
{
    if (state == m_state)
        return;
    m_state = state;
    invalidateFilter();
}

void BookingFilterProxy::setSpotId(const QString &spotId)
{
    if (spotId == m_spotId)
        return;
    m_spotId = spotId;
    invalidateFilter();
}

void BookingFilterProxy::setMemberSearch(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    invalidateFilter();
}

bool BookingFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto *model = qobject_cast<const BookingTableModel *>(sourceModel());
    if (!model)
        return true;
    const QModelIndex idx = model->index(sourceRow, 0, sourceParent);
    if (m_state
        && BookingTableModel::State(idx.data(BookingTableModel::StateRole).toInt()) != *m_state)
        return false;
    if (!m_spotId.isEmpty() && idx.data(BookingTableModel::SpotIdRole).toString() != m_spotId)
        return false;
    if (m_from.isValid() || m_until.isValid()) {
        const QDate day =
                model->zone().localDate(idx.data(BookingTableModel::StartRole).toDateTime());
        if ((m_from.isValid() && day < m_from) || (m_until.isValid() && day > m_until))
            return false;
    }
    if (!m_search.isEmpty()
        && !idx.data(BookingTableModel::SearchTextRole)
                    .toString()
                    .contains(m_search, Qt::CaseInsensitive))
        return false;
    return true;
}

} // namespace ui
} // namespace coworking
