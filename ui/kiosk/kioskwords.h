#pragma once

#include <QCoreApplication>
#include <QString>

namespace coworking {
namespace ui {

// Words the kiosk's pages share: durations and the summary of a booking.
class KioskWords final
{
    Q_DECLARE_TR_FUNCTIONS(KioskWords)
public:
    // "30 min", "2 h", "1 h 30 min".
    static QString duration(qint64 minutes);
};

} // namespace ui
} // namespace coworking
