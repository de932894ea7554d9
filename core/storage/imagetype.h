#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

namespace coworking {

// The image formats the server stores (openapi.json, Storage). Decided by the bytes themselves,
// never by a file name or a declared Content-Type, which a client can set to anything.
enum class ImageType { Png, Jpeg, WebP };

// The type whose signature starts `bytes`; nullopt for anything else (GIF, SVG, HTML, empty).
std::optional<ImageType> sniffImageType(QByteArrayView bytes);

// "png", "jpg", "webp": the extension of a storage key.
QString imageExtension(ImageType type);
// The inverse of imageExtension(); nullopt for any other text.
std::optional<ImageType> imageTypeFromExtension(QStringView extension);
// "image/png", "image/jpeg", "image/webp".
QByteArray imageMimeType(ImageType type);

} // namespace coworking
