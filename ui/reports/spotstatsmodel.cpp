#include "spotstatsmodel.h"

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

SpotStatsModel::SpotStatsModel(QObject *parent) : QAbstractTableModel(parent) { }

void SpotStatsModel::setSpots(const QList<SpotStats> &spots)
{
    beginResetModel();
    m_spots = spots;
    endResetModel();
}

void SpotStatsModel::setLocale(const QLocale &locale)
{
    m_locale = locale;
    if (!m_spots.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole });
}

QString SpotStatsModel::percentText(double fraction, const QLocale &locale, int decimals)
{
    //: A percentage: %1 is the number ("42.5"); Russian puts a space before the sign.
    return tr("%1%").arg(locale.toString(fraction * 100.0, 'f', decimals));
}

QString SpotStatsModel::hoursText(qint64 minutes, const QLocale &locale)
{
    //: Hours of booked time: %1 is the number ("12.5").
    return tr("%1 h").arg(locale.toString(double(minutes) / 60.0, 'f', 1));
}

int SpotStatsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_spots.size());
}

int SpotStatsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SpotStatsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SpotStats &s = m_spots.at(index.row());
    switch (role) {
    case SpotIdRole:
        return s.spotId;
    case UtilisationRole:
        return s.utilisation;
    case Qt::TextAlignmentRole:
        return index.column() == SpotColumn ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                            : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        switch (index.column()) {
        case SpotColumn:
            return s.name;
        case UtilisationColumn:
            return percentText(s.utilisation, m_locale);
        case BookedColumn:
            return hoursText(s.bookedMinutes, m_locale);
        case BookingsColumn:
            return m_locale.toString(s.bookings);
        case CancellationsColumn:
            return m_locale.toString(s.cancellations);
        case NoShowsColumn:
            return m_locale.toString(s.noShows);
        case CheckInsColumn:
            return m_locale.toString(s.checkIns);
        }
        return {};
    case SortRole:
        switch (index.column()) {
        case SpotColumn:
            return s.name;
        case UtilisationColumn:
            return s.utilisation;
        case BookedColumn:
            return s.bookedMinutes;
        case BookingsColumn:
            return s.bookings;
        case CancellationsColumn:
            return s.cancellations;
        case NoShowsColumn:
            return s.noShows;
        case CheckInsColumn:
            return s.checkIns;
        }
        return {};
    }
    return {};
}

QVariant SpotStatsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case SpotColumn:
        return tr("Spot");
    case UtilisationColumn:
        return tr("Utilisation");
    case BookedColumn:
        return tr("Booked");
    case BookingsColumn:
        return tr("Bookings");
    case CancellationsColumn:
        return tr("Cancellations");
    case NoShowsColumn:
        return tr("No-shows");
    case CheckInsColumn:
        return tr("Check-ins");
    }
    return {};
}

} // namespace ui
} // namespace coworking
