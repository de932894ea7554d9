#include "kioskwords.h"

namespace coworking {
namespace ui {

QString KioskWords::duration(qint64 minutes)
{
    const int h = int(minutes / 60);
    const int m = int(minutes % 60);
    if (h == 0)
        return tr("%n min", nullptr, m);
    if (m == 0)
        return tr("%n h", nullptr, h);
    return tr("%1 h %2 min").arg(h).arg(m);
}

} // namespace ui
} // namespace coworking
