#pragma once

#include "bookingjson.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>

namespace coworking {

// GET /bookings with Accept: text/csv: a UTF-8 byte-order mark, a header row, then one record
// per booking (common/csv.h: RFC 4180, CRLF, formula cells neutralised). Times are read in the
// booking's coworking's zone and written with their offset ("2030-01-07T09:00:00+03:00"), so a
// spreadsheet shows the coworking's clock; `status` is the effective one at `now`. Each item
// needs its coworking, spot and user embedded (what is missing is left empty).
QByteArray bookingsToCsv(const QList<BookingDetails> &items, const QDateTime &now);

} // namespace coworking
