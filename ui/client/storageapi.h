#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /storage: uploads (PNG, JPEG, WebP; 10 MiB at most) and their files.
class StorageApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // The uploaded file's URL.
    void upload(const QByteArray &image, const QByteArray &mimeType, QObject *context,
                Callback<QUrl> done);
    // A stored file by its URL (as upload, images and avatars give it) or its key.
    void download(const QUrl &url, QObject *context, Callback<QByteArray> done);
};

} // namespace coworking::client
