#include "signinwindow.h"

#include <QApplication>
#include <QCheckBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {
const QString kServer = u"signIn/server"_s;
const QString kEmail = u"signIn/email"_s;
} // namespace

SignInWindow::SignInWindow(QWidget *parent)
    : QWidget(parent),
      m_server(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_keep(new QCheckBox(tr("&Keep me signed in"), this)),
      m_keychainNote(new QLabel(this)),
      m_error(new QLabel(this)),
      m_signIn(new QPushButton(tr("&Sign In"), this))
{
    setObjectName(u"signInWindow"_s);
    setWindowTitle(tr("Sign in — Coworking Desk"));
    auto *title = new QLabel(tr("Coworking Desk"), this);
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    title->setFont(big);
    auto *logo = new QLabel(this);
    logo->setPixmap(qApp->windowIcon().pixmap(48, 48));
    m_server->setPlaceholderText(u"https://desk.example.com"_s);
    m_server->setAccessibleName(tr("Server address"));
    m_email->setPlaceholderText(tr("name@example.com"));
    m_email->setAccessibleName(tr("Email"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_keychainNote->setWordWrap(true);
    m_keychainNote->hide();
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setAccessibleName(tr("Sign-in problem"));
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText,
                          palette().color(QPalette::Window).lightness() < 128
                                  ? QColor(0xef, 0x9a, 0x9a)
                                  : QColor(0xb7, 0x1c, 0x1c));
    m_error->setPalette(errorPalette);
    m_error->hide();
    m_signIn->setDefault(true);
    m_signIn->setAutoDefault(true);

    auto *head = new QHBoxLayout;
    head->addWidget(logo);
    head->addWidget(title, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("Ser&ver:"), m_server);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(QString(), m_keep);
    form->addRow(QString(), m_keychainNote);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addLayout(head);
    layout->addSpacing(12);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_signIn);
    layout->addLayout(buttons);
    setMinimumWidth(440);

    m_server->setText(rememberedServer().toString());
    m_email->setText(rememberedEmail());
    connect(m_signIn, &QPushButton::clicked, this, &SignInWindow::submit);
    for (QLineEdit *field : { m_server, m_email, m_password }) {
        connect(field, &QLineEdit::returnPressed, this, &SignInWindow::submit);
        connect(field, &QLineEdit::textChanged, this, &SignInWindow::updateButton);
    }
    updateButton();
    if (!m_email->text().isEmpty())
        m_password->setFocus();
}

void SignInWindow::setServer(const QUrl &url)
{
    m_server->setText(url.toString());
}

QUrl SignInWindow::server() const
{
    QString text = m_server->text().trimmed();
    if (!text.contains(u"://"_s))
        text.prepend(u"http://"_s);
    return QUrl::fromUserInput(text);
}

void SignInWindow::setEmail(const QString &email)
{
    m_email->setText(email);
}

void SignInWindow::setKeychainAvailable(bool available)
{
    m_keychainNote->setText(
            available ? QString()
                      : tr("No system keychain answered: \"keep me signed in\" lasts only until "
                           "the desk closes."));
    m_keychainNote->setVisible(!available);
}

void SignInWindow::setBusy(bool busy)
{
    m_busy = busy;
    m_signIn->setText(busy ? tr("Signing in…") : tr("&Sign In"));
    for (QWidget *w : std::initializer_list<QWidget *>{ m_server, m_email, m_password, m_keep })
        w->setEnabled(!busy);
    updateButton();
    if (busy)
        QApplication::setOverrideCursor(Qt::BusyCursor);
    else
        QApplication::restoreOverrideCursor();
}

void SignInWindow::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        m_password->setFocus();
}

QString SignInWindow::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void SignInWindow::clearPassword()
{
    m_password->clear();
}

QUrl SignInWindow::rememberedServer()
{
    return QSettings().value(kServer, u"http://127.0.0.1:8080"_s).toUrl();
}

void SignInWindow::rememberServer(const QUrl &url, const QString &email)
{
    QSettings settings;
    settings.setValue(kServer, url);
    settings.setValue(kEmail, email);
}

QString SignInWindow::rememberedEmail()
{
    return QSettings().value(kEmail).toString();
}

void SignInWindow::submit()
{
    if (m_busy || !m_signIn->isEnabled())
        return;
    showError({});
    emit signInRequested(server(), m_email->text().trimmed(), m_password->text(),
                         m_keep->isChecked());
}

void SignInWindow::updateButton()
{
    m_signIn->setEnabled(!m_busy && server().isValid() && !m_server->text().trimmed().isEmpty()
                         && m_email->text().contains(u'@') && !m_password->text().isEmpty());
}

} // namespace ui
} // namespace coworking
