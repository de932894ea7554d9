#include "closurelistmodel.h"

#include "common/closuretext.h"
#include "common/zonetime.h"

#include <algorithm>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

ClosureListModel::ClosureListModel(QObject *parent) : QAbstractTableModel(parent) { }

void ClosureListModel::setClosures(QList<Closure> closures)
{
    std::stable_sort(closures.begin(), closures.end(),
                     [](const Closure &a, const Closure &b) { return a.date < b.date; });
    beginResetModel();
    m_closures = std::move(closures);
    endResetModel();
}

void ClosureListModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_closures.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClosureListModel::rowOf(const QString &closureId) const
{
    for (qsizetype i = 0; i < m_closures.size(); ++i) {
        if (m_closures.at(i).id == closureId)
            return int(i);
    }
    return -1;
}

int ClosureListModel::rowOnDate(const QDate &date) const
{
    for (qsizetype i = 0; i < m_closures.size(); ++i) {
        if (m_closures.at(i).date == date)
            return int(i);
    }
    return -1;
}

int ClosureListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_closures.size());
}

int ClosureListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ClosureListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Closure &c = m_closures.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case DateColumn:
            // With the weekday: staff think of closures as "the Monday after Easter".
            return ZoneTime(u"UTC"_s, m_locale).date(c.date);
        case HoursColumn:
            return ClosureText::hours(c, m_locale);
        case ReasonColumn:
            return c.reason;
        }
        return {};
    case Qt::ToolTipRole:
        return index.column() == ReasonColumn && !c.reason.isEmpty() ? QVariant(c.reason)
                                                                     : QVariant();
    case ClosureIdRole:
        return c.id;
    case DateRole:
        return c.date;
    case ClosedAllDayRole:
        return c.closedAllDay();
    default:
        return {};
    }
}

QVariant ClosureListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return tr("Date");
    case HoursColumn:
        return tr("Hours");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

} // namespace ui
} // namespace coworking
