#include "bookfordialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

BookForDialog::BookForDialog(const QString &spotName, const SlotDay &day, const QDateTime &from,
                             QWidget *parent)
    : QDialog(parent),
      m_search(new QLineEdit(this)),
      m_results(new QListWidget(this)),
      m_note(new QLabel(this)),
      m_from(new QComboBox(this)),
      m_until(new QComboBox(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Book %1 for a member").arg(spotName));
    m_search->setPlaceholderText(tr("Name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Find member"));
    m_results->setAccessibleName(tr("Members found"));
    m_note->setWordWrap(true);
    day.fill(*m_from, false);
    day.fill(*m_until, true);
    SlotDay::select(*m_from, from);
    SlotDay::select(*m_until, from.addSecs(3600));
    m_buttons->addButton(tr("&Book"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Member:"), m_search);
    form->addRow(QString(), m_results);
    form->addRow(QString(), m_note);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_until);
    form->addRow(new QLabel(day.zone.withZone(day.zone.date(day.day)), this));
    form->addRow(m_buttons);
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(300);
    connect(&m_debounce, &QTimer::timeout, this, [this] {
        if (m_search->text().trimmed().size() >= 2)
            emit searchRequested(m_search->text().trimmed());
    });
    connect(m_search, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_debounce.stop();
        emit searchRequested(m_search->text().trimmed());
    });
    connect(m_results, &QListWidget::currentRowChanged, this, &BookForDialog::updateButtons);
    connect(m_from, &QComboBox::currentIndexChanged, this, &BookForDialog::updateButtons);
    connect(m_until, &QComboBox::currentIndexChanged, this, &BookForDialog::updateButtons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateButtons();
}

void BookForDialog::setMembers(const QList<User> &members, const QString &note)
{
    m_results->clear();
    for (const User &u : members) {
        auto *item = new QListWidgetItem(u.fullName + u" <"_s + u.email + u'>', m_results);
        item->setData(Qt::UserRole, u.id);
        item->setData(Qt::UserRole + 1, u.fullName);
    }
    m_note->setText(!note.isEmpty()             ? note
                            : members.isEmpty() ? tr("No member found.")
                                                : QString());
    if (members.size() == 1)
        m_results->setCurrentRow(0);
    updateButtons();
}

QString BookForDialog::memberId() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

QString BookForDialog::memberName() const
{
    const QListWidgetItem *item = m_results->currentItem();
    return item ? item->data(Qt::UserRole + 1).toString() : QString();
}

QDateTime BookForDialog::from() const
{
    return SlotDay::selected(*m_from);
}

QDateTime BookForDialog::until() const
{
    return SlotDay::selected(*m_until);
}

void BookForDialog::updateButtons()
{
    const bool ok = !memberId().isEmpty() && from().isValid() && until() > from();
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(ok);
    }
}

} // namespace ui
} // namespace coworking
