#pragma once

#include <QtGlobal>

namespace coworking {

// Where the event runner of a server process runs: on a thread of its own inside the server
// (the default with SQLite, so one process does everything), or not at all (the default with
// PostgreSQL, where coworking-runner processes do the work).
enum class RunnerMode { Off, Embedded };

// The runner's knobs (ServerConfig::runner; coworking-runner reads the same keys).
struct RunnerConfig
{
    RunnerMode mode = RunnerMode::Off; // resolve() picks the dialect's default
    int batchSize = 100; // events claimed per statement
    int leaseSeconds = 120; // a claimed event is another runner's after this
    int maxAttempts = 8; // then the event is dead
    int backoffBaseSeconds = 10; // first retry after this, doubling each attempt ...
    int backoffCapSeconds = 3600; // ... up to this
    int heartbeatSeconds = 5;
    int pollMilliseconds = 1000; // idle wait between passes
    int reminderLeadMinutes = 30;

    // When the attempt numbered `attempts` (1 for the first failure) is retried.
    qint64 backoffSeconds(int attempts) const
    {
        qint64 delay = backoffBaseSeconds;
        for (int i = 1; i < attempts && delay < backoffCapSeconds; ++i)
            delay *= 2;
        return qMin<qint64>(delay, backoffCapSeconds);
    }
};

} // namespace coworking
