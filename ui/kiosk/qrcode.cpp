#include "qrcode.h"

#include <qrencode.h>

#include <memory>

namespace coworking {
namespace ui {

namespace {

constexpr int kQuietZone = 4;

using QrPtr = std::unique_ptr<QRcode, decltype(&QRcode_free)>;

QrPtr encode(const QByteArray &text)
{
    // 8-bit mode: the text is taken as bytes, whatever it holds; version 0 picks the smallest.
    return QrPtr(QRcode_encodeData(int(text.size()),
                                   reinterpret_cast<const unsigned char *>(text.constData()), 0,
                                   QR_ECLEVEL_M),
                 &QRcode_free);
}

} // namespace

int qrCodeModules(const QByteArray &text)
{
    const QrPtr code = encode(text);
    return code ? code->width : 0;
}

QImage qrCodeImage(const QByteArray &text, int moduleSize)
{
    const QrPtr code = encode(text);
    if (!code || moduleSize < 1)
        return {};
    const int modules = code->width + 2 * kQuietZone;
    QImage image(modules * moduleSize, modules * moduleSize, QImage::Format_Mono);
    image.setColorTable({ qRgb(255, 255, 255), qRgb(0, 0, 0) });
    image.fill(0);
    for (int y = 0; y < code->width; ++y) {
        for (int x = 0; x < code->width; ++x) {
            // Bit 0 of each byte is the module's colour (1 = dark); the others are libqrencode's.
            if (!(code->data[y * code->width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    image.setPixel((x + kQuietZone) * moduleSize + dx,
                                   (y + kQuietZone) * moduleSize + dy, 1);
            }
        }
    }
    return image;
}

} // namespace ui
} // namespace coworking
