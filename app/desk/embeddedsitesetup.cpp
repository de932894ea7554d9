#include "embeddedsitesetup.h"

#include "embeddedsite.h"

#include <QCoreApplication>
#include <QPointer>
#include <QThread>

namespace coworking {

namespace {

// Runs `work` on a new thread, then `done(result)` on the GUI thread while `context` lives. The
// answer is posted to the application object, which outlives both, and `context` is looked at
// there only: a QPointer is not to be read on one thread while its object dies on another.
template<typename Result>
void runOffThread(QObject *context, std::function<Result()> work, std::function<void(Result)> done)
{
    QPointer<QObject> guard(context);
    QThread *thread = QThread::create([guard, work = std::move(work), done = std::move(done)] {
        Result result = work();
        QMetaObject::invokeMethod(QCoreApplication::instance(), [guard, done, result] {
            if (guard)
                done(result);
        });
    });
    QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

} // namespace

QUrl EmbeddedSiteSetup::serverUrl() const
{
    return m_site.url();
}

void EmbeddedSiteSetup::createAdmin(const QString &email, const QString &password,
                                    const QString &fullName, QObject *context,
                                    std::function<void(QString error)> done)
{
    EmbeddedSite *site = &m_site;
    runOffThread<QString>(
            context,
            [site, email, password, fullName] {
                return site->createAdmin(email, password, fullName);
            },
            std::move(done));
}

void EmbeddedSiteSetup::loadDemo(QObject *context,
                                 std::function<void(QString error, Login admin)> done)
{
    EmbeddedSite *site = &m_site;
    using DemoOutcome = std::pair<QString, Login>;
    runOffThread<DemoOutcome>(
            context,
            [site]() -> DemoOutcome {
                const QString error = site->loadDemo();
                const auto admin = site->demoAdmin();
                if (error.isEmpty() && !admin)
                    return { QStringLiteral("The demo site has no administrator."), {} };
                return { error, admin ? Login{ admin->email, admin->password } : Login{} };
            },
            [done = std::move(done)](const DemoOutcome &outcome) {
                done(outcome.first, outcome.second);
            });
}

bool EmbeddedSiteSetup::canBackUp() const
{
    return m_site.database().dialect == Dialect::Sqlite;
}

QString EmbeddedSiteSetup::databaseFile() const
{
    return m_site.database().sqlitePath;
}

void EmbeddedSiteSetup::backup(const QString &file, QObject *context, SiteBackup::Done done)
{
    m_site.backup(file, context, [done = std::move(done)](const DatabaseBackup::Result &r) {
        done({ r.ok ? QString() : r.error, {}, {} });
    });
}

void EmbeddedSiteSetup::restore(const QString &file, QObject *context, SiteBackup::Done done)
{
    EmbeddedSite *site = &m_site;
    m_site.restore(file, context, [site, done = std::move(done)](const DatabaseBackup::Result &r) {
        SiteBackup::Outcome outcome{ r.ok ? QString() : r.error, r.keptAside, {} };
        if (const auto admin = site->demoAdmin())
            outcome.signIn = Login{ admin->email, admin->password };
        done(outcome);
    });
}

} // namespace coworking
