#pragma once

#include <QStringList>

namespace coworking {

// The command line of coworking-server: `serve` (default), `migrate`, `create-user`,
// `seed-demo`.
// Returns the process exit code.
int runServerCommandLine(const QStringList &arguments);

} // namespace coworking
