#pragma once

#include "closures/closure.h"

#include <QAbstractTableModel>
#include <QList>
#include <QLocale>

namespace coworking {
namespace ui {

// A coworking's closures as table rows, by date: the day (with its weekday), "Closed all day" or
// the special hours, and the reason.
class ClosureListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosureListModel)

public:
    enum Column { DateColumn, HoursColumn, ReasonColumn, ColumnCount };
    enum Role { ClosureIdRole = Qt::UserRole + 1, DateRole, ClosedAllDayRole };

    explicit ClosureListModel(QObject *parent = nullptr);

    void setClosures(QList<Closure> closures);
    void setLocale(const QLocale &locale);
    const Closure &closureAt(int row) const { return m_closures.at(row); }
    int rowOf(const QString &closureId) const;
    int rowOnDate(const QDate &date) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Closure> m_closures;
    QLocale m_locale;
};

} // namespace ui
} // namespace coworking
