#pragma once

#include "httplimits.h"

#include <QByteArrayView>

namespace coworking {

// Whether a request line names one of the routes that take an image upload (API.md, Storage):
// POST /storage/upload, PUT /users/me/avatar, POST /coworkings/{id}/images and
// PUT /coworkings/{id}/floor-plan. The guard decides from this before the body is read, so it
// mirrors the router: literal segments compare exactly, {id} must be a UUID, a query is ignored.
// A path the router would match only after decoding (%XX) is not an upload: it gets the smaller
// limit, never the larger one.
bool isUploadRoute(QByteArrayView method, QByteArrayView target);

// The body limit of a request, from its request line: uploads may be larger.
qint64 maxBodyBytesFor(const HttpLimits &limits, QByteArrayView method, QByteArrayView target);

} // namespace coworking
