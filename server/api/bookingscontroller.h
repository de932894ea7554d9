#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class BookingService;

// /bookings, /bookings/{id}/..., /users/me/bookings (API.md, Bookings).
class BookingsController final
{
    Q_DISABLE_COPY_MOVE(BookingsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit BookingsController(BookingService &service) : m_service(service) { }

    ApiResponse create(ApiRequest &request);
    ApiResponse precheck(ApiRequest &request);
    ApiResponse myBookings(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse reschedule(ApiRequest &request);
    ApiResponse cancel(ApiRequest &request);
    ApiResponse addOption(ApiRequest &request);
    ApiResponse removeOption(ApiRequest &request);
    ApiResponse availableTimes(ApiRequest &request);
    ApiResponse checkIn(ApiRequest &request);

private:
    BookingService &m_service;
};

} // namespace coworking
