#pragma once

#include "coworkings/coworking.h"
#include "stats/stats.h"

#include <QDate>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace coworking {

class Clock;

namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client

namespace ui {

class MessageBar;
class OccupancyHeatmap;
class SpotStatsModel;

// Reports: how a coworking was used over a range of its local dates, from the server's
// statistics (GET /coworkings/{id}/stats): the totals, utilisation per spot, an hour-of-day by
// weekday heatmap, and the bookings of the range exported as the server's CSV. The range is a
// preset (this week, the last 7 days, this month, the last 30 days) or two dates; it is
// remembered between runs. Loading and failures are said in words; nothing waits on the network.
class ReportsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportsView)

public:
    enum class Preset { ThisWeek, LastSevenDays, ThisMonth, LastThirtyDays, Custom };
    Q_ENUM(Preset)

    ReportsView(client::CoworkingClient &client, const Clock &clock, QWidget *parent = nullptr);

    // The range a preset means on `today`, weeks starting on the locale's first day.
    static std::pair<QDate, QDate> rangeOf(Preset preset, QDate today, Qt::DayOfWeek firstDay);

    Preset preset() const { return m_preset; }
    QDate from() const;
    QDate until() const;
    const std::optional<CoworkingStats> &stats() const { return m_stats; }
    bool isLoading() const { return m_loading; }

    SpotStatsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    OccupancyHeatmap *heatmap() const { return m_heatmap; }
    QComboBox *presetBox() const { return m_presets; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *untilEdit() const { return m_until; }
    QPushButton *exportButton() const { return m_export; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *statusLabel() const { return m_status; }
    // The totals as shown: bookings, cancellations, no-shows, check-ins, utilisation.
    QString totalsText() const;

public slots:
    void setCoworking(const coworking::Coworking &coworking);
    void setPreset(coworking::ui::ReportsView::Preset preset);
    void setCustomRange(QDate from, QDate until);
    void refresh();
    // Asks where to save (a file dialog, opened without waiting), then exportCsvTo().
    void exportCsv();
    // Writes the server's CSV of the range's bookings to `path`.
    void exportCsvTo(const QString &path);

signals:
    void loaded();
    void loadFailed();
    void exported(bool ok);

private:
    QDate today() const;
    void applyPreset();
    void rememberRange() const;
    void restoreRange();
    void showStats(const CoworkingStats &stats);
    void fail(const client::ApiError &error);
    void setTotals(const std::optional<CoworkingStats> &stats);

    client::CoworkingClient &m_client;
    const Clock &m_clock;
    Coworking m_coworking;
    Preset m_preset = Preset::LastSevenDays;
    std::optional<CoworkingStats> m_stats;
    bool m_loading = false;
    quint64 m_generation = 0; // answers for an earlier range or coworking are dropped
    MessageBar *m_messages;
    QComboBox *m_presets;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QPushButton *m_export;
    QLabel *m_status;
    QLabel *m_totals[5];
    SpotStatsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QTableView *m_table;
    OccupancyHeatmap *m_heatmap;
};

} // namespace ui
} // namespace coworking
