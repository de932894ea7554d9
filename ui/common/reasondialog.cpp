#include "reasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace coworking {
namespace ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &question, const QString &confirm,
                           const QStringList &presets, QWidget *parent)
    : QDialog(parent),
      m_question(new QLabel(question, this)),
      m_presets(new QComboBox(this)),
      m_text(new QPlainTextEdit(this)),
      m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(title);
    m_question->setWordWrap(true);
    m_presets->addItem(tr("Other reason (write below)"));
    m_presets->addItems(presets);
    m_presets->setVisible(!presets.isEmpty());
    m_presets->setAccessibleName(tr("Reason"));
    m_text->setPlaceholderText(tr("Reason"));
    m_text->setAccessibleName(tr("Reason in your own words"));
    m_text->setTabChangesFocus(true);
    m_text->setMaximumHeight(90);
    m_buttons->addButton(confirm, QDialogButtonBox::AcceptRole);
    m_buttons->addButton(tr("&Back"), QDialogButtonBox::RejectRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_question);
    layout->addWidget(m_presets);
    layout->addWidget(m_text);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_text, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateButtons);
    connect(m_presets, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_text->setEnabled(index == 0);
        updateButtons();
    });
    updateButtons();
}

void ReasonDialog::setReasonRequired(bool required)
{
    m_required = required;
    updateButtons();
}

QString ReasonDialog::reason() const
{
    if (m_presets->currentIndex() > 0)
        return m_presets->currentText();
    return m_text->toPlainText().trimmed();
}

void ReasonDialog::updateButtons()
{
    const auto buttons = m_buttons->buttons();
    for (QAbstractButton *b : buttons) {
        if (m_buttons->buttonRole(b) == QDialogButtonBox::AcceptRole)
            b->setEnabled(!m_required || !reason().isEmpty());
    }
}

} // namespace ui
} // namespace coworking
