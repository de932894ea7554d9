#include "guestpage.h"

#include "client/apiresult.h"
#include "common/errortext.h"
#include "common/jsonkeys.h"
#include "common/messagebar.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

GuestPage::GuestPage(QWidget *parent)
    : KioskPage(parent),
      m_nameLabel(new QLabel(this)),
      m_name(new QLineEdit(this)),
      m_nameError(new QLabel(this)),
      m_emailLabel(new QLabel(this)),
      m_email(new QLineEdit(this)),
      m_emailError(new QLabel(this)),
      m_continue(primaryButton(this))
{
    setObjectName(u"guest"_s);
    setStep(3, 4);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    m_nameLabel->setBuddy(m_name);
    m_emailLabel->setBuddy(m_email);
    m_email->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    for (QLabel *error : { m_nameError, m_emailError }) {
        error->setProperty("role", u"error"_s);
        error->setWordWrap(true);
        error->hide();
    }
    form->addRow(m_nameLabel, m_name);
    form->addRow(m_nameError);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_emailError);
    body()->addLayout(form);
    body()->addStretch(1);
    actions()->addWidget(m_continue);
    connect(m_name, &QLineEdit::textChanged, this, &GuestPage::updateButton);
    connect(m_email, &QLineEdit::textChanged, this, &GuestPage::updateButton);
    connect(m_email, &QLineEdit::returnPressed, m_continue, &QPushButton::click);
    connect(m_continue, &QPushButton::clicked, this, [this] {
        if (m_continue->isEnabled())
            emit submitted(m_name->text().trimmed(), m_email->text().trimmed());
    });
    retranslate();
    updateButton();
}

void GuestPage::reset()
{
    m_name->clear();
    m_email->clear();
    m_nameError->hide();
    m_emailError->hide();
    messageBar()->dismiss();
    setBusy(false);
}

void GuestPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void GuestPage::updateButton()
{
    m_continue->setEnabled(!m_busy && !m_name->text().trimmed().isEmpty()
                           && m_email->text().contains(u'@'));
}

void GuestPage::showError(const client::ApiError &error)
{
    m_nameError->hide();
    m_emailError->hide();
    bool shown = false;
    for (const FieldError &f : error.fields) {
        QLabel *label = f.field == keys::FullName ? m_nameError
                : f.field == keys::Email          ? m_emailError
                                                  : nullptr;
        if (!label)
            continue;
        // The server's words are English; the field is named in the kiosk's language.
        label->setText(f.field == keys::Email ? tr("Please check the email address.")
                                              : tr("Please type your name."));
        label->show();
        shown = true;
    }
    if (!shown)
        messageBar()->showError(ErrorText::describe(error));
}

void GuestPage::showEvent(QShowEvent *event)
{
    KioskPage::showEvent(event);
    m_name->setFocus();
}

void GuestPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Welcome! Tell us who you are"));
    m_nameLabel->setText(tr("Your name"));
    m_emailLabel->setText(tr("Your email"));
    m_continue->setText(tr("Continue"));
}

} // namespace ui
} // namespace coworking
