#pragma once

#include "closures/closure.h"
#include "coworkings/coworking.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QRadioButton;
class QStackedWidget;
class QTableView;
class QTimeEdit;

namespace coworking {

class Clock;

namespace client {
class CoworkingClient;
struct ApiError;
} // namespace client

namespace ui {

class ClosureListModel;
class MessageBar;

// Closures and special hours of a coworking, for its staff (owner, managers, admins): the
// upcoming ones (GET /coworkings/{id}/closures from the coworking's today for a year), a form to
// add one (a date, closed all day or that day's hours, a reason) and removal with a
// confirmation. A closure over active bookings is refused by the server (CLOSURE_CONFLICT): the
// view says how many bookings it would cancel and offers to close anyway or to go back. The form
// keeps what was typed until the server has accepted it.
class ClosuresView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClosuresView)

public:
    enum class State { NoCoworking, Loading, Empty, List, Failed };
    Q_ENUM(State)

    ClosuresView(client::CoworkingClient &client, const Clock &clock, QWidget *parent = nullptr);

    State state() const { return m_state; }
    ClosureListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    MessageBar *messageBar() const { return m_messages; }
    QLabel *statusLabel() const { return m_status; }
    QDateEdit *dateEdit() const { return m_date; }
    QRadioButton *allDayButton() const { return m_allDay; }
    QRadioButton *specialHoursButton() const { return m_specialHours; }
    QTimeEdit *opensEdit() const { return m_opens; }
    QTimeEdit *closesEdit() const { return m_closes; }
    QLineEdit *reasonEdit() const { return m_reason; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *removeButton() const { return m_remove; }
    // The complaint of the server beside a field of the form ("date", "hours", "reason").
    QString fieldError(const QString &field) const;

public slots:
    void setCoworking(const coworking::Coworking &coworking);
    void refresh();
    // Sends the form; a conflict with bookings asks before anything is cancelled.
    void addClosure();
    // Asks for a confirmation (opened, not waited for), then removes the selected closure.
    void removeSelected();

signals:
    void loaded();
    // An add or a removal reached its end: done, refused, or given up by the user (false).
    void actionFinished(bool ok);

private:
    Closure closureFromForm() const;
    void send(const Closure &closure, bool cancelBookings);
    void askToCancelBookings(const Closure &closure, int bookings);
    void showFieldErrors(const client::ApiError &error);
    void clearFieldErrors();
    void setState(State state, const QString &text = {});
    void updateForm();
    QDate today() const;

    client::CoworkingClient &m_client;
    const Clock &m_clock;
    Coworking m_coworking;
    quint64 m_generation = 0; // answers for an earlier coworking or reload are dropped
    bool m_sending = false;
    State m_state = State::NoCoworking;
    ClosureListModel *m_model;
    MessageBar *m_messages;
    QLabel *m_usual;
    QStackedWidget *m_stack;
    QLabel *m_status;
    QTableView *m_table;
    QPushButton *m_remove;
    QDateEdit *m_date;
    QRadioButton *m_allDay;
    QRadioButton *m_specialHours;
    QTimeEdit *m_opens;
    QTimeEdit *m_closes;
    QLineEdit *m_reason;
    QLabel *m_dateError;
    QLabel *m_hoursError;
    QLabel *m_reasonError;
    QPushButton *m_add;
};

} // namespace ui
} // namespace coworking
