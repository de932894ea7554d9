#include "firststartwizard.h"

#include "client/coworkingclient.h"
#include "common/errortext.h"
#include "common/jsonkeys.h"
#include "settings/timezonepicker.h"
#include "users/userservice.h"

#include <QFormLayout>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

namespace {

QLabel *wrappedLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}

// A page whose completeness and next page are decided by functions of the wizard's state.
class RulePage final : public QWizardPage
{
public:
    explicit RulePage(QWidget *parent) : QWizardPage(parent) { }
    std::function<bool()> complete;
    std::function<int()> next;
    std::function<void()> entered;

    bool isComplete() const override { return complete ? complete() : true; }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
    void initializePage() override
    {
        if (entered)
            entered();
    }
    void changed() { emit completeChanged(); }
};

bool plausibleEmail(const QString &email)
{
    const qsizetype at = email.indexOf(u'@');
    return at > 0 && email.indexOf(u'.', at) > at + 1 && !email.endsWith(u'.')
            && !email.contains(u' ');
}

} // namespace

FirstStartWizard::FirstStartWizard(SiteSetup &setup, client::CoworkingClient &client,
                                   QWidget *parent)
    : QWizard(parent),
      m_setup(setup),
      m_client(client),
      m_own(new QRadioButton(tr("Set up &my coworking"), this)),
      m_demo(new QRadioButton(tr("Explore the &demo site"), this)),
      m_fullName(new QLineEdit(this)),
      m_email(new QLineEdit(this)),
      m_password(new QLineEdit(this)),
      m_repeat(new QLineEdit(this)),
      m_adminHint(wrappedLabel({}, this)),
      m_coworkingName(new QLineEdit(this)),
      m_address(new QLineEdit(this)),
      m_zone(new TimeZonePicker(this)),
      m_opens(new QTimeEdit(QTime(8, 0), this)),
      m_closes(new QTimeEdit(QTime(20, 0), this)),
      m_coworkingHint(wrappedLabel({}, this)),
      m_status(wrappedLabel({}, this))
{
    setObjectName(u"firstStartWizard"_s);
    setWindowTitle(tr("New site — Coworking Desk"));
    setOption(QWizard::NoBackButtonOnLastPage, false);
    setOption(QWizard::NoCancelButtonOnLastPage, true);
    setMinimumSize(620, 480);

    // ---- welcome
    auto *welcome = new RulePage(this);
    welcome->setTitle(tr("Welcome to Coworking Desk"));
    welcome->setSubTitle(tr("This computer runs the coworking's server: the desk, the front-desk "
                            "kiosk and members' phones all use it."));
    m_own->setChecked(true);
    auto *ownNote = wrappedLabel(tr("Create the site's administrator account and your first "
                                    "coworking. Spots, the floor plan and the rules come next, "
                                    "in the desk."),
                                 welcome);
    auto *demoNote = wrappedLabel(tr("Three sample coworkings with their floor plans, people and "
                                     "bookings, to look around. Start a real site later with an "
                                     "empty data folder."),
                                  welcome);
    for (QLabel *note : { ownNote, demoNote })
        note->setContentsMargins(24, 0, 0, 8);
    auto *welcomeLayout = new QVBoxLayout(welcome);
    welcomeLayout->addWidget(m_own);
    welcomeLayout->addWidget(ownNote);
    welcomeLayout->addWidget(m_demo);
    welcomeLayout->addWidget(demoNote);
    welcomeLayout->addStretch(1);
    welcome->next = [this] { return m_demo->isChecked() ? SetupPage : AdminPage; };
    setPage(WelcomePage, welcome);

    // ---- administrator
    auto *admin = new RulePage(this);
    admin->setTitle(tr("The site's administrator"));
    admin->setSubTitle(tr("This account manages every coworking of the site and its people. "
                          "Keep the password safe."));
    m_fullName->setAccessibleName(tr("Full name"));
    m_email->setAccessibleName(tr("Email"));
    m_email->setPlaceholderText(tr("name@example.com"));
    for (QLineEdit *edit : { m_password, m_repeat })
        edit->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password"));
    m_repeat->setAccessibleName(tr("Repeat the password"));
    m_adminHint->setObjectName(u"adminHint"_s);
    auto *adminForm = new QFormLayout(admin);
    adminForm->addRow(tr("&Full name:"), m_fullName);
    adminForm->addRow(tr("&Email:"), m_email);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Repeat password:"), m_repeat);
    adminForm->addRow(QString(), m_adminHint);
    // The hint names the first thing missing, so Next is never disabled without a reason.
    const auto adminProblem = [this]() -> QString {
        if (m_fullName->text().trimmed().isEmpty())
            return tr("Enter the administrator's name.");
        if (!plausibleEmail(m_email->text().trimmed()))
            return tr("Enter an email address such as name@example.com.");
        if (m_password->text().size() < UserService::kMinPasswordLength)
            return tr("The password needs at least %n characters.", nullptr,
                      UserService::kMinPasswordLength);
        if (m_repeat->text() != m_password->text())
            return tr("The two passwords differ.");
        return {};
    };
    admin->complete = [adminProblem] { return adminProblem().isEmpty(); };
    for (QLineEdit *edit : { m_fullName, m_email, m_password, m_repeat }) {
        connect(edit, &QLineEdit::textChanged, admin, [admin, this, adminProblem] {
            m_adminHint->setText(adminProblem());
            admin->changed();
        });
    }
    m_adminHint->setText(adminProblem());
    setPage(AdminPage, admin);

    // ---- first coworking
    auto *coworking = new RulePage(this);
    coworking->setTitle(tr("Your first coworking"));
    coworking->setSubTitle(tr("Its opening hours are in its own time zone. Everything here can "
                              "be changed later in Settings."));
    m_coworkingName->setAccessibleName(tr("Coworking name"));
    m_address->setAccessibleName(tr("Address"));
    m_zone->setZoneId(QString::fromUtf8(QTimeZone::systemTimeZoneId()));
    m_opens->setDisplayFormat(u"HH:mm"_s);
    m_closes->setDisplayFormat(u"HH:mm"_s);
    m_opens->setAccessibleName(tr("Opens at"));
    m_closes->setAccessibleName(tr("Closes at"));
    m_coworkingHint->setObjectName(u"coworkingHint"_s);
    auto *hours = new QHBoxLayout;
    hours->addWidget(m_opens);
    hours->addWidget(new QLabel(u"–"_s, coworking));
    hours->addWidget(m_closes);
    hours->addStretch(1);
    auto *coworkingForm = new QFormLayout(coworking);
    coworkingForm->addRow(tr("&Name:"), m_coworkingName);
    coworkingForm->addRow(tr("&Address:"), m_address);
    coworkingForm->addRow(tr("&Time zone:"), m_zone);
    auto *hoursLabel = new QLabel(tr("Open &hours:"), coworking);
    hoursLabel->setBuddy(m_opens);
    coworkingForm->addRow(hoursLabel, hours);
    coworkingForm->addRow(QString(), m_coworkingHint);
    const auto coworkingProblem = [this]() -> QString {
        if (m_coworkingName->text().trimmed().isEmpty())
            return tr("Enter the coworking's name.");
        if (m_zone->zoneId().isEmpty())
            return tr("Choose the time zone of the coworking.");
        if (m_opens->time() >= m_closes->time())
            return tr("It must close after it opens.");
        return {};
    };
    coworking->complete = [coworkingProblem] { return coworkingProblem().isEmpty(); };
    const auto coworkingChanged = [coworking, this, coworkingProblem] {
        m_coworkingHint->setText(coworkingProblem());
        coworking->changed();
    };
    connect(m_coworkingName, &QLineEdit::textChanged, coworking, coworkingChanged);
    connect(m_zone, &TimeZonePicker::zoneChanged, coworking, coworkingChanged);
    connect(m_opens, &QTimeEdit::timeChanged, coworking, coworkingChanged);
    connect(m_closes, &QTimeEdit::timeChanged, coworking, coworkingChanged);
    m_coworkingHint->setText(coworkingProblem());
    setPage(CoworkingPage, coworking);

    // ---- setting up
    auto *progress = new RulePage(this);
    progress->setTitle(tr("Setting up the site"));
    m_status->setObjectName(u"setupStatus"_s);
    m_status->setTextFormat(Qt::RichText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *progressLayout = new QVBoxLayout(progress);
    progressLayout->addWidget(m_status);
    progressLayout->addStretch(1);
    progress->complete = [this] { return m_done; };
    progress->entered = [this] { runSetup(); };
    setButtonText(QWizard::CustomButton1, tr("&Try Again"));
    connect(this, &QWizard::customButtonClicked, this, [this](int which) {
        if (which == QWizard::CustomButton1 && currentId() == SetupPage)
            runSetup();
    });
    setPage(SetupPage, progress);

    // Finishing opens the desk; until then closing the wizard quits (nothing half-made is left
    // that a later start could not finish: an empty site asks again).
    connect(this, &QWizard::accepted, this, [this] {
        if (m_done)
            emit siteReady();
    });
}

bool FirstStartWizard::demoChosen() const
{
    return m_demo->isChecked();
}

void FirstStartWizard::step(const QString &text)
{
    m_status->setText(text.toHtmlEscaped());
}

void FirstStartWizard::fail(const QString &text)
{
    m_running = false;
    m_status->setText(u"<p>"_s + tr("The site could not be set up: %1").arg(text.toHtmlEscaped())
                      + u"</p><p>"_s + tr("Go back to change what you entered, or try again.")
                      + u"</p>"_s);
    setOption(QWizard::HaveCustomButton1, true);
    button(QWizard::BackButton)->setEnabled(true);
}

void FirstStartWizard::succeed(const QString &html)
{
    m_running = false;
    m_done = true;
    m_status->setText(html);
    // What was made stays made: no way back into the forms, only on into the desk.
    setOption(QWizard::NoBackButtonOnLastPage, true);
    if (auto *page = dynamic_cast<RulePage *>(this->page(SetupPage))) {
        page->setTitle(tr("The site is ready"));
        page->changed();
    }
}

void FirstStartWizard::runSetup()
{
    if (m_running || m_done)
        return;
    m_running = true;
    setOption(QWizard::HaveCustomButton1, false);
    delete m_calls;
    m_calls = new QObject(this);
    if (!m_demo->isChecked()) {
        createOwnSite();
        return;
    }
    step(tr("Loading the demo site: three coworkings with their people and bookings…"));
    m_setup.loadDemo(m_calls, [this](const QString &error, const SiteSetup::Login &admin) {
        if (!error.isEmpty())
            return fail(error);
        signIn(admin.email, admin.password, false, [this, admin] {
            succeed(tr("<p>The demo site is ready.</p><p>You are signed in as its administrator, "
                       "<b>%1</b>; the sign-ins of its other people are in the README.</p>")
                            .arg(admin.email.toHtmlEscaped()));
        });
    });
}

void FirstStartWizard::createOwnSite()
{
    const QString email = m_email->text().trimmed();
    const QString password = m_password->text();
    const auto afterAdmin = [this, email, password] {
        // Once made, the account stays as it is: a retry signs in with it.
        m_adminCreated = true;
        for (QLineEdit *edit : { m_fullName, m_email, m_password, m_repeat })
            edit->setReadOnly(true);
        step(tr("Signing in…"));
        signIn(email, password, true, [this] { createCoworking(); });
    };
    if (m_adminCreated)
        return afterAdmin();
    step(tr("Creating the administrator account…"));
    m_setup.createAdmin(email, password, m_fullName->text().trimmed(), m_calls,
                        [this, afterAdmin](const QString &error) {
                            if (!error.isEmpty())
                                return fail(error);
                            afterAdmin();
                        });
}

void FirstStartWizard::signIn(const QString &email, const QString &password, bool keep,
                              std::function<void()> then)
{
    m_client.api().setBaseUrl(m_setup.serverUrl());
    m_client.auth().login(email, password, keep, m_calls,
                          [this, then = std::move(then)](client::Result<User> r) {
                              if (!r.ok())
                                  return fail(ErrorText::describe(r.error()));
                              then();
                          });
}

void FirstStartWizard::createCoworking()
{
    step(tr("Creating the coworking…"));
    const QJsonObject body{ { keys::Name, m_coworkingName->text().trimmed() },
                            { keys::Address, m_address->text().trimmed() },
                            { keys::OpensAt, m_opens->time().toString(u"HH:mm"_s) },
                            { keys::ClosesAt, m_closes->time().toString(u"HH:mm"_s) },
                            { keys::Timezone, m_zone->zoneId() } };
    m_client.coworkings().create(body, m_calls, [this](client::Result<Coworking> r) {
        if (!r.ok())
            return fail(ErrorText::describe(r.error()));
        succeed(tr("<p><b>%1</b> is ready.</p><p>The desk, the kiosk and members' phones reach "
                   "the site at <b>%2</b>.</p><p>Add its spots in the floor plan editor "
                   "next.</p>")
                        .arg(r.value().name.toHtmlEscaped(),
                             m_setup.serverUrl().toString().toHtmlEscaped()));
    });
}

} // namespace ui
} // namespace coworking
