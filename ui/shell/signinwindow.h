#pragma once

#include <QUrl>
#include <QWidget>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace coworking {
namespace ui {

// The first window: server address (remembered), email, password and "keep me signed in". It
// only asks (signInRequested); the session signs in and answers with showError() in words, or
// closes it. When no system keychain answers, "keep me signed in" is memory only and it says so.
class SignInWindow final : public QWidget
{
    Q_OBJECT
public:
    explicit SignInWindow(QWidget *parent = nullptr);

    void setServer(const QUrl &url);
    QUrl server() const;
    void setEmail(const QString &email);
    void setKeychainAvailable(bool available);
    void setBusy(bool busy);
    void showError(const QString &text);
    QString errorText() const;
    void clearPassword();

    QLineEdit *serverField() const { return m_server; }
    QLineEdit *emailField() const { return m_email; }
    QLineEdit *passwordField() const { return m_password; }
    QCheckBox *keepSignedIn() const { return m_keep; }
    QPushButton *signInButton() const { return m_signIn; }
    QLabel *keychainNote() const { return m_keychainNote; }

    // The server last signed in to (QSettings), or the default local server.
    static QUrl rememberedServer();
    static void rememberServer(const QUrl &url, const QString &email);
    static QString rememberedEmail();

signals:
    void signInRequested(const QUrl &server, const QString &email, const QString &password,
                         bool keepSignedIn);

private:
    void submit();
    void updateButton();

    QLineEdit *m_server;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QCheckBox *m_keep;
    QLabel *m_keychainNote;
    QLabel *m_error;
    QPushButton *m_signIn;
    bool m_busy = false;
};

} // namespace ui
} // namespace coworking
