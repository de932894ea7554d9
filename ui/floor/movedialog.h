#pragma once

#include "floorbooking.h"
#include "slottimes.h"
#include "spots/spot.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;

namespace coworking {
namespace ui {

// Move a booking to another spot and/or time of the same day; the confirmation states both.
class MoveDialog final : public QDialog
{
    Q_OBJECT
public:
    MoveDialog(const FloorBooking &booking, const QList<Spot> &spots, const SlotDay &day,
               QWidget *parent = nullptr);

    QString spotId() const;
    QDateTime from() const;
    QDateTime until() const;

private:
    void updateSummary();

    FloorBooking m_booking;
    SlotDay m_day;
    QComboBox *m_spot;
    QComboBox *m_from;
    QComboBox *m_until;
    QLabel *m_summary;
    QDialogButtonBox *m_buttons;
};

} // namespace ui
} // namespace coworking
