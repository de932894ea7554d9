#pragma once

#include "events/eventpublisher.h"
#include "sqlbookingrepository.h"
#include "sqlclosurerepository.h"
#include "sqlcoworkingrepository.h"
#include "sqloptionrepository.h"
#include "sqloutbox.h"
#include "sqlspotrepository.h"
#include "sqluserrepository.h"

namespace coworking {

// The repositories that booking needs, on one connection, for services run outside the server's
// workers (the demo seeder, tests): their events are written, and published nowhere, since no
// floor is watched through this connection.
struct SqlRepositories
{
    Q_DISABLE_COPY_MOVE(SqlRepositories)
    explicit SqlRepositories(Database &db)
        : outbox(db, noLiveViews),
          users(db, outbox),
          coworkings(db),
          spots(db, outbox),
          options(db),
          bookings(db, outbox),
          closures(db)
    {
    }

    NullEventPublisher noLiveViews;
    SqlOutbox outbox;
    SqlUserRepository users;
    SqlCoworkingRepository coworkings;
    SqlSpotRepository spots;
    SqlOptionRepository options;
    SqlBookingRepository bookings;
    SqlClosureRepository closures;
};

} // namespace coworking
