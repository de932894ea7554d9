#include "worker.h"

#include "access/accesspolicy.h"
#include "auth/authcontroller.h"
#include "auth/authservice.h"
#include "auth/sqlrefreshtokenrepository.h"
#include "bookings/bookingscontroller.h"
#include "bookings/bookingservice.h"
#include "bookings/sqlbookingrepository.h"
#include "bookings/sqlidempotencyrepository.h"
#include "coworkings/coworkingscontroller.h"
#include "coworkings/coworkingservice.h"
#include "coworkings/sqlcoworkingimagerepository.h"
#include "coworkings/sqlcoworkingrepository.h"
#include "coworkingserver.h"
#include "db/database.h"
#include "docs/docscontroller.h"
#include "http/apiserver.h"
#include "http/authenticator.h"
#include "http/connectionguard.h"
#include "http/router.h"
#include "http/routetable.h"
#include "notifications/notificationscontroller.h"
#include "notifications/notificationservice.h"
#include "notifications/sqldevicetokenrepository.h"
#include "notifications/sqlnotificationrepository.h"
#include "observability/observabilitycontroller.h"
#include "options/optionscontroller.h"
#include "options/optionservice.h"
#include "options/sqloptionrepository.h"
#include "spots/spotscontroller.h"
#include "spots/spotservice.h"
#include "spots/sqlspotrepository.h"
#include "storage/imageservice.h"
#include "storage/storagecontroller.h"
#include "users/sqluserrepository.h"
#include "users/userscontroller.h"
#include "users/userservice.h"

#include <QLoggingCategory>

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace coworking {

// Declaration order is construction order: the database first, the HTTP server last, so the
// server (and its sockets) go before anything a request could still reach.
struct Worker::Parts
{
    Parts(SharedState &s, int index)
        : db(s.database, QStringLiteral("worker-%1").arg(index)), users(db), refreshTokens(db),
          coworkings(db), spots(db), options(db), bookings(db), idempotency(db),
          notifications(db), deviceTokens(db),
          access(coworkings),
          authService(users, refreshTokens, s.hasher, s.jwt, s.throttle, s.clock,
                      s.config.refreshTtlDays, s.dummyPasswordHash),
          userService(users, refreshTokens, bookings, access, s.hasher, s.clock),
          coworkingService(coworkings, spots, users, bookings, access, s.clock),
          spotService(spots, bookings, users, access, s.clock), optionService(options, access),
          bookingService(bookings, idempotency, spots, coworkings, options, users, access,
                         s.clock),
          notificationService(notifications, deviceTokens, s.push, s.clock),
          authController(authService), usersController(userService),
          coworkingsController(coworkingService), spotsController(spotService),
          optionsController(optionService), bookingsController(bookingService),
          observabilityController(db, s.metrics),
          notificationsController(notificationService),
          coworkingImages(db),
          imageService(s.storage, userService, coworkings, coworkingImages, access, s.clock),
          storageController(imageService), authenticator(s.jwt, users, s.clock),
          shared(s)
    {
        db.setMetrics(&s.metrics);
        db.setWriteLock(s.sqliteWriteLock);
        Controllers controllers{authController,    usersController,   coworkingsController,
                                spotsController,   optionsController, bookingsController,
                                observabilityController, docsController,
                                notificationsController,
                                storageController};
        registerRoutes(router, controllers);
        docsController.checkRoutes(router);
    }

    Database db;
    SqlUserRepository users;
    SqlRefreshTokenRepository refreshTokens;
    SqlCoworkingRepository coworkings;
    SqlSpotRepository spots;
    SqlOptionRepository options;
    SqlBookingRepository bookings;
    SqlIdempotencyRepository idempotency;
    SqlNotificationRepository notifications;
    SqlDeviceTokenRepository deviceTokens;
    AccessPolicy access;
    AuthService authService;
    UserService userService;
    CoworkingService coworkingService;
    SpotService spotService;
    OptionService optionService;
    BookingService bookingService;
    NotificationService notificationService;
    AuthController authController;
    UsersController usersController;
    CoworkingsController coworkingsController;
    SpotsController spotsController;
    OptionsController optionsController;
    BookingsController bookingsController;
    ObservabilityController observabilityController;
    DocsController docsController;
    NotificationsController notificationsController;
    SqlCoworkingImageRepository coworkingImages;
    ImageService imageService;
    StorageController storageController;
    Router router;
    Authenticator authenticator;
    SharedState &shared;
    std::unique_ptr<ApiServer> http;
};

Worker::Worker(SharedState &shared, int index) : m_parts(std::make_unique<Parts>(shared, index))
{}

Worker::~Worker() = default;

bool Worker::listen(int socketDescriptor, QString *error)
{
    Parts &p = *m_parts;
    try {
        p.db.ensureOpen(); // fail early on a wrong database; later losses reconnect
    } catch (const std::exception &) {
        *error = QStringLiteral("cannot connect to ") + p.db.config().describe();
        return false;
    }
    p.http = std::make_unique<ApiServer>(p.router, p.authenticator, p.shared.metrics);
    auto *tcp = new GuardedTcpServer(p.shared.config.limits, p.shared.openConnections);
    if (!tcp->setSocketDescriptor(socketDescriptor)) {
        *error = tcp->errorString();
        delete tcp;
        return false;
    }
    p.http->bind(tcp); // the HTTP server takes ownership
    return true;
}

} // namespace coworking
