#pragma once

#include "kioskpage.h"

class QLabel;
class QLineEdit;
class QPushButton;

namespace coworking {
namespace client {
struct ApiError;
}
namespace ui {

// Walk-in step 3 for a newcomer: name and email; the server's objections appear beside the field
// they are about.
class GuestPage final : public KioskPage
{
    Q_OBJECT
public:
    explicit GuestPage(QWidget *parent = nullptr);

    QLineEdit *nameField() const { return m_name; }
    QLineEdit *emailField() const { return m_email; }
    QPushButton *continueButton() const { return m_continue; }
    QLabel *nameError() const { return m_nameError; }
    QLabel *emailError() const { return m_emailError; }
    void reset();
    void setBusy(bool busy);
    // A 422's fields beside their widgets; anything else in the message bar.
    void showError(const client::ApiError &error);

signals:
    void submitted(const QString &name, const QString &email);

protected:
    void retranslate() override;
    void showEvent(QShowEvent *event) override;

private:
    void updateButton();

    QLabel *m_nameLabel;
    QLineEdit *m_name;
    QLabel *m_nameError;
    QLabel *m_emailLabel;
    QLineEdit *m_email;
    QLabel *m_emailError;
    QPushButton *m_continue;
    bool m_busy = false;
};

} // namespace ui
} // namespace coworking
