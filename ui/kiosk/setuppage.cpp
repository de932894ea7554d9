#include "setuppage.h"

#include "exitpin.h"

#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

SetupPage::SetupPage(QWidget *parent)
    : KioskPage(parent),
      m_where(new QLabel(this)),
      m_emailLabel(new QLabel(this)),
      m_email(new QLineEdit(this)),
      m_passwordLabel(new QLabel(this)),
      m_password(new QLineEdit(this)),
      m_pinLabel(new QLabel(this)),
      m_pin(new QLineEdit(this)),
      m_pinAgainLabel(new QLabel(this)),
      m_pinAgain(new QLineEdit(this)),
      m_keychain(new QLabel(this)),
      m_error(new QLabel(this)),
      m_start(primaryButton(this))
{
    setObjectName(u"setup"_s);
    setNavigation(false, false);
    m_where->setWordWrap(true);
    body()->addWidget(m_where);
    auto *form = new QFormLayout;
    m_password->setEchoMode(QLineEdit::Password);
    for (QLineEdit *pin : { m_pin, m_pinAgain }) {
        pin->setEchoMode(QLineEdit::Password);
        pin->setInputMethodHints(Qt::ImhDigitsOnly);
        pin->setMaxLength(ExitPin::kMaxDigits);
    }
    m_emailLabel->setBuddy(m_email);
    m_passwordLabel->setBuddy(m_password);
    m_pinLabel->setBuddy(m_pin);
    m_pinAgainLabel->setBuddy(m_pinAgain);
    form->addRow(m_emailLabel, m_email);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_pinLabel, m_pin);
    form->addRow(m_pinAgainLabel, m_pinAgain);
    body()->addLayout(form);
    m_keychain->setWordWrap(true);
    body()->addWidget(m_keychain);
    m_error->setProperty("role", u"error"_s);
    m_error->setWordWrap(true);
    m_error->hide();
    body()->addWidget(m_error);
    body()->addStretch(1);
    actions()->addWidget(m_start);
    for (QLineEdit *field : { m_email, m_password, m_pin, m_pinAgain }) {
        connect(field, &QLineEdit::textChanged, this, &SetupPage::updateButton);
        connect(field, &QLineEdit::returnPressed, this, &SetupPage::submit);
    }
    connect(m_start, &QPushButton::clicked, this, &SetupPage::submit);
    retranslate();
    updateButton();
}

void SetupPage::setServer(const QString &server, const QString &coworkingId)
{
    m_server = server;
    m_coworkingId = coworkingId;
    retranslate();
}

void SetupPage::setAskPin(bool ask)
{
    m_askPin = ask;
    for (QWidget *w :
         std::initializer_list<QWidget *>{ m_pin, m_pinAgain, m_pinLabel, m_pinAgainLabel })
        w->setVisible(ask);
    updateButton();
}

void SetupPage::setKeychainAvailable(bool available)
{
    m_keychainAvailable = available;
    retranslate();
}

void SetupPage::setBusy(bool busy)
{
    m_busy = busy;
    updateButton();
}

void SetupPage::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SetupPage::updateButton()
{
    m_start->setEnabled(!m_busy && m_email->text().contains(u'@') && !m_password->text().isEmpty()
                        && (!m_askPin || !m_pin->text().isEmpty()));
}

void SetupPage::submit()
{
    if (!m_start->isEnabled())
        return;
    if (m_askPin) {
        if (!ExitPin::isValid(m_pin->text())) {
            showError(tr("The PIN must be %1 to %2 digits.")
                              .arg(ExitPin::kMinDigits)
                              .arg(ExitPin::kMaxDigits));
            return;
        }
        if (m_pin->text() != m_pinAgain->text()) {
            showError(tr("The two PINs differ: type the same PIN twice."));
            return;
        }
    }
    showError({});
    emit submitted(m_email->text().trimmed(), m_password->text(),
                   m_askPin ? m_pin->text() : QString());
}

void SetupPage::retranslate()
{
    KioskPage::retranslate();
    titleLabel()->setText(tr("Set up the kiosk"));
    m_where->setText(tr("Server: %1\nCoworking: %2\nSign in with an account of its owner, a "
                        "manager or an administrator.")
                             .arg(m_server, m_coworkingId));
    m_emailLabel->setText(tr("Email"));
    m_passwordLabel->setText(tr("Password"));
    m_pinLabel->setText(tr("Exit PIN (4–8 digits)"));
    m_pinAgainLabel->setText(tr("The PIN again"));
    m_start->setText(tr("Start the kiosk"));
    m_keychain->setText(m_keychainAvailable
                                ? tr("The kiosk stays signed in: its session is kept in the "
                                     "system keychain.")
                                : tr("No system keychain answers: the session is kept in memory "
                                     "only, and the kiosk asks to sign in again after a "
                                     "restart."));
}

} // namespace ui
} // namespace coworking
