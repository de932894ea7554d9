#pragma once

#include "apiresponse.h"

#include <QtGlobal>

namespace coworking {

class Router;
class ApiRequest;
class NotificationService;

// /notifications (API.md, Notifications). Every route needs a user; each acts on the caller's
// own notifications and device tokens.
class NotificationsController final
{
    Q_DISABLE_COPY_MOVE(NotificationsController)
public:
    // Adds this module's routes; the router keeps a reference to this controller.
    void registerRoutes(Router &router);

    explicit NotificationsController(NotificationService &service) : m_service(service) { }

    ApiResponse registerDevice(ApiRequest &request);
    ApiResponse devices(ApiRequest &request);
    ApiResponse unregisterDevice(ApiRequest &request);
    ApiResponse list(ApiRequest &request);
    ApiResponse get(ApiRequest &request);
    ApiResponse markRead(ApiRequest &request);
    ApiResponse markAllRead(ApiRequest &request);
    ApiResponse sendTest(ApiRequest &request);

private:
    NotificationService &m_service;
};

} // namespace coworking
