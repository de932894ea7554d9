#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class BookingService;
class Clock;
class IdempotencyStore;

// /bookings, /bookings/{id}/..., /users/me/bookings (openapi.json, Bookings).
class BookingsController final
{
    Q_DISABLE_COPY_MOVE(BookingsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    // Creations with an Idempotency-Key are answered once, from `answers` (read with `clock`).
    BookingsController(BookingService &service, IdempotencyStore &answers, const Clock &clock)
        : m_service(service), m_answers(answers), m_clock(clock)
    {
    }

    ApiResponse create(ApiRequest &request);
    ApiResponse precheck(ApiRequest &request);
    ApiResponse myBookings(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    // Staff at the front desk: the booking a member shows or reads out.
    ApiResponse byCode(ApiRequest &request);
    ApiResponse reschedule(ApiRequest &request);
    ApiResponse cancel(ApiRequest &request);
    ApiResponse addOption(ApiRequest &request);
    ApiResponse removeOption(ApiRequest &request);
    ApiResponse availableTimes(ApiRequest &request);
    ApiResponse checkIn(ApiRequest &request);

private:
    BookingService &m_service;
    IdempotencyStore &m_answers;
    const Clock &m_clock;
};

} // namespace coworking
