#pragma once

namespace coworking {

class Router;
class AuthController;
class UsersController;
class CoworkingsController;
class SpotsController;
class OptionsController;
class BookingsController;

struct Controllers
{
    AuthController &auth;
    UsersController &users;
    CoworkingsController &coworkings;
    SpotsController &spots;
    OptionsController &options;
    BookingsController &bookings;
};

// Every route of the API, in one place (API.md is the contract; openapi.json documents it).
void registerRoutes(Router &router, Controllers &c);

} // namespace coworking
