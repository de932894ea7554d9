#include "bookingsview.h"

#include "bookingfilterproxy.h"
#include "bookingtablemodel.h"
#include "common/csvwriter.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/reasondialog.h"
#include "common/zonetime.h"
#include "client/coworkingclient.h"

#include <QAction>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

constexpr int kPageSize = 100; // the API's largest page
constexpr int kDefaultDays = 7;
// Live changes come in bursts (a ban cancels many bookings): one reload for a burst.
constexpr int kLiveDebounceMs = 300;

} // namespace

BookingsView::BookingsView(client::CoworkingClient &client, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_model(new BookingTableModel(this)),
      m_proxy(new BookingFilterProxy(this)),
      m_messages(new MessageBar(this)),
      m_from(new QDateEdit(this)),
      m_until(new QDateEdit(this)),
      m_status(new QComboBox(this)),
      m_spot(new QComboBox(this)),
      m_search(new QLineEdit(this)),
      m_export(new QPushButton(tr("&Export CSV…"), this)),
      m_count(new QLabel(this)),
      m_table(new QTableView(this)),
      m_checkIn(new QAction(tr("Check &in"), this)),
      m_cancel(new QAction(tr("&Cancel booking…"), this)),
      m_showOnMap(new QAction(tr("Show on &map"), this)),
      m_liveDebounce(new QTimer(this))
{
    m_proxy->setSourceModel(m_model);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(BookingTableModel::StartColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    m_table->setAccessibleName(tr("Bookings"));
    m_messages->hide();

    buildFilterRow();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    auto *filters = new QHBoxLayout;
    const auto addLabelled = [this, filters](const QString &text, QWidget *field) {
        auto *label = new QLabel(text, this);
        label->setBuddy(field);
        filters->addWidget(label);
        filters->addWidget(field);
    };
    addLabelled(tr("&From:"), m_from);
    addLabelled(tr("&To:"), m_until);
    addLabelled(tr("&Status:"), m_status);
    addLabelled(tr("S&pot:"), m_spot);
    addLabelled(tr("&Member:"), m_search);
    filters->addStretch();
    filters->addWidget(m_export);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_count);

    m_checkIn->setIcon(QIcon::fromTheme(u"dialog-ok-apply"_s));
    m_cancel->setIcon(QIcon::fromTheme(u"edit-delete"_s));
    m_showOnMap->setIcon(QIcon::fromTheme(u"find-location"_s));
    m_showOnMap->setShortcut(Qt::Key_Return);
    m_showOnMap->setShortcutContext(Qt::WidgetShortcut);
    m_cancel->setShortcut(QKeySequence::Delete);
    m_cancel->setShortcutContext(Qt::WidgetShortcut);
    m_table->addActions({ m_showOnMap, m_cancel });
    connect(m_checkIn, &QAction::triggered, this, &BookingsView::checkInSelected);
    connect(m_cancel, &QAction::triggered, this, &BookingsView::cancelSelected);
    connect(m_showOnMap, &QAction::triggered, this, &BookingsView::showSelectedOnMap);
    connect(m_table, &QTableView::doubleClicked, this, &BookingsView::showSelectedOnMap);
    connect(m_table, &QTableView::customContextMenuRequested, this, &BookingsView::showContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BookingsView::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &BookingsView::updateActions);
    connect(m_export, &QPushButton::clicked, this, &BookingsView::exportCsv);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_proxy, signal, this, &BookingsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &BookingsView::updateCount);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, &BookingsView::updateCount);

    m_liveDebounce->setSingleShot(true);
    m_liveDebounce->setInterval(kLiveDebounceMs);
    connect(m_liveDebounce, &QTimer::timeout, this, &BookingsView::refresh);

    updateActions();
    updateCount();
    setEnabled(false); // until a coworking is chosen
}

BookingsView::~BookingsView() = default;

void BookingsView::buildFilterRow()
{
    for (QDateEdit *edit : { m_from, m_until }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QLocale().dateFormat(QLocale::ShortFormat));
    }
    m_status->addItem(tr("All"));
    for (auto state : { BookingTableModel::State::Active, BookingTableModel::State::CheckedIn,
                        BookingTableModel::State::Cancelled, BookingTableModel::State::Expired })
        m_status->addItem(BookingTableModel::stateText(state), int(state));
    m_spot->addItem(tr("All spots"));
    m_spot->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_search->setPlaceholderText(tr("Name or e-mail"));
    m_search->setClearButtonEnabled(true);

    // The days go to the server (it lists only them); the rest filters what was loaded.
    connect(m_from, &QDateEdit::dateChanged, this, &BookingsView::applyDateRange);
    connect(m_until, &QDateEdit::dateChanged, this, &BookingsView::applyDateRange);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant state = m_status->currentData();
        m_proxy->setState(state.isValid() ? std::optional(BookingTableModel::State(state.toInt()))
                                          : std::nullopt);
    });
    connect(m_spot, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSpotId(m_spot->currentData().toString()); });
    connect(m_search, &QLineEdit::textChanged, m_proxy, &BookingFilterProxy::setMemberSearch);
}

void BookingsView::setCoworking(const Coworking &coworking)
{
    const bool same = coworking.id == m_coworking.id;
    m_coworking = coworking;
    m_model->setZone(ZoneTime(coworking.timezone));
    setEnabled(!coworking.id.isEmpty());
    if (!same) {
        m_model->clear();
        const QDate today = m_model->zone().localDate(QDateTime::currentDateTimeUtc());
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockUntil(m_until);
        m_from->setDate(today);
        m_until->setDate(today.addDays(kDefaultDays - 1));
        m_proxy->setDateRange(m_from->date(), m_until->date());
        listenLive();
    }
    refresh();
}

void BookingsView::applyDateRange()
{
    if (m_until->date() < m_from->date()) {
        const QSignalBlocker block(m_until);
        m_until->setDate(m_from->date());
    }
    m_proxy->setDateRange(m_from->date(), m_until->date());
    refresh();
}

void BookingsView::find()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void BookingsView::refresh()
{
    if (m_coworking.id.isEmpty())
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_pending.clear();
    loadSpotsAndOptions(generation);
    loadPage(0, generation);
}

void BookingsView::loadPage(int page, quint64 generation)
{
    const ZoneTime &zone = m_model->zone();
    client::BookingsQuery query;
    query.coworkingId = m_coworking.id;
    query.from = zone.toUtc(m_from->date(), QTime(0, 0));
    query.until = zone.toUtc(m_until->date().addDays(1), QTime(0, 0));
    m_client.bookings().list(
            query, PageRequest{ kPageSize, page }, this,
            [this, page, generation](client::Result<Page<BookingDetails>> result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    m_loading = false;
                    fail(result.error());
                    return;
                }
                const Page<BookingDetails> &got = result.value();
                m_pending += got.items;
                if (got.items.size() == kPageSize && m_pending.size() < got.total) {
                    loadPage(page + 1, generation);
                    return;
                }
                // Keep the selected booking selected across a reload.
                const QString selected = selectedBookingId();
                m_model->setBookings(std::exchange(m_pending, {}));
                const int row = m_model->rowOf(selected);
                if (row >= 0)
                    m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
                m_loading = false;
                emit loaded();
            });
}

void BookingsView::loadSpotsAndOptions(quint64 generation)
{
    m_client.spots().list(m_coworking.id, {}, {}, this,
                          [this, generation](client::Result<QList<SpotAvailability>> result) {
                              if (generation != m_generation || !result.ok())
                                  return;
                              const QString current = m_spot->currentData().toString();
                              const QSignalBlocker block(m_spot);
                              while (m_spot->count() > 1)
                                  m_spot->removeItem(1);
                              for (const SpotAvailability &s : result.value())
                                  m_spot->addItem(s.spot.name, s.spot.id);
                              m_spot->setCurrentIndex(qMax(0, m_spot->findData(current)));
                          });
    m_client.options().list(m_coworking.id, this,
                            [this, generation](client::Result<QList<Option>> result) {
                                if (generation != m_generation || !result.ok())
                                    return;
                                QHash<QString, QString> names;
                                for (const Option &option : result.value())
                                    names.insert(option.id, option.name);
                                m_model->setOptionNames(names);
                            });
}

void BookingsView::listenLive()
{
    if (m_live)
        m_live->deleteLater();
    m_live = m_client.openLive(m_coworking.id, this);
    if (!m_live)
        return;
    // A change names a spot, not a row: reload the listed days (one request per burst).
    connect(m_live, &client::LiveFeed::change, m_liveDebounce, qOverload<>(&QTimer::start));
    connect(m_live, &client::LiveFeed::snapshot, m_liveDebounce, qOverload<>(&QTimer::start));
}

int BookingsView::selectedSourceRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return -1;
    return m_proxy->mapToSource(rows.first()).row();
}

QString BookingsView::selectedBookingId() const
{
    const int row = selectedSourceRow();
    return row < 0 ? QString() : m_model->bookingAt(row).booking.id;
}

void BookingsView::updateActions()
{
    const int row = selectedSourceRow();
    const auto state = row < 0 ? BookingTableModel::State::Expired : m_model->stateAt(row);
    m_checkIn->setEnabled(row >= 0 && state == BookingTableModel::State::Active);
    m_cancel->setEnabled(row >= 0
                         && (state == BookingTableModel::State::Active
                             || state == BookingTableModel::State::CheckedIn));
    m_showOnMap->setEnabled(row >= 0);
}

void BookingsView::updateCount()
{
    //: %1 bookings shown after filtering, %n loaded for the chosen days
    m_count->setText(
            tr("%1 of %n booking(s) shown", nullptr, m_model->rowCount()).arg(m_proxy->rowCount()));
}

void BookingsView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    m_table->selectRow(index.row());
    auto *menu = new QMenu(this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->addAction(m_checkIn);
    menu->addAction(m_cancel);
    menu->addSeparator();
    menu->addAction(m_showOnMap);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void BookingsView::checkInSelected()
{
    const QString id = selectedBookingId();
    if (id.isEmpty())
        return;
    m_client.bookings().checkIn(id, this, [this](client::Result<Booking> result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        const int row = m_model->rowOf(result.value().id);
        if (row >= 0) {
            BookingDetails updated = m_model->bookingAt(row);
            updated.booking = result.value();
            m_model->upsert(updated);
            const QString who =
                    m_model->index(row, BookingTableModel::MemberColumn).data().toString();
            m_messages->showPositive(tr("%1 is checked in.").arg(who));
        }
        emit actionFinished(true);
    });
}

void BookingsView::cancelSelected()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const QString id = m_model->bookingAt(row).booking.id;
    const QString who = m_model->index(row, BookingTableModel::MemberColumn).data().toString();
    const Booking &b = m_model->bookingAt(row).booking;
    const QString spot = m_model->index(row, BookingTableModel::SpotColumn).data().toString();
    // The floor's words for the same act, so both places read alike.
    auto *dialog = new ReasonDialog(
            tr("Cancel booking"),
            tr("Cancel the booking of %1 at %2, %3? The member is notified.")
                    .arg(who, spot, m_model->zone().rangeWithZone(b.range.from, b.range.until)),
            tr("Cancel &Booking"),
            { tr("The member asked to cancel"), tr("The spot is needed for maintenance"),
              tr("Booked by mistake") },
            this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog, id] { cancelBooking(id, dialog->reason()); });
    dialog->open();
}

void BookingsView::cancelBooking(const QString &bookingId, const QString &reason)
{
    // The reason is kept with the booking and told to the member.
    m_client.bookings().cancel(
            bookingId, reason, this, [this, reason](client::Result<client::Done> result) {
                if (!result.ok()) {
                    fail(result.error());
                    return;
                }
                m_messages->showPositive(tr("The booking is cancelled (%1).").arg(reason));
                emit actionFinished(true);
                refresh();
            });
}

void BookingsView::showSelectedOnMap()
{
    const int row = selectedSourceRow();
    if (row < 0)
        return;
    const Booking &b = m_model->bookingAt(row).booking;
    emit showOnMap(b.spotId, b.range.from);
}

void BookingsView::fail(const client::ApiError &error)
{
    m_messages->showMessage(MessageBar::Kind::Error, ErrorText::describe(error), tr("&Retry"),
                            [this] { refresh(); });
    emit actionFinished(false);
}

QByteArray BookingsView::csv() const
{
    return CsvWriter::fromModel(*m_proxy);
}

bool BookingsView::writeCsv(const QString &path)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !CsvWriter::write(file, *m_proxy) || !file.commit()) {
        m_messages->showError(tr("Could not save %1: %2").arg(path, file.errorString()));
        return false;
    }
    m_messages->showPositive(
            tr("%n booking(s) saved to %1.", nullptr, m_proxy->rowCount()).arg(path));
    return true;
}

void BookingsView::exportCsv()
{
    const QString name = tr("bookings-%1-%2.csv")
                                 .arg(m_from->date().toString(Qt::ISODate),
                                      m_until->date().toString(Qt::ISODate));
    CsvWriter::askWhereToSave(this, tr("Export bookings"), name,
                              [this](const QString &path) { writeCsv(path); });
}

} // namespace ui
} // namespace coworking
