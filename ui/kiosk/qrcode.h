#pragma once

#include <QByteArray>
#include <QImage>

namespace coworking {
namespace ui {

// A QR code of `text` (libqrencode, error correction level M), drawn module by module: dark
// modules black on white, each `moduleSize` pixels, with the standard quiet zone of 4 modules.
// A null image when the text does not fit a QR code.
QImage qrCodeImage(const QByteArray &text, int moduleSize);

// The side of the symbol in modules without the quiet zone (0 when it does not encode), for tests.
int qrCodeModules(const QByteArray &text);

} // namespace ui
} // namespace coworking
