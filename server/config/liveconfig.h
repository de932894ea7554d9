#pragma once

#include <QStringList>
#include <QtGlobal>

namespace coworking {

// Settings of the live availability endpoint (GET /coworkings/{id}/live) and of the
// PostgreSQL channel that carries changes between server instances.
struct LiveConfig
{
    // Browser origins allowed to open the socket ("https://app.example.com"); a request without
    // an Origin header (a native app) is always allowed.
    QStringList allowedOrigins;
    int maxConnections = 10000; // live sockets per process
    int pingIntervalSecs = 30; // a client missing two pongs in a row is closed
    // Every subscriber's rights (the user's ban, the coworking, the staff role) are read again
    // this often, in batches, so a socket does not outlive them by more than this.
    int recheckIntervalSecs = 5;
    qint64 maxPendingBytes = 1024 * 1024; // unsent bytes before a client counts as too slow
    // The kernel send buffer of a live socket (SO_SNDBUF), capped so that a client that stops
    // reading shows in maxPendingBytes soon instead of after megabytes of kernel autotuning.
    int socketSendBufferBytes = 64 * 1024;
    int snapshotRefreshSecs = 600; // every subscriber gets a fresh snapshot this often
    int windowHours = 24; // snapshot bookings overlap [now, now + window)
    // PostgreSQL LISTEN heartbeat: a ping to itself this often, expected back within the
    // timeout, else the listening connection is reopened.
    int heartbeatMs = 2000;
    int heartbeatTimeoutMs = 3000;
};

} // namespace coworking
