#pragma once

namespace coworking {

// Per-coworking booking rules; the defaults are those of the API (openapi.json).
struct BookingPolicy
{
    int minDurationMinutes = 15;
    int maxDurationMinutes = 720;
    int slotMinutes = 15;
    int maxDaysInAdvance = 30;
    int maxActiveBookingsPerUser = 3;
    bool checkinRequired = false;
    int autoReleaseMinutes = 15;

    bool operator==(const BookingPolicy &) const = default;
};

} // namespace coworking
