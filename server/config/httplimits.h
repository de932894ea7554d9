#pragma once

#include <QtGlobal>

namespace coworking {

// What Qt 6.4's HTTP server does not limit by itself (QT64-NOTES.md), enforced by the guard.
struct HttpLimits
{
    qint64 maxBodyBytes = 1024 * 1024;
    qint64 maxUploadBytes = 10 * 1024 * 1024; // bodies of upload routes (isUploadRoute)
    int maxHeaderBytes = 16 * 1024;
    int idleTimeoutSecs = 30; // keep-alive connection with nothing to do
    int headerTimeoutSecs = 10; // a request head must arrive within this (slowloris)
    int maxConnections = 1024; // per process
};

} // namespace coworking
