#pragma once

#include <QByteArray>
#include <QRectF>
#include <QtGlobal>

namespace coworking {

struct SpotPlacement;

// A minimal RGB canvas that encodes itself as PNG. The server links no Qt Gui (QImage), and the
// demo's floor plans need only flat shapes: rectangles, rotated rectangles, discs and frames.
class FloorPlanImage final
{
public:
    struct Rgb
    {
        quint8 r = 0;
        quint8 g = 0;
        quint8 b = 0;
    };

    FloorPlanImage(int width, int height, Rgb background);

    int width() const { return m_width; }
    int height() const { return m_height; }
    Rgb pixel(int x, int y) const;

    // Shapes are clipped to the canvas; coordinates are pixels, y pointing down.
    void fillRect(const QRectF &rect, Rgb color);
    // A frame of `thickness` pixels drawn inside `rect`.
    void strokeRect(const QRectF &rect, double thickness, Rgb color);
    // A spot as the API places it: the rectangle (x, y, width, height) turned by `rotation`
    // degrees clockwise around its centre, filled, with a border of `border` pixels.
    void fillPlacement(const SpotPlacement &map, Rgb fill, Rgb outline, double border = 2);
    void fillDisc(double cx, double cy, double radius, Rgb color);

    // 8-bit RGB, no interlace, one IDAT chunk; filter "none" on every row.
    QByteArray toPng() const;
    static QByteArray encodePng(int width, int height, const QByteArray &rgbRows);

private:
    void set(int x, int y, Rgb color);

    int m_width;
    int m_height;
    QByteArray m_rgb; // row-major, 3 bytes per pixel
};

} // namespace coworking
