#include "movedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>

namespace coworking {
namespace ui {

MoveDialog::MoveDialog(const FloorBooking &booking, const QList<Spot> &spots, const SlotDay &day,
                       QWidget *parent)
    : QDialog(parent),
      m_booking(booking),
      m_day(day),
      m_spot(new QComboBox(this)),
      m_from(new QComboBox(this)),
      m_until(new QComboBox(this)),
      m_summary(new QLabel(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Move booking"));
    for (const Spot &s : spots) {
        if (s.active)
            m_spot->addItem(s.name, s.id);
    }
    m_spot->setCurrentIndex(m_spot->findData(booking.spotId));
    day.fill(*m_from, false);
    day.fill(*m_until, true);
    SlotDay::select(*m_from, booking.range.from);
    SlotDay::select(*m_until, booking.range.until);
    m_summary->setWordWrap(true);
    m_buttons->addButton(tr("&Move"), QDialogButtonBox::AcceptRole);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Spot:"), m_spot);
    form->addRow(tr("&From:"), m_from);
    form->addRow(tr("&Until:"), m_until);
    form->addRow(m_summary);
    form->addRow(m_buttons);
    for (QComboBox *box : { m_spot, m_from, m_until })
        connect(box, &QComboBox::currentIndexChanged, this, &MoveDialog::updateSummary);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateSummary();
}

QString MoveDialog::spotId() const
{
    return m_spot->currentData().toString();
}

QDateTime MoveDialog::from() const
{
    return SlotDay::selected(*m_from);
}

QDateTime MoveDialog::until() const
{
    return SlotDay::selected(*m_until);
}

void MoveDialog::updateSummary()
{
    const bool valid = !spotId().isEmpty() && until() > from();
    const bool changed = spotId() != m_booking.spotId || from() != m_booking.range.from
            || until() != m_booking.range.until;
    m_summary->setText(
            valid ? tr("New place and time: %1, %2.")
                            .arg(m_spot->currentText(), m_day.zone.rangeWithZone(from(), until()))
                  : tr("The end must be after the start."));
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(valid && changed);
    }
}

} // namespace ui
} // namespace coworking
