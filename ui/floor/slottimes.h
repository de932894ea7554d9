#pragma once

#include "common/zonetime.h"

#include <QDate>
#include <QDateTime>
#include <QTime>

class QComboBox;

namespace coworking {
namespace ui {

// The times a booking may start or end on one local day: the slot grid inside opening hours.
struct SlotDay
{
    ZoneTime zone;
    QDate day;
    QTime opens;
    QTime closes;
    int slotMinutes = 15;

    // Fills `box` with the grid's times (UTC as item data); `includeClose` adds closing time.
    void fill(QComboBox &box, bool includeClose) const;
    // Selects the item nearest at or after `utc`.
    static void select(QComboBox &box, const QDateTime &utc);
    static QDateTime selected(const QComboBox &box);
};

} // namespace ui
} // namespace coworking
