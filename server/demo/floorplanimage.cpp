#include "floorplanimage.h"

#include "spots/spot.h"

#include <QtEndian>

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>

namespace coworking {

namespace {

// CRC-32 (ISO 3309, polynomial 0xEDB88320), as PNG chunks carry it.
quint32 crc32(const QByteArray &bytes)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k)
                c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            t[n] = c;
        }
        return t;
    }();
    quint32 c = 0xFFFFFFFFu;
    for (const char byte : bytes)
        c = table[(c ^ quint8(byte)) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

void appendBigEndian(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendChunk(QByteArray &png, const char type[4], const QByteArray &data)
{
    appendBigEndian(png, quint32(data.size()));
    QByteArray typed(type, 4);
    typed.append(data);
    png.append(typed);
    appendBigEndian(png, crc32(typed));
}

} // namespace

FloorPlanImage::FloorPlanImage(int width, int height, Rgb background)
    : m_width(std::max(width, 1)), m_height(std::max(height, 1))
{
    m_rgb.resize(qsizetype(m_width) * m_height * 3);
    for (qsizetype i = 0; i < m_rgb.size(); i += 3) {
        m_rgb[i] = char(background.r);
        m_rgb[i + 1] = char(background.g);
        m_rgb[i + 2] = char(background.b);
    }
}

FloorPlanImage::Rgb FloorPlanImage::pixel(int x, int y) const
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return {};
    const qsizetype i = (qsizetype(y) * m_width + x) * 3;
    return { quint8(m_rgb[i]), quint8(m_rgb[i + 1]), quint8(m_rgb[i + 2]) };
}

void FloorPlanImage::set(int x, int y, Rgb color)
{
    if (x < 0 || y < 0 || x >= m_width || y >= m_height)
        return;
    const qsizetype i = (qsizetype(y) * m_width + x) * 3;
    m_rgb[i] = char(color.r);
    m_rgb[i + 1] = char(color.g);
    m_rgb[i + 2] = char(color.b);
}

void FloorPlanImage::fillRect(const QRectF &rect, Rgb color)
{
    // A pixel belongs to the shape when its centre does.
    const int x0 = std::max(0, int(std::ceil(rect.left() - 0.5)));
    const int x1 = std::min(m_width, int(std::ceil(rect.right() - 0.5)));
    const int y0 = std::max(0, int(std::ceil(rect.top() - 0.5)));
    const int y1 = std::min(m_height, int(std::ceil(rect.bottom() - 0.5)));
    for (int y = y0; y < y1; ++y) {
        for (int x = x0; x < x1; ++x)
            set(x, y, color);
    }
}

void FloorPlanImage::strokeRect(const QRectF &rect, double thickness, Rgb color)
{
    const double t = std::min({ thickness, rect.width() / 2, rect.height() / 2 });
    fillRect({ rect.left(), rect.top(), rect.width(), t }, color);
    fillRect({ rect.left(), rect.bottom() - t, rect.width(), t }, color);
    fillRect({ rect.left(), rect.top() + t, t, rect.height() - 2 * t }, color);
    fillRect({ rect.right() - t, rect.top() + t, t, rect.height() - 2 * t }, color);
}

void FloorPlanImage::fillPlacement(const SpotPlacement &map, Rgb fill, Rgb outline, double border)
{
    const double cx = map.x + map.width / 2;
    const double cy = map.y + map.height / 2;
    const double radians = map.rotation * std::numbers::pi / 180.0;
    const double cosA = std::cos(radians);
    const double sinA = std::sin(radians);
    const double halfW = map.width / 2;
    const double halfH = map.height / 2;
    // The bounding box of the turned rectangle.
    const double extentX = std::abs(halfW * cosA) + std::abs(halfH * sinA);
    const double extentY = std::abs(halfW * sinA) + std::abs(halfH * cosA);
    const int x0 = std::max(0, int(std::floor(cx - extentX)));
    const int x1 = std::min(m_width - 1, int(std::ceil(cx + extentX)));
    const int y0 = std::max(0, int(std::floor(cy - extentY)));
    const int y1 = std::min(m_height - 1, int(std::ceil(cy + extentY)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            // The pixel centre turned back into the rectangle's own axes (y points down, so a
            // positive angle turns clockwise on screen).
            const double dx = x + 0.5 - cx;
            const double dy = y + 0.5 - cy;
            const double u = dx * cosA + dy * sinA;
            const double v = -dx * sinA + dy * cosA;
            if (std::abs(u) > halfW || std::abs(v) > halfH)
                continue;
            const bool edge = halfW - std::abs(u) < border || halfH - std::abs(v) < border;
            set(x, y, edge ? outline : fill);
        }
    }
}

void FloorPlanImage::fillDisc(double cx, double cy, double radius, Rgb color)
{
    const int x0 = std::max(0, int(std::floor(cx - radius)));
    const int x1 = std::min(m_width - 1, int(std::ceil(cx + radius)));
    const int y0 = std::max(0, int(std::floor(cy - radius)));
    const int y1 = std::min(m_height - 1, int(std::ceil(cy + radius)));
    for (int y = y0; y <= y1; ++y) {
        for (int x = x0; x <= x1; ++x) {
            const double dx = x + 0.5 - cx;
            const double dy = y + 0.5 - cy;
            if (dx * dx + dy * dy <= radius * radius)
                set(x, y, color);
        }
    }
}

QByteArray FloorPlanImage::toPng() const
{
    return encodePng(m_width, m_height, m_rgb);
}

QByteArray FloorPlanImage::encodePng(int width, int height, const QByteArray &rgbRows)
{
    const qsizetype stride = qsizetype(width) * 3;
    Q_ASSERT(rgbRows.size() == stride * height);

    QByteArray header;
    appendBigEndian(header, quint32(width));
    appendBigEndian(header, quint32(height));
    header.append(char(8)); // bit depth
    header.append(char(2)); // colour type: RGB
    header.append(char(0)); // compression: deflate
    header.append(char(0)); // filter method
    header.append(char(0)); // no interlace

    QByteArray filtered;
    filtered.reserve((stride + 1) * height);
    for (int y = 0; y < height; ++y) {
        filtered.append(char(0)); // filter type "none"
        filtered.append(rgbRows.constData() + y * stride, stride);
    }
    // qCompress yields a 4-byte length followed by a complete zlib stream, which is what IDAT
    // holds.
    const QByteArray zlib = qCompress(filtered, 9).mid(4);

    QByteArray png("\x89PNG\r\n\x1a\n", 8);
    appendChunk(png, "IHDR", header);
    appendChunk(png, "IDAT", zlib);
    appendChunk(png, "IEND", {});
    return png;
}

} // namespace coworking
