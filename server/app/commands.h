#pragma once

#include "demoseeder.h"

#include <QStringList>

#include <optional>

namespace coworking {

// The command line of coworking-server: `serve` (default), `migrate`, `create-user`,
// `seed-demo`, `backup FILE`, `restore FILE`.
// Returns the process exit code.
int runServerCommandLine(const QStringList &arguments);

struct ServerConfig;
// Migrates (through a server without listeners, as create-user does), then fills the database
// with the demo site; nullopt with `error` when the database cannot be reached or migrated.
std::optional<DemoSeeder::Result> seedDemoSite(const ServerConfig &config, QString *error);

class AppError;
class Clock;
class CoworkingServer;
struct User;

// Fills the database of a started server (see seedDemoSite) on a connection of the calling
// thread named `connection`, its images in the server's storage.
DemoSeeder::Result seedDemoInto(CoworkingServer &server, const ServerConfig &config,
                                const Clock &clock, const QString &connection);

// The account a person asked for, as create-user and the desk's first start take it.
struct AccountDraft
{
    QString email;
    QString password;
    QString fullName;
    bool business = false;
    bool admin = false;
};

// Creates the account in the server's database with the roles set directly (no event: nobody is
// notified of their own account), on a connection of the calling thread named `connection`.
// Throws AppError (422 naming the invalid fields, 409 for a taken e-mail).
User createAccount(CoworkingServer &server, const Clock &clock, const QString &connection,
                   const AccountDraft &draft);
// The error as one text: the message, then one line per invalid field.
QString describeError(const AppError &error);

} // namespace coworking
