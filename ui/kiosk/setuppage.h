#pragma once

#include "kioskpage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace coworking {
namespace ui {

// The kiosk's first start (and any start whose kept session was refused): a staff member of the
// coworking signs in, and on the first start chooses the PIN that lets staff leave the kiosk,
// typed twice. Says where the session is kept (the system keychain, or memory only).
class SetupPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QLineEdit *pinField() const { return m_pin; }
    QLineEdit *pinAgainField() const { return m_pinAgain; }
    QPushButton *startButton() const { return m_start; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *keychainNote() const { return m_keychain; }

    void setServer(const QString &server, const QString &coworkingId);
    // Whether the PIN is to be chosen now (no PIN kept yet).
    void setAskPin(bool ask);
    void setKeychainAvailable(bool available);
    void setBusy(bool busy);
    void showError(const QString &text);

signals:
    void submitted(const QString &email, const QString &password, const QString &pin);

protected:
    void retranslate() override;

private:
    void submit();
    void updateButton();

    QLabel *m_where;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_pinLabel;
    QLineEdit *m_pin;
    QLabel *m_pinAgainLabel;
    QLineEdit *m_pinAgain;
    QLabel *m_keychain;
    QLabel *m_error;
    QPushButton *m_start;
    QString m_server;
    QString m_coworkingId;
    bool m_askPin = true;
    bool m_keychainAvailable = true;
    bool m_busy = false;
};

} // namespace ui
} // namespace coworking
