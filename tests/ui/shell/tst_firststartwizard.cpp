// The first start of a one-PC site: the wizard of `coworking-desk --embedded` on an empty database,
// driven with keys and clicks against the real embedded server (EmbeddedSite, SQLite, real HTTP).
// It creates the administrator and the first coworking, or loads the demo; the next start signs
// in by itself from the kept token; nothing is accepted until the form makes sense.
#include "client/coworkingclient.h"
#include "client/tokenstore.h"
#include "embeddedsite.h"
#include "embeddedsitesetup.h"
#include "settings/timezonepicker.h"
#include "shell/firststartwizard.h"

#include <QAbstractButton>
#include <QCommandLineParser>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeEdit>

using namespace Qt::StringLiterals;
using namespace coworking;
using namespace coworking::ui;

namespace {

// A token store that outlives one client, as the keychain outlives one run of the desk.
class SharedTokens final : public client::TokenStore
{
public:
    explicit SharedTokens(client::MemoryTokenStore &store) : m_store(store) { }
    bool persistent() const override { return true; }
    void save(const QString &account, const QString &token) override
    {
        m_store.save(account, token);
    }
    void load(const QString &account, QObject *context, LoadCallback done) override
    {
        m_store.load(account, context, std::move(done));
    }
    void remove(const QString &account) override { m_store.remove(account); }

private:
    client::MemoryTokenStore &m_store;
};

// On a free port, or on `port`: the desk keeps its token per server address, and a site comes
// back on the port it had.
bool startSite(EmbeddedSite &site, const QString &dataDir, int port = 0)
{
    QCommandLineParser parser;
    EmbeddedSite::addOptions(parser);
    if (!parser.parse({ u"coworking-desk"_s, u"--data-dir"_s, dataDir, u"--listen"_s,
                        u"127.0.0.1:%1"_s.arg(port), u"--threads"_s, u"2"_s }))
        return false;
    QString error;
    if (!site.start(parser, &error)) {
        qWarning() << error;
        return false;
    }
    return true;
}

// An empty site in a folder of its own, and its wizard.
struct FreshSite
{
    QTemporaryDir dir;
    EmbeddedSite site;
    bool started = startSite(site, dir.path());
    EmbeddedSiteSetup setup{ site };
    client::CoworkingClient client{ site.url(), std::make_unique<client::MemoryTokenStore>() };
    FirstStartWizard wizard{ setup, client };
};

void clickNext(FirstStartWizard &wizard)
{
    QAbstractButton *next = wizard.button(QWizard::NextButton);
    QVERIFY2(next->isEnabled(), "Next is disabled");
    QTest::mouseClick(next, Qt::LeftButton);
}

void type(QLineEdit *edit, const QString &text)
{
    edit->clear();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestFirstStartWizard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"coworking-tests"_s);
    }

    void createsTheAdministratorAndTheFirstCoworking()
    {
        QTemporaryDir dir;
        client::MemoryTokenStore keychain;
        int port = 0;
        {
            EmbeddedSite site;
            QVERIFY(startSite(site, dir.path()));
            QVERIFY(site.isEmptySite());
            EmbeddedSiteSetup setup(site);
            client::CoworkingClient client(site.url(), std::make_unique<SharedTokens>(keychain));
            FirstStartWizard wizard(setup, client);
            QSignalSpy ready(&wizard, &FirstStartWizard::siteReady);
            wizard.show();
            QVERIFY(QTest::qWaitForWindowExposed(&wizard));

            QCOMPARE(wizard.currentId(), int(FirstStartWizard::WelcomePage));
            clickNext(wizard);
            QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdminPage));

            // Next stays off, with the reason in words, until the account makes sense.
            auto *hint = wizard.findChild<QLabel *>(u"adminHint"_s);
            QAbstractButton *next = wizard.button(QWizard::NextButton);
            QVERIFY(!next->isEnabled());
            type(wizard.fullNameEdit(), u"Olga Site"_s);
            type(wizard.emailEdit(), u"olga@example"_s);
            QVERIFY(!next->isEnabled());
            QVERIFY(hint->text().contains(u"email"_s, Qt::CaseInsensitive));
            type(wizard.emailEdit(), u"olga@example.com"_s);
            type(wizard.passwordEdit(), u"short"_s);
            QVERIFY(!next->isEnabled());
            QVERIFY(hint->text().contains(u"8"_s));
            type(wizard.passwordEdit(), u"a-long-secret"_s);
            type(wizard.repeatEdit(), u"a-long-secreT"_s);
            QVERIFY(!next->isEnabled());
            QVERIFY(hint->text().contains(u"differ"_s));
            type(wizard.repeatEdit(), u"a-long-secret"_s);
            QVERIFY(next->isEnabled());
            QVERIFY(hint->text().isEmpty());
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(FirstStartWizard::CoworkingPage));
            QVERIFY(!next->isEnabled()); // no name yet
            type(wizard.coworkingNameEdit(), u"Harbour Loft"_s);
            type(wizard.addressEdit(), u"1 Quay Street"_s);
            wizard.timeZonePicker()->setZoneId(u"Europe/Berlin"_s);
            wizard.opensEdit()->setTime(QTime(21, 0));
            QVERIFY(!next->isEnabled()); // closes before it opens
            wizard.opensEdit()->setTime(QTime(7, 30));
            wizard.closesEdit()->setTime(QTime(19, 0));
            QVERIFY(next->isEnabled());
            clickNext(wizard);

            QCOMPARE(wizard.currentId(), int(FirstStartWizard::SetupPage));
            QTRY_VERIFY_WITH_TIMEOUT(wizard.isSetUp(), 20000);
            QVERIFY(wizard.statusLabel()->text().contains(u"Harbour Loft"_s));
            QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());
            // What was made stays made: no way back into the forms.
            QVERIFY(!wizard.button(QWizard::BackButton)->isVisible());
            QTest::mouseClick(wizard.button(QWizard::FinishButton), Qt::LeftButton);
            QCOMPARE(ready.size(), 1);

            // The account is the site's administrator, and owns the coworking as entered.
            const auto me = client.api().currentUser();
            QVERIFY(me.has_value());
            QVERIFY(me->isAdmin);
            QCOMPARE(me->email, u"olga@example.com"_s);
            QCOMPARE(me->fullName, u"Olga Site"_s);
            std::optional<Coworking> made;
            client.coworkings().list({}, { 10, 0 }, &wizard,
                                     [&](client::Result<Page<Coworking>> r) {
                                         QVERIFY(r.ok());
                                         QCOMPARE(r.value().total, qint64(1));
                                         made = r.value().items.first();
                                     });
            QTRY_VERIFY(made.has_value());
            QCOMPARE(made->name, u"Harbour Loft"_s);
            QCOMPARE(made->address, u"1 Quay Street"_s);
            QCOMPARE(made->timezone, u"Europe/Berlin"_s);
            QCOMPARE(made->opensAt, QTime(7, 30));
            QCOMPARE(made->closesAt, QTime(19, 0));
            QVERIFY(!site.isEmptySite());
            port = site.url().port();
            site.stop();
        }

        // The next start: the site has its administrator, so no wizard; the kept token signs in.
        EmbeddedSite again;
        QVERIFY(startSite(again, dir.path(), port));
        QVERIFY(!again.isEmptySite());
        client::CoworkingClient client(again.url(), std::make_unique<SharedTokens>(keychain));
        QObject context;
        std::optional<bool> resumed;
        client.auth().restoreSession(&context, [&](client::Result<User> r) {
            resumed = r.ok() && r.value().email == u"olga@example.com"_s;
        });
        QTRY_VERIFY_WITH_TIMEOUT(resumed.has_value(), 20000);
        QVERIFY(*resumed);
    }

    void loadsTheDemoSite()
    {
        FreshSite fresh;
        QVERIFY(fresh.started);
        EmbeddedSite &site = fresh.site;
        client::CoworkingClient &client = fresh.client;
        FirstStartWizard &wizard = fresh.wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        QRadioButton *demo = wizard.demoChoice();
        QTest::mouseClick(demo, Qt::LeftButton, {}, QPoint(8, demo->height() / 2));
        QVERIFY(wizard.demoChosen());
        clickNext(wizard);
        // The demo needs no account of its own: straight to setting up.
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::SetupPage));
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isSetUp(), 60000);
        QVERIFY(site.demoAdmin().has_value());
        QVERIFY(wizard.statusLabel()->text().contains(site.demoAdmin()->email));
        const auto me = client.api().currentUser();
        QVERIFY(me.has_value());
        QVERIFY(me->isAdmin);
        std::optional<qint64> coworkings;
        client.coworkings().list({}, { 10, 0 }, &wizard, [&](client::Result<Page<Coworking>> r) {
            coworkings = r.ok() ? r.value().total : -1;
        });
        QTRY_VERIFY(coworkings.has_value());
        QCOMPARE(*coworkings, qint64(3));
    }

    void aRefusedAccountIsToldAndCanBeCorrected()
    {
        FreshSite fresh;
        QVERIFY(fresh.started);
        EmbeddedSite &site = fresh.site;
        FirstStartWizard &wizard = fresh.wizard;
        wizard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&wizard));
        clickNext(wizard);
        type(wizard.fullNameEdit(), QString(300, u'x')); // the server's limit is far lower
        type(wizard.emailEdit(), u"ann@example.com"_s);
        type(wizard.passwordEdit(), u"a-long-secret"_s);
        type(wizard.repeatEdit(), u"a-long-secret"_s);
        clickNext(wizard);
        type(wizard.coworkingNameEdit(), u"Studio"_s);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.statusLabel()->text().contains(u"could not"_s), 20000);
        QVERIFY(wizard.statusLabel()->text().contains(u"full_name"_s));
        QVERIFY(!wizard.isSetUp());
        QVERIFY(site.isEmptySite()); // nothing half-made
        QVERIFY(wizard.button(QWizard::CustomButton1)->isVisible()); // "Try Again"
        QVERIFY(!wizard.button(QWizard::FinishButton)->isEnabled());

        // Back twice, a sensible name, and on.
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QTest::mouseClick(wizard.button(QWizard::BackButton), Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(FirstStartWizard::AdminPage));
        type(wizard.fullNameEdit(), u"Ann Admin"_s);
        clickNext(wizard);
        clickNext(wizard);
        QTRY_VERIFY_WITH_TIMEOUT(wizard.isSetUp(), 20000);
        QVERIFY(!site.isEmptySite());
    }
};

QTEST_MAIN(TestFirstStartWizard)
#include "tst_firststartwizard.moc"
