#pragma once

#include <QByteArrayView>
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

    // The body limit of a request, from its request line.
    qint64 maxBodyBytesFor(QByteArrayView method, QByteArrayView target) const;
};

// Whether a request line names one of the routes that take an image upload (API.md, Storage):
// POST /storage/upload, PUT /users/me/avatar, POST /coworkings/{id}/images and
// PUT /coworkings/{id}/floor-plan. The guard decides from this before the body is read, so it
// mirrors the router: literal segments compare exactly, {id} must be a UUID, a query is ignored.
// A path the router would match only after decoding (%XX) is not an upload: it gets the smaller
// limit, never the larger one.
bool isUploadRoute(QByteArrayView method, QByteArrayView target);

} // namespace coworking
