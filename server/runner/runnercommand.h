#pragma once

#include <QStringList>

namespace coworking {

// The command line of coworking-runner: the server's configuration (database, data directory,
// log format, runner-* keys) plus --once. Returns the process exit code.
int runRunnerCommandLine(const QStringList &arguments);

} // namespace coworking
