#pragma once

#include "shell/sitebackup.h"
#include "shell/sitesetup.h"

namespace coworking {

class EmbeddedSite;

// The first-start wizard's SiteSetup, and the File menu's SiteBackup, over the server this desk
// embeds. The work (a password
// hash, the demo's data) runs on a thread of its own, never on the GUI thread; answers come back
// through the caller's context object, and are dropped if it is gone.
class EmbeddedSiteSetup final : public ui::SiteSetup, public ui::SiteBackup
{
public:
    explicit EmbeddedSiteSetup(EmbeddedSite &site) : m_site(site) { }

    QUrl serverUrl() const override;
    void createAdmin(const QString &email, const QString &password, const QString &fullName,
                     QObject *context, std::function<void(QString error)> done) override;
    void loadDemo(QObject *context, std::function<void(QString error, Login admin)> done) override;

    bool canBackUp() const override;
    QString databaseFile() const override;
    void backup(const QString &file, QObject *context, SiteBackup::Done done) override;
    void restore(const QString &file, QObject *context, SiteBackup::Done done) override;

private:
    EmbeddedSite &m_site;
};

} // namespace coworking
