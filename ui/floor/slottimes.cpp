#include "slottimes.h"

#include <QComboBox>

namespace coworking {
namespace ui {

void SlotDay::fill(QComboBox &box, bool includeClose) const
{
    box.clear();
    const QDateTime start = zone.toUtc(day, opens);
    const QDateTime end = zone.toUtc(day, closes);
    for (QDateTime t = start; includeClose ? t <= end : t < end;
         t = t.addSecs(qint64(qMax(5, slotMinutes)) * 60))
        box.addItem(zone.time(t), t);
}

void SlotDay::select(QComboBox &box, const QDateTime &utc)
{
    for (int i = 0; i < box.count(); ++i) {
        if (box.itemData(i).toDateTime() >= utc) {
            box.setCurrentIndex(i);
            return;
        }
    }
    box.setCurrentIndex(box.count() - 1);
}

QDateTime SlotDay::selected(const QComboBox &box)
{
    return box.currentData().toDateTime();
}

} // namespace ui
} // namespace coworking
