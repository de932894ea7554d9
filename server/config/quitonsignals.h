#pragma once

#include <QSocketNotifier>

#include <memory>

namespace coworking {

// The returned notifier ends the event loop (QCoreApplication::quit) when SIGINT or SIGTERM
// arrives; null when the signal pipe cannot be made. Shared by coworking-server and
// coworking-runner.
std::unique_ptr<QSocketNotifier> quitOnSignals();

} // namespace coworking
