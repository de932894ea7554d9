#pragma once

#include "sitesetup.h"

#include <QObject>
#include <QString>

#include <functional>
#include <optional>

namespace coworking {
namespace ui {

// Backup and restore of the site the desk embeds (--embedded), for the File menu. The desk's
// composition root implements it over the embedded server, so the shell never links the server.
// The file work runs off the GUI thread; every answer arrives later, on the GUI thread, through
// `context`, and is dropped if `context` is gone.
class SiteBackup
{
public:
    struct Outcome
    {
        QString error; // empty on success; for people
        QString keptAside; // restore: where the replaced database now is
        // restore: an account the desk may sign in with on the restored site (the demo's
        // administrator), when it knows one
        std::optional<SiteSetup::Login> signIn;
    };
    using Done = std::function<void(const Outcome &)>;

    virtual ~SiteBackup() = default;

    // False on PostgreSQL, whose own tools (pg_dump, pg_restore) back it up.
    virtual bool canBackUp() const = 0;
    // The database file a restore replaces (kept aside beside it).
    virtual QString databaseFile() const = 0;
    // A consistent copy into `file` while the site goes on serving.
    virtual void backup(const QString &file, QObject *context, Done done) = 0;
    // Replaces the site's data with the copy in `file`; the server stops meanwhile and serves
    // again, on the same address, before `done`. A refused file changes nothing.
    virtual void restore(const QString &file, QObject *context, Done done) = 0;
};

} // namespace ui
} // namespace coworking
