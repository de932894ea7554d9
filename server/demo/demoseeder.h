#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace coworking {

class BookingRepository;
class Clock;
class ClosureRepository;
class CoworkingRepository;
class Database;
class FileStorage;
class IdempotencyRepository;
class OptionRepository;
class PasswordHasher;
class SpotRepository;
class UserRepository;

// Fills an empty database with a living demo site (`coworking-server seed-demo`): three
// coworkings in three time zones with floor layouts, options, users of every role and bookings
// before, around and after the clock's "now". Everything is written through the core services,
// so every rule of the API holds; bookings in the past are made by running the services on a
// clock set back to when each booking was made.
class DemoSeeder final
{
    Q_DISABLE_COPY_MOVE(DemoSeeder)
public:
    struct Repositories
    {
        UserRepository &users;
        CoworkingRepository &coworkings;
        SpotRepository &spots;
        OptionRepository &options;
        BookingRepository &bookings;
        ClosureRepository &closures;
    };

    struct Login
    {
        QString role; // "admin", "business", "manager", "member"
        QString email;
        QString password;
        QString note;
    };

    struct Result
    {
        bool ok = false;
        bool notEmpty = false; // refused: the database already has users
        QString error;

        int users = 0;
        int coworkings = 0;
        int spots = 0;
        int options = 0;
        int bookings = 0; // made, including cancelled ones
        int inProgress = 0; // active at "now"
        int upcoming = 0; // active, starting after "now"
        int past = 0; // ended before "now"
        int cancelled = 0;
        int skipped = 0; // planned bookings a rule refused (none expected)
        int floorPlans = 0; // PNG floor plans stored
        QStringList coworkingNames; // "Name (Zone)"
        QList<Login> logins;

        // Several lines for a terminal: what was made and how to sign in.
        QString summary() const;
    };

    // Without `storage` the spots are placed but no floor-plan image is stored.
    DemoSeeder(const Repositories &repositories, PasswordHasher &hasher, const Clock &clock,
               FileStorage *storage = nullptr);
    ~DemoSeeder();

    bool databaseHasUsers();
    // Refuses ("the database is not empty") when any user exists.
    Result seed();

    // The seeder on SQL repositories over `db`, for the command line and the tests.
    static Result seed(Database &db, PasswordHasher &hasher, const Clock &clock,
                       FileStorage *storage);

private:
    struct Impl;
    std::unique_ptr<Impl> m_impl;
};

} // namespace coworking
