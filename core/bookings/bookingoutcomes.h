#pragma once

namespace coworking {

// Told by BookingService whenever a booking command has an outcome worth counting, at the point
// where it is decided (a replayed answer decides nothing, so it counts nothing). The server's
// metrics implement it; this base counts nothing (the demo seeder, tests).
class BookingOutcomes
{
public:
    virtual ~BookingOutcomes() = default;
    virtual void bookingCreated() { }
    virtual void bookingCancelled() { }
    // Refused because the spot is already booked for part of that time (BOOKING_CONFLICT).
    virtual void bookingConflict() { }
};

} // namespace coworking
