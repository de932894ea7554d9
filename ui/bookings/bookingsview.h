#pragma once

#include "bookings/bookingjson.h"

#include <QDateTime>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QTimer;

namespace coworking {
namespace client {
class CoworkingClient;
class LiveFeed;
struct ApiError;
} // namespace client
namespace ui {

class BookingFilterProxy;
class BookingTableModel;
class MessageBar;

// The bookings of one coworking as a table: a filter row (local days, status, spot, member), the
// staff actions on a row (check in, cancel with a reason, show on the map), live updates and CSV
// export of exactly what the filter shows. Every call goes through the client, asynchronously.
class BookingsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BookingsView)

public:
    explicit BookingsView(client::CoworkingClient &client, QWidget *parent = nullptr);
    ~BookingsView() override;

    BookingTableModel *model() const { return m_model; }
    BookingFilterProxy *proxy() const { return m_proxy; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messages; }
    // The filter widgets, for keyboard focus (Find) and tests.
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *untilEdit() const { return m_until; }
    QComboBox *statusCombo() const { return m_status; }
    QComboBox *spotCombo() const { return m_spot; }
    QLineEdit *searchEdit() const { return m_search; }
    // The row actions of the selected booking (also in its context menu).
    QAction *checkInAction() const { return m_checkIn; }
    QAction *cancelAction() const { return m_cancel; }
    QAction *showOnMapAction() const { return m_showOnMap; }
    // True while the list is being loaded.
    bool isLoading() const { return m_loading; }

    // The filtered, sorted rows as RFC 4180 CSV; writeCsv() saves it (false: the error is shown).
    QByteArray csv() const;
    bool writeCsv(const QString &path);

public slots:
    void setCoworking(const coworking::Coworking &coworking);
    void refresh();
    void find(); // focuses the member search
    void exportCsv(); // asks where, without blocking the window
    void checkInSelected();
    void cancelSelected(); // asks why first
    void showSelectedOnMap();

signals:
    // The booking's spot at its start, for the floor view to show.
    void showOnMap(const QString &spotId, const QDateTime &time);
    void loaded();
    // An action's outcome reached the server (tests and the status bar listen).
    void actionFinished(bool ok);

private:
    void buildFilterRow();
    void loadPage(int page, quint64 generation);
    void loadSpotsAndOptions(quint64 generation);
    void listenLive();
    void applyDateRange();
    void updateActions();
    void updateCount();
    void showContextMenu(const QPoint &pos);
    void cancelBooking(const QString &bookingId, const QString &reason);
    void fail(const client::ApiError &error);
    QString selectedBookingId() const;
    int selectedSourceRow() const;

    client::CoworkingClient &m_client;
    Coworking m_coworking;
    quint64 m_generation = 0; // answers of an earlier coworking or range are dropped
    bool m_loading = false;
    QList<BookingDetails> m_pending; // pages gathered so far

    BookingTableModel *m_model;
    BookingFilterProxy *m_proxy;
    MessageBar *m_messages;
    QDateEdit *m_from;
    QDateEdit *m_until;
    QComboBox *m_status;
    QComboBox *m_spot;
    QLineEdit *m_search;
    QPushButton *m_export;
    QLabel *m_count;
    QTableView *m_table;
    QAction *m_checkIn;
    QAction *m_cancel;
    QAction *m_showOnMap;
    QTimer *m_liveDebounce;
    QPointer<client::LiveFeed> m_live;
};

} // namespace ui
} // namespace coworking
