#include "reportsview.h"

#include "client/coworkingclient.h"
#include "common/clock.h"
#include "common/csvwriter.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/zonetime.h"
#include "occupancyheatmap.h"
#include "spotstatsmodel.h"
#include "utilisationbardelegate.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

const QString kPresetKey = u"reports/preset"_s;
const QString kFromKey = u"reports/from"_s;
const QString kUntilKey = u"reports/until"_s;
constexpr int kMaxDays = 366; // what the server answers for at once

enum Total { BookingsTotal, CancellationsTotal, NoShowsTotal, CheckInsTotal, UtilisationTotal };

} // namespace

ReportsView::ReportsView(client::CoworkingClient &client, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_clock(clock),
      m_messages(new MessageBar(this)),
      m_presets(new QComboBox(this)),
      m_from(new QDateEdit(this)),
      m_until(new QDateEdit(this)),
      m_export(new QPushButton(tr("E&xport CSV…"), this)),
      m_status(new QLabel(this)),
      m_model(new SpotStatsModel(this)),
      m_proxy(new QSortFilterProxyModel(this)),
      m_table(new QTableView(this)),
      m_heatmap(new OccupancyHeatmap(this))
{
    m_messages->hide();
    m_presets->addItem(tr("This week"), int(Preset::ThisWeek));
    m_presets->addItem(tr("Last 7 days"), int(Preset::LastSevenDays));
    m_presets->addItem(tr("This month"), int(Preset::ThisMonth));
    m_presets->addItem(tr("Last 30 days"), int(Preset::LastThirtyDays));
    m_presets->addItem(tr("Custom range"), int(Preset::Custom));
    m_presets->setAccessibleName(tr("Range"));
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(locale().dateFormat(QLocale::ShortFormat));
    }
    m_from->setAccessibleName(tr("First day"));
    m_until->setAccessibleName(tr("Last day"));
    m_export->setToolTip(tr("Save the bookings of this range as a CSV file for a spreadsheet."));
    m_status->setWordWrap(true);
    m_status->setObjectName(u"reportsStatus"_s);

    m_model->setLocale(locale());
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(SpotStatsModel::SortRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(SpotStatsModel::UtilisationColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // The names take the room that is left; the numbers only what they need.
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(SpotStatsModel::SpotColumn,
                                                      QHeaderView::Stretch);
    m_table->setItemDelegateForColumn(
            SpotStatsModel::UtilisationColumn,
            new UtilisationBarDelegate(SpotStatsModel::UtilisationRole, m_table));
    m_table->setAccessibleName(tr("Utilisation per spot"));

    auto *presetLabel = new QLabel(tr("&Range:"), this);
    presetLabel->setBuddy(m_presets);
    auto *fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto *untilLabel = new QLabel(tr("&Until:"), this);
    untilLabel->setBuddy(m_until);
    auto *top = new QHBoxLayout;
    top->addWidget(presetLabel);
    top->addWidget(m_presets);
    top->addSpacing(12);
    top->addWidget(fromLabel);
    top->addWidget(m_from);
    top->addWidget(untilLabel);
    top->addWidget(m_until);
    top->addStretch(1);
    top->addWidget(m_export);

    // The totals, each a caption over a value.
    auto *totals = new QGridLayout;
    const QString captions[] = { tr("Bookings"), tr("Cancellations"), tr("No-shows"),
                                 tr("Check-ins"), tr("Utilisation") };
    for (int i = 0; i < 5; ++i) {
        auto *caption = new QLabel(captions[i], this);
        m_totals[i] = new QLabel(u"–"_s, this);
        QFont big = m_totals[i]->font();
        big.setPointSizeF(big.pointSizeF() * 1.6);
        big.setBold(true);
        m_totals[i]->setFont(big);
        m_totals[i]->setAccessibleName(captions[i]);
        m_totals[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        totals->addWidget(caption, 0, i);
        totals->addWidget(m_totals[i], 1, i);
        totals->setColumnStretch(i, 1);
    }

    auto *heatmapTitle =
            new QLabel(tr("Utilisation by hour of the week (the coworking's time)"), this);
    auto *heatmapBox = new QWidget(this);
    auto *heatmapLayout = new QVBoxLayout(heatmapBox);
    heatmapLayout->setContentsMargins(0, 0, 0, 0);
    heatmapLayout->addWidget(heatmapTitle);
    heatmapLayout->addWidget(m_heatmap, 1);
    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(u"reportsSplitter"_s);
    split->addWidget(m_table);
    split->addWidget(heatmapBox);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addLayout(top);
    layout->addWidget(m_status);
    layout->addLayout(totals);
    layout->addWidget(split, 1);

    restoreRange();
    connect(m_presets, &QComboBox::activated, this,
            [this](int index) { setPreset(Preset(m_presets->itemData(index).toInt())); });
    const auto edited = [this] {
        if (m_preset != Preset::Custom)
            return;
        if (m_until->date() < m_from->date())
            m_until->setDate(m_from->date());
        rememberRange();
        refresh();
    };
    connect(m_from, &QDateEdit::dateChanged, this, edited);
    connect(m_until, &QDateEdit::dateChanged, this, edited);
    connect(m_export, &QPushButton::clicked, this, &ReportsView::exportCsv);
    setTotals(std::nullopt);
    m_status->setText(tr("Choose a coworking to see how it is used."));
}

std::pair<QDate, QDate> ReportsView::rangeOf(Preset preset, QDate today, Qt::DayOfWeek firstDay)
{
    switch (preset) {
    case Preset::ThisWeek: {
        const QDate start = today.addDays(-((today.dayOfWeek() - int(firstDay) + 7) % 7));
        return { start, start.addDays(6) };
    }
    case Preset::LastSevenDays:
        return { today.addDays(-6), today };
    case Preset::ThisMonth: {
        const QDate start(today.year(), today.month(), 1);
        return { start, start.addMonths(1).addDays(-1) };
    }
    case Preset::LastThirtyDays:
    case Preset::Custom:
        break;
    }
    return { today.addDays(-29), today };
}

QDate ReportsView::from() const
{
    return m_from->date();
}

QDate ReportsView::until() const
{
    return m_until->date();
}

QDate ReportsView::today() const
{
    // The coworking's own date: its "this week" is the week on its clock, not this computer's.
    return ZoneTime(m_coworking.timezone.isEmpty() ? u"UTC"_s : m_coworking.timezone)
            .localDate(m_clock.now());
}

void ReportsView::setCoworking(const Coworking &coworking)
{
    m_coworking = coworking;
    applyPreset();
    refresh();
}

void ReportsView::setPreset(Preset preset)
{
    m_preset = preset;
    m_presets->setCurrentIndex(m_presets->findData(int(preset)));
    applyPreset();
    rememberRange();
    refresh();
}

void ReportsView::setCustomRange(QDate from, QDate until)
{
    m_preset = Preset::Custom;
    m_presets->setCurrentIndex(m_presets->findData(int(Preset::Custom)));
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockUntil(m_until);
    m_from->setDate(from);
    m_until->setDate(std::max(from, until));
    applyPreset();
    rememberRange();
    refresh();
}

void ReportsView::applyPreset()
{
    const bool custom = m_preset == Preset::Custom;
    m_from->setEnabled(custom);
    m_until->setEnabled(custom);
    if (custom)
        return;
    const auto [from, until] = rangeOf(m_preset, today(), locale().firstDayOfWeek());
    const QSignalBlocker blockFrom(m_from);
    const QSignalBlocker blockUntil(m_until);
    m_from->setDate(from);
    m_until->setDate(until);
}

void ReportsView::rememberRange() const
{
    QSettings settings;
    settings.setValue(kPresetKey, int(m_preset));
    if (m_preset == Preset::Custom) {
        settings.setValue(kFromKey, m_from->date().toString(Qt::ISODate));
        settings.setValue(kUntilKey, m_until->date().toString(Qt::ISODate));
    }
}

void ReportsView::restoreRange()
{
    const QSettings settings;
    const int stored = settings.value(kPresetKey, int(Preset::LastSevenDays)).toInt();
    m_preset = stored >= int(Preset::ThisWeek) && stored <= int(Preset::Custom)
            ? Preset(stored)
            : Preset::LastSevenDays;
    m_presets->setCurrentIndex(m_presets->findData(int(m_preset)));
    const QDate from = QDate::fromString(settings.value(kFromKey).toString(), Qt::ISODate);
    const QDate until = QDate::fromString(settings.value(kUntilKey).toString(), Qt::ISODate);
    if (m_preset == Preset::Custom && from.isValid() && until.isValid()) {
        m_from->setDate(from);
        m_until->setDate(until);
    } else if (m_preset == Preset::Custom) {
        m_preset = Preset::LastSevenDays;
        m_presets->setCurrentIndex(m_presets->findData(int(m_preset)));
    }
    applyPreset();
}

void ReportsView::refresh()
{
    if (m_coworking.id.isEmpty())
        return;
    const QDate from = m_from->date();
    const QDate until = m_until->date();
    const quint64 generation = ++m_generation;
    if (from.daysTo(until) + 1 > kMaxDays) {
        m_loading = false;
        m_messages->showError(
                tr("Choose at most %n day(s): the server reports on a year at a time.", nullptr,
                   kMaxDays));
        emit loadFailed();
        return;
    }
    m_loading = true;
    m_messages->dismiss();
    m_status->setText(tr("Loading the statistics of %1 for %2 – %3…")
                              .arg(m_coworking.name, locale().toString(from, QLocale::ShortFormat),
                                   locale().toString(until, QLocale::ShortFormat)));
    m_client.coworkings().stats(m_coworking.id, from, until, this,
                                [this, generation](client::Result<CoworkingStats> result) {
                                    if (generation != m_generation)
                                        return;
                                    m_loading = false;
                                    if (!result.ok()) {
                                        fail(result.error());
                                        return;
                                    }
                                    showStats(result.value());
                                });
}

void ReportsView::showStats(const CoworkingStats &stats)
{
    m_stats = stats;
    m_model->setLocale(locale());
    m_model->setSpots(stats.bySpot);
    m_heatmap->setHours(stats.byHour);
    setTotals(stats);
    const QLocale loc = locale();
    m_status->setText(tr("%1, %2 – %3 (%4): %5 booked of %6 open.")
                              .arg(m_coworking.name, loc.toString(stats.from, QLocale::ShortFormat),
                                   loc.toString(stats.until, QLocale::ShortFormat), stats.timezone,
                                   SpotStatsModel::hoursText(stats.bookedMinutes, loc),
                                   SpotStatsModel::hoursText(stats.openMinutes, loc)));
    emit loaded();
}

void ReportsView::setTotals(const std::optional<CoworkingStats> &stats)
{
    const QLocale loc = locale();
    if (!stats) {
        for (QLabel *label : m_totals)
            label->setText(u"–"_s);
        return;
    }
    m_totals[BookingsTotal]->setText(loc.toString(stats->bookings));
    m_totals[CancellationsTotal]->setText(loc.toString(stats->cancellations));
    m_totals[NoShowsTotal]->setText(loc.toString(stats->noShows));
    m_totals[CheckInsTotal]->setText(loc.toString(stats->checkIns));
    m_totals[UtilisationTotal]->setText(SpotStatsModel::percentText(stats->utilisation, loc));
}

QString ReportsView::totalsText() const
{
    QStringList texts;
    for (const QLabel *label : m_totals)
        texts.append(label->text());
    return texts.join(u" | "_s);
}

void ReportsView::fail(const client::ApiError &error)
{
    m_status->setText(tr("The statistics could not be loaded."));
    m_messages->showMessage(MessageBar::Kind::Error, ErrorText::describe(error), tr("&Retry"),
                            [this] { refresh(); });
    emit loadFailed();
}

void ReportsView::exportCsv()
{
    if (m_coworking.id.isEmpty())
        return;
    const QString name = tr("bookings-%1-%2.csv")
                                 .arg(m_from->date().toString(Qt::ISODate),
                                      m_until->date().toString(Qt::ISODate));
    CsvWriter::askWhereToSave(this, tr("Export bookings"), name,
                              [this](const QString &path) { exportCsvTo(path); });
}

void ReportsView::exportCsvTo(const QString &path)
{
    // The bookings that overlap the range's local days, as the server writes them.
    const ZoneTime zone(m_coworking.timezone);
    client::BookingsQuery query;
    query.coworkingId = m_coworking.id;
    query.from = zone.toUtc(m_from->date(), QTime(0, 0));
    query.until = zone.toUtc(m_until->date().addDays(1), QTime(0, 0));
    m_export->setEnabled(false);
    m_status->setText(tr("Exporting the bookings…"));
    m_client.bookings().exportCsv(query, this, [this, path](client::Result<QByteArray> result) {
        m_export->setEnabled(true);
        if (!result.ok()) {
            m_status->clear();
            m_messages->showMessage(MessageBar::Kind::Error, ErrorText::describe(result.error()),
                                    tr("&Retry"), [this, path] { exportCsvTo(path); });
            emit exported(false);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(result.value()) != result.value().size()
            || !file.commit()) {
            m_messages->showError(tr("Could not save %1: %2").arg(path, file.errorString()));
            emit exported(false);
            return;
        }
        // Records end with CRLF; the header is one of them.
        const qsizetype rows = std::max<qsizetype>(0, result.value().count("\r\n") - 1);
        m_messages->showPositive(tr("Bookings saved to %1.").arg(path));
        m_status->setText(tr("%n booking record(s) exported.", nullptr, int(rows)));
        emit exported(true);
    });
}

} // namespace ui
} // namespace coworking
