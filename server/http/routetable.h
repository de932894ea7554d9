#pragma once

namespace coworking {

class Router;
class StorageController;
class AuthController;
class UsersController;
class CoworkingsController;
class SpotsController;
class OptionsController;
class BookingsController;
class ObservabilityController;
class DocsController;
class NotificationsController;
class EventsController;

struct Controllers
{
    AuthController &auth;
    UsersController &users;
    CoworkingsController &coworkings;
    SpotsController &spots;
    OptionsController &options;
    BookingsController &bookings;
    ObservabilityController &observability;
    DocsController &docs;
    NotificationsController &notifications;
    StorageController &storage;
    EventsController &events;
};

// Every route of the API, in one place (API.md is the contract; openapi.json documents it).
void registerRoutes(Router &router, Controllers &c);

} // namespace coworking
