#pragma once

#include "common/jsonreader.h"
#include "stats.h"

#include <QJsonObject>

#include <optional>

namespace coworking {

// GET /coworkings/{id}/stats: {coworking_id, timezone, from, until, open_minutes, booked_minutes,
// utilisation, bookings, cancellations, no_shows, check_ins, by_spot: [...], by_hour: [...]}.
QJsonObject toJson(const CoworkingStats &stats);
std::optional<CoworkingStats> coworkingStatsFromJson(const QJsonObject &object,
                                                     DecodeError *error = nullptr);

} // namespace coworking
