#pragma once

#include "demoseeder.h"

#include <QStringList>

#include <optional>

namespace coworking {

// The command line of coworking-server: `serve` (default), `migrate`, `create-user`,
// `seed-demo`.
// Returns the process exit code.
int runServerCommandLine(const QStringList &arguments);

struct ServerConfig;
// Migrates (through a server without listeners, as create-user does), then fills the database
// with the demo site; nullopt with `error` when the database cannot be reached or migrated.
std::optional<DemoSeeder::Result> seedDemoSite(const ServerConfig &config, QString *error);

} // namespace coworking
