#pragma once

#include "common/timerange.h"

#include <QDateTime>
#include <QMetaType>
#include <QString>

namespace coworking {
namespace ui {

// An active booking as the floor shows it: from the day's booking list, the timeline or the live
// feed (whichever told last). The member's name is known to staff only.
struct FloorBooking
{
    QString id;
    QString spotId;
    QString userId;
    QString userName;
    QString userEmail;
    QString code;
    TimeRange range;
    QDateTime checkedInAt;

    bool checkedIn() const { return checkedInAt.isValid(); }
    bool covers(const QDateTime &t) const { return range.from <= t && t < range.until; }
    bool operator==(const FloorBooking &) const = default;
};

} // namespace ui
} // namespace coworking

Q_DECLARE_METATYPE(coworking::ui::FloorBooking)
