#include "closuresview.h"

#include "client/coworkingclient.h"
#include "closurelistmodel.h"
#include "common/clock.h"
#include "common/closuretext.h"
#include "common/errortext.h"
#include "common/messagebar.h"
#include "common/zonetime.h"

#include <QButtonGroup>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

using namespace Qt::StringLiterals;

namespace {

// The server lists at most 366 days at once (openapi.json, GET /coworkings/{id}/closures).
constexpr int kDaysAhead = 365;
constexpr int kMaxReasonLength = 500; // the server's limit on a reason

QLabel *errorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xc6, 0x28, 0x28));
    label->setPalette(palette);
    label->hide();
    return label;
}

void showError(QLabel *label, QWidget *field, const QString &message)
{
    label->setText(message);
    label->setVisible(!message.isEmpty());
    field->setAccessibleDescription(message);
}

} // namespace

ClosuresView::ClosuresView(client::CoworkingClient &client, const Clock &clock, QWidget *parent)
    : QWidget(parent),
      m_client(client),
      m_clock(clock),
      m_model(new ClosureListModel(this)),
      m_messages(new MessageBar(this)),
      m_usual(new QLabel(this)),
      m_stack(new QStackedWidget(this)),
      m_status(new QLabel(this)),
      m_table(new QTableView(this)),
      m_remove(new QPushButton(tr("Re&move closure…"), this)),
      m_date(new QDateEdit(this)),
      m_allDay(new QRadioButton(tr("Closed &all day"), this)),
      m_specialHours(new QRadioButton(tr("Open with spec&ial hours"), this)),
      m_opens(new QTimeEdit(this)),
      m_closes(new QTimeEdit(this)),
      m_reason(new QLineEdit(this)),
      m_dateError(errorLabel(this)),
      m_hoursError(errorLabel(this)),
      m_reasonError(errorLabel(this)),
      m_add(new QPushButton(tr("Add clos&ure"), this))
{
    m_messages->hide();
    m_usual->setWordWrap(true);

    m_status->setAlignment(Qt::AlignCenter);
    m_status->setWordWrap(true);
    m_status->setMargin(24);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Upcoming closures"));
    m_stack->addWidget(m_status);
    m_stack->addWidget(m_table);

    auto *listBox = new QGroupBox(tr("Upcoming closures"), this);
    auto *listLayout = new QVBoxLayout(listBox);
    listLayout->addWidget(m_stack, 1);
    auto *listButtons = new QHBoxLayout;
    listButtons->addStretch(1);
    listButtons->addWidget(m_remove);
    listLayout->addLayout(listButtons);

    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(u"ddd d MMM yyyy"_s); // with the weekday, as the list shows it
    m_date->setAccessibleName(tr("Date of the closure"));
    m_allDay->setChecked(true);
    auto *kind = new QButtonGroup(this);
    kind->addButton(m_allDay);
    kind->addButton(m_specialHours);
    m_opens->setTime(QTime(10, 0));
    m_closes->setTime(QTime(16, 0));
    m_opens->setAccessibleName(tr("Opens at"));
    m_closes->setAccessibleName(tr("Closes at"));
    m_reason->setMaxLength(kMaxReasonLength);
    m_reason->setPlaceholderText(tr("e.g. Public holiday, Maintenance"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setClearButtonEnabled(true);

    auto *hours = new QHBoxLayout;
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(QString(u'\x2013'), this));
    hours->addWidget(m_closes);
    hours->addStretch(1);
    auto *kindLayout = new QVBoxLayout;
    kindLayout->addWidget(m_allDay);
    kindLayout->addWidget(m_specialHours);
    kindLayout->addLayout(hours);
    kindLayout->addWidget(m_hoursError);

    auto *formBox = new QGroupBox(tr("Add a closure"), this);
    auto *form = new QFormLayout(formBox);
    auto *dateColumn = new QVBoxLayout;
    dateColumn->addWidget(m_date);
    dateColumn->addWidget(m_dateError);
    form->addRow(tr("&Date:"), dateColumn);
    form->addRow(tr("That day:"), kindLayout);
    auto *reasonColumn = new QVBoxLayout;
    reasonColumn->addWidget(m_reason);
    reasonColumn->addWidget(m_reasonError);
    form->addRow(tr("Reaso&n:"), reasonColumn);
    auto *hint = new QLabel(tr("Members see the reason. Bookings that the new hours would refuse "
                               "are not cancelled without asking you first."),
                            this);
    hint->setWordWrap(true);
    hint->setForegroundRole(QPalette::PlaceholderText);
    form->addRow(hint);
    auto *addRow = new QHBoxLayout;
    addRow->addStretch(1);
    addRow->addWidget(m_add);
    form->addRow(addRow);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(dateColumn)))
        label->setBuddy(m_date);
    if (auto *label = qobject_cast<QLabel *>(form->labelForField(reasonColumn)))
        label->setBuddy(m_reason);

    auto *columns = new QHBoxLayout;
    columns->addWidget(listBox, 3);
    columns->addWidget(formBox, 2, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_messages);
    layout->addWidget(m_usual);
    layout->addLayout(columns, 1);

    connect(m_allDay, &QRadioButton::toggled, this, &ClosuresView::updateForm);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ClosuresView::updateForm);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ClosuresView::updateForm);
    connect(m_add, &QPushButton::clicked, this, &ClosuresView::addClosure);
    connect(m_reason, &QLineEdit::returnPressed, this, &ClosuresView::addClosure);
    connect(m_remove, &QPushButton::clicked, this, &ClosuresView::removeSelected);
    setState(State::NoCoworking, tr("Choose a coworking to see its closures."));
}

QDate ClosuresView::today() const
{
    return ZoneTime(m_coworking.timezone).localDate(m_clock.now());
}

void ClosuresView::setCoworking(const Coworking &coworking)
{
    const bool other = coworking.id != m_coworking.id;
    m_coworking = coworking;
    if (other) {
        // What was typed for another coworking does not belong to this one.
        m_messages->dismiss();
        clearFieldErrors();
        m_reason->clear();
        m_allDay->setChecked(true);
        m_model->setClosures({});
    }
    const QDate now = today();
    m_date->setMinimumDate(now);
    m_date->setMaximumDate(now.addDays(kDaysAhead));
    if (other)
        m_date->setDate(now.addDays(1));
    const QLocale locale;
    const QString usual = locale.toString(coworking.opensAt, QLocale::ShortFormat) + u'\x2013'
            + locale.toString(coworking.closesAt, QLocale::ShortFormat);
    m_usual->setText(coworking.id.isEmpty()
                             ? QString()
                             : tr("Usually open %1 (%2). A closure replaces those hours on one "
                                  "date: closed all day, or open with special hours.")
                                       .arg(usual, coworking.timezone));
    refresh();
}

void ClosuresView::refresh()
{
    if (m_coworking.id.isEmpty()) {
        setState(State::NoCoworking, tr("Choose a coworking to see its closures."));
        return;
    }
    const quint64 generation = ++m_generation;
    // The list stays while it is read again; only a first read shows the loading state.
    if (m_state != State::List)
        setState(State::Loading, tr("Loading closures…"));
    const QDate from = today();
    m_client.coworkings().closures(
            m_coworking.id, from, from.addDays(kDaysAhead), this,
            [this, generation](client::Result<QList<Closure>> result) {
                if (generation != m_generation)
                    return;
                if (!result.ok()) {
                    m_model->setClosures({});
                    setState(State::Failed,
                             tr("The closures could not be read. %1")
                                     .arg(ErrorText::describe(result.error())));
                    m_messages->showMessage(MessageBar::Kind::Error,
                                            tr("The closures could not be read."), tr("Retry"),
                                            [this] { refresh(); });
                    emit loaded();
                    return;
                }
                m_model->setClosures(result.value());
                if (result.value().isEmpty())
                    setState(State::Empty,
                             tr("No closures ahead: the coworking keeps its usual hours every "
                                "day. Add one with the form beside this list."));
                else
                    setState(State::List);
                emit loaded();
            });
}

void ClosuresView::setState(State state, const QString &text)
{
    m_state = state;
    m_status->setText(text);
    m_stack->setCurrentWidget(state == State::List ? static_cast<QWidget *>(m_table) : m_status);
    updateForm();
}

void ClosuresView::updateForm()
{
    const bool coworking = !m_coworking.id.isEmpty();
    m_opens->setEnabled(m_specialHours->isChecked());
    m_closes->setEnabled(m_specialHours->isChecked());
    m_add->setEnabled(coworking && !m_sending);
    m_remove->setEnabled(coworking && !m_sending && m_state == State::List
                         && m_table->selectionModel()->hasSelection());
}

Closure ClosuresView::closureFromForm() const
{
    Closure closure;
    closure.date = m_date->date();
    if (m_specialHours->isChecked()) {
        closure.opensAt = m_opens->time();
        closure.closesAt = m_closes->time();
    }
    closure.reason = m_reason->text().trimmed();
    return closure;
}

void ClosuresView::addClosure()
{
    if (m_coworking.id.isEmpty() || m_sending)
        return;
    send(closureFromForm(), false);
}

void ClosuresView::send(const Closure &closure, bool cancelBookings)
{
    clearFieldErrors();
    m_sending = true;
    updateForm();
    const QString coworkingId = m_coworking.id;
    m_client.coworkings().addClosure(
            coworkingId, closure, cancelBookings, this,
            [this, closure, cancelBookings, coworkingId](client::Result<Closure> result) {
                m_sending = false;
                updateForm();
                if (coworkingId != m_coworking.id)
                    return;
                const QString day = ZoneTime(m_coworking.timezone).date(closure.date);
                if (!result.ok()) {
                    const client::ApiError &error = result.error();
                    if (error.code == u"CLOSURE_CONFLICT") {
                        askToCancelBookings(closure, error.details.value(u"bookings"_s).toInt());
                        return;
                    }
                    if (error.code == u"CLOSURE_EXISTS") {
                        const int row = m_model->rowOnDate(closure.date);
                        if (row >= 0)
                            m_table->selectRow(row);
                        m_messages->showError(tr("%1 has a closure already. Remove it first "
                                                 "to change that day.")
                                                      .arg(day));
                    } else {
                        showFieldErrors(error);
                    }
                    emit actionFinished(false);
                    return;
                }
                m_reason->clear();
                QString text = closure.closedAllDay()
                        ? tr("Closed all day on %1.").arg(day)
                        : tr("Special hours on %1: %2.")
                                  .arg(day, ClosureText::hours(result.value()));
                if (cancelBookings)
                    text += u' '
                            + tr("The bookings in the way were cancelled and each booker "
                                 "was told why.");
                m_messages->showPositive(text);
                emit actionFinished(true);
                refresh();
            });
}

void ClosuresView::askToCancelBookings(const Closure &closure, int bookings)
{
    const QString day = ZoneTime(m_coworking.timezone).date(closure.date);
    const QString question = closure.closedAllDay()
            ? tr("%n active booking(s) on %1 would be cancelled by closing that day.", nullptr,
                 bookings)
                      .arg(day)
            : tr("%n active booking(s) on %1 fall outside the special hours %2 and would be "
                 "cancelled.",
                 nullptr, bookings)
                      .arg(day, ClosureText::hours(closure));
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Bookings in the way"), question,
                                QMessageBox::NoButton, this);
    box->setInformativeText(tr("Each booker is told that the booking was cancelled, with the "
                               "reason you gave. Go back to keep the bookings and change the "
                               "closure instead."));
    QPushButton *closeAnyway = box->addButton(
            closure.closedAllDay() ? tr("Close and cancel %n booking(s)", nullptr, bookings)
                                   : tr("Change hours and cancel %n booking(s)", nullptr, bookings),
            QMessageBox::AcceptRole);
    box->addButton(tr("&Back"), QMessageBox::RejectRole);
    box->setDefaultButton(qobject_cast<QPushButton *>(box->buttons().last()));
    box->setAttribute(Qt::WA_DeleteOnClose);
    closeAnyway->setObjectName(u"closeAnyway"_s);
    connect(box, &QMessageBox::accepted, this, [this, closure] { send(closure, true); });
    connect(box, &QMessageBox::rejected, this, [this] {
        // The form keeps everything: the user changes the date or the hours and sends again.
        m_messages->showInfo(tr("Nothing was changed; the bookings stay."));
        emit actionFinished(false);
    });
    box->open();
}

void ClosuresView::removeSelected()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || m_sending)
        return;
    const Closure closure = m_model->closureAt(rows.first().row());
    const QString day = ZoneTime(m_coworking.timezone).date(closure.date);
    auto *box = new QMessageBox(
            QMessageBox::Question, tr("Remove closure"),
            tr("Remove the closure of %1 (%2)? The coworking then keeps its usual hours that day.")
                    .arg(day, ClosureText::hours(closure)),
            QMessageBox::NoButton, this);
    box->addButton(tr("&Remove"), QMessageBox::AcceptRole);
    box->addButton(tr("&Back"), QMessageBox::RejectRole);
    box->setAttribute(Qt::WA_DeleteOnClose);
    const QString coworkingId = m_coworking.id;
    connect(box, &QMessageBox::rejected, this, [this] { emit actionFinished(false); });
    connect(box, &QMessageBox::accepted, this, [this, closure, day, coworkingId] {
        m_sending = true;
        updateForm();
        m_client.coworkings().removeClosure(
                coworkingId, closure.id, this,
                [this, day, coworkingId](client::Result<client::Done> result) {
                    m_sending = false;
                    updateForm();
                    if (coworkingId != m_coworking.id)
                        return;
                    if (!result.ok()) {
                        m_messages->showError(ErrorText::describe(result.error()));
                        emit actionFinished(false);
                        refresh(); // a closure removed elsewhere leaves the list
                        return;
                    }
                    m_messages->showPositive(tr("%1 has its usual hours again.").arg(day));
                    emit actionFinished(true);
                    refresh();
                });
    });
    box->open();
}

void ClosuresView::showFieldErrors(const client::ApiError &error)
{
    bool placed = false;
    for (const client::FieldError &field : error.fields) {
        if (field.field == u"date") {
            showError(m_dateError, m_date, field.message);
        } else if (field.field == u"opens_at" || field.field == u"closes_at") {
            showError(m_hoursError, m_specialHours, field.message);
        } else if (field.field == u"reason") {
            showError(m_reasonError, m_reason, field.message);
        } else {
            continue;
        }
        placed = true;
    }
    m_messages->showError(placed ? tr("The closure was not accepted; see the marked fields.")
                                 : ErrorText::describe(error));
}

void ClosuresView::clearFieldErrors()
{
    showError(m_dateError, m_date, {});
    showError(m_hoursError, m_specialHours, {});
    showError(m_reasonError, m_reason, {});
}

QString ClosuresView::fieldError(const QString &field) const
{
    const QLabel *label = field == u"date" ? m_dateError
            : field == u"hours"            ? m_hoursError
            : field == u"reason"           ? m_reasonError
                                           : nullptr;
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace ui
} // namespace coworking
