#pragma once

#include "apiresponse.h"

#include <QString>

namespace coworking {

class Router;
class ApiRequest;
class CalendarService;

// GET /bookings/{id}/ical, POST and DELETE /users/me/calendar-feed, GET /calendar/{token}.ics
// (openapi.json, Calendar).
class CalendarController final
{
    Q_DISABLE_COPY_MOVE(CalendarController)
public:
    // `publicUrl`: where clients reach this server (--public-url), the base of feed URLs; when
    // empty, they are built from the request's Host.
    CalendarController(CalendarService &service, QString publicUrl)
        : m_service(service), m_publicUrl(std::move(publicUrl))
    {
    }

    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    ApiResponse bookingIcal(ApiRequest &request);
    ApiResponse createFeed(ApiRequest &request);
    ApiResponse removeFeed(ApiRequest &request);
    ApiResponse feed(ApiRequest &request);

private:
    QString feedUrl(const ApiRequest &request, const QString &token) const;

    CalendarService &m_service;
    QString m_publicUrl;
};

} // namespace coworking
