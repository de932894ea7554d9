#pragma once

#include "sitesetup.h"

#include <QWizard>

class QLabel;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace coworking {
namespace client {
class CoworkingClient;
}
namespace ui {

class TimeZonePicker;

// The first start of a one-PC site (an embedded server with an empty database): create the
// site's administrator and its first coworking, or load the demo site. When it finishes, the
// client is signed in (an own site: with "keep me signed in", so later starts open by themselves)
// and the desk opens its main window.
class FirstStartWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FirstStartWizard)

public:
    enum PageId { WelcomePage, AdminPage, CoworkingPage, SetupPage };

    FirstStartWizard(SiteSetup &setup, client::CoworkingClient &client, QWidget *parent = nullptr);

    bool demoChosen() const;
    // The fields, for tests and the scripted screenshots.
    QRadioButton *demoChoice() const { return m_demo; }
    QLineEdit *fullNameEdit() const { return m_fullName; }
    QLineEdit *emailEdit() const { return m_email; }
    QLineEdit *passwordEdit() const { return m_password; }
    QLineEdit *repeatEdit() const { return m_repeat; }
    QLineEdit *coworkingNameEdit() const { return m_coworkingName; }
    QLineEdit *addressEdit() const { return m_address; }
    TimeZonePicker *timeZonePicker() const { return m_zone; }
    QTimeEdit *opensEdit() const { return m_opens; }
    QTimeEdit *closesEdit() const { return m_closes; }
    // The set-up page's outcome line: progress, the error, or the site's address.
    QLabel *statusLabel() const { return m_status; }
    // True once everything the wizard does has succeeded (Finish is enabled).
    bool isSetUp() const { return m_done; }

signals:
    // Everything is set up and the client is signed in.
    void siteReady();

private:
    void runSetup();
    void createOwnSite();
    void signIn(const QString &email, const QString &password, bool keep,
                std::function<void()> then);
    void createCoworking();
    void succeed(const QString &html);
    void fail(const QString &text);
    void step(const QString &text);

    SiteSetup &m_setup;
    client::CoworkingClient &m_client;
    QRadioButton *m_own;
    QRadioButton *m_demo;
    QLineEdit *m_fullName;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_adminHint;
    QLineEdit *m_coworkingName;
    QLineEdit *m_address;
    TimeZonePicker *m_zone;
    QTimeEdit *m_opens;
    QTimeEdit *m_closes;
    QLabel *m_coworkingHint;
    QLabel *m_status;
    QObject *m_calls = nullptr; // owns the callbacks of the run in progress
    bool m_running = false;
    bool m_done = false;
    bool m_adminCreated = false; // a retry after a later step failed does not create it twice
};

} // namespace ui
} // namespace coworking
