#include "imagetype.h"

using namespace Qt::StringLiterals;

namespace coworking {

std::optional<ImageType> sniffImageType(QByteArrayView bytes)
{
    // PNG: the 8-byte signature of RFC 2083, 3.1.
    if (bytes.startsWith(QByteArrayView("\x89PNG\r\n\x1a\n", 8)))
        return ImageType::Png;
    // JPEG: SOI marker followed by the first marker's 0xFF.
    if (bytes.startsWith(QByteArrayView("\xff\xd8\xff", 3)))
        return ImageType::Jpeg;
    // WebP: a RIFF container (4-byte little-endian size in between) of form type "WEBP".
    if (bytes.size() >= 12 && bytes.startsWith("RIFF") && bytes.sliced(8, 4) == "WEBP")
        return ImageType::WebP;
    return std::nullopt;
}

QString imageExtension(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return u"png"_s;
    case ImageType::Jpeg:
        return u"jpg"_s;
    case ImageType::WebP:
        return u"webp"_s;
    }
    Q_UNREACHABLE();
    return {};
}

std::optional<ImageType> imageTypeFromExtension(QStringView extension)
{
    for (const ImageType type : { ImageType::Png, ImageType::Jpeg, ImageType::WebP }) {
        if (extension == imageExtension(type))
            return type;
    }
    return std::nullopt;
}

QByteArray imageMimeType(ImageType type)
{
    switch (type) {
    case ImageType::Png:
        return "image/png";
    case ImageType::Jpeg:
        return "image/jpeg";
    case ImageType::WebP:
        return "image/webp";
    }
    Q_UNREACHABLE();
    return {};
}

} // namespace coworking
