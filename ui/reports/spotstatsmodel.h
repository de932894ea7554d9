#pragma once

#include "stats/stats.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace coworking {
namespace ui {

// The per-spot rows of a coworking's statistics: name, utilisation, booked hours and the
// booking counts, shown in the user's locale; SortRole gives the raw value of each column, so a
// proxy sorts numbers as numbers.
class SpotStatsModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SpotStatsModel)

public:
    enum Column {
        SpotColumn,
        UtilisationColumn,
        BookedColumn,
        BookingsColumn,
        CancellationsColumn,
        NoShowsColumn,
        CheckInsColumn,
        ColumnCount
    };
    enum Role { SortRole = Qt::UserRole + 1, UtilisationRole, SpotIdRole };

    explicit SpotStatsModel(QObject *parent = nullptr);

    void setSpots(const QList<SpotStats> &spots);
    const SpotStats &spotAt(int row) const { return m_spots.at(row); }
    void setLocale(const QLocale &locale);

    // "42.5%" (or the locale's own form): a fraction as a percentage, one decimal by default.
    static QString percentText(double fraction, const QLocale &locale, int decimals = 1);
    // "12.5 h": minutes as hours with one decimal.
    static QString hoursText(qint64 minutes, const QLocale &locale);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<SpotStats> m_spots;
    QLocale m_locale;
};

} // namespace ui
} // namespace coworking
