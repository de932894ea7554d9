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
#include "events/eventadminservice.h"
#include "events/eventscontroller.h"
#include "events/sqloutbox.h"
#include "http/apiserver.h"
#include "http/authenticator.h"
#include "http/connectionguard.h"
#include "http/router.h"
#include "http/routetable.h"
#include "live/livechannel.h"
#include "live/livecontroller.h"
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
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace coworking {

// Declaration order is construction order: the database first, the HTTP server last, so the
// server (and its sockets) go before anything a request could still reach.
struct Worker::Parts
{
    Parts(SharedState &s, int index)
        : db(s.database, u"worker-%1"_s.arg(index)),
          outbox(db, s.events),
          users(db, outbox),
          refreshTokens(db),
          coworkings(db),
          spots(db, outbox),
          options(db),
          bookings(db, outbox),
          idempotency(db),
          notifications(db),
          deviceTokens(db),
          access(coworkings),
          authService(users, refreshTokens, s.hasher, s.jwt, s.throttle, s.clock,
                      s.config.refreshTtlDays, s.dummyPasswordHash),
          userService(users, refreshTokens, bookings, access, s.hasher, s.clock),
          coworkingService(coworkings, spots, users, bookings, access, s.clock),
          spotService(spots, bookings, users, access, s.clock),
          optionService(options, access),
          bookingService(bookings, idempotency, spots, coworkings, options, users, access, s.clock),
          notificationService(notifications, deviceTokens, s.push, s.clock),
          authController(authService),
          usersController(userService),
          coworkingsController(coworkingService),
          spotsController(spotService),
          optionsController(optionService),
          bookingsController(bookingService),
          observabilityController(db, s.metrics, s.clock, s.config.runner.heartbeatSeconds),
          notificationsController(notificationService),
          coworkingImages(db),
          imageService(s.storage, userService, coworkings, coworkingImages, access, s.clock),
          storageController(imageService),
          eventAdminService(outbox, s.clock),
          eventsController(eventAdminService),
          authenticator(s.jwt, users, s.clock),
          live(s.live, s.config.live, authenticator,
               LiveChannel::Repositories{ coworkings, spots, bookings, access }, s.clock),
          shared(s)
    {
        db.setMetrics(&s.metrics);
        db.setWriteLock(s.sqliteWriteLock);
        Controllers controllers{ .auth = authController,
                                 .users = usersController,
                                 .coworkings = coworkingsController,
                                 .spots = spotsController,
                                 .options = optionsController,
                                 .bookings = bookingsController,
                                 .observability = observabilityController,
                                 .docs = docsController,
                                 .notifications = notificationsController,
                                 .storage = storageController,
                                 .events = eventsController,
                                 .live = liveController };
        registerRoutes(router, controllers);
        docsController.checkRoutes(router);
    }

    Database db;
    SqlOutbox outbox;
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
    EventAdminService eventAdminService;
    EventsController eventsController;
    LiveController liveController;
    Router router;
    Authenticator authenticator;
    LiveChannel live; // its sockets go before the database and repositories they read
    SharedState &shared;
    std::unique_ptr<ApiServer> http;
};

Worker::Worker(SharedState &shared, int index) : m_parts(std::make_unique<Parts>(shared, index)) { }

Worker::~Worker() = default;

bool Worker::listen(int socketDescriptor, QString *error)
{
    Parts &p = *m_parts;
    try {
        p.db.ensureOpen(); // fail early on a wrong database; later losses reconnect
    } catch (const std::exception &) {
        *error = u"cannot connect to "_s + p.db.config().describe();
        return false;
    }
    p.http = std::make_unique<ApiServer>(p.router, p.authenticator, p.shared.metrics);
    p.http->setWebSocketRoute(QString::fromLatin1(LiveController::kRoute),
                              p.shared.config.live.socketSendBufferBytes);
    ApiServer *http = p.http.get();
    LiveChannel *live = &p.live;
    // Taken at once: Qt's WebSocket server refuses upgrades beyond 30 pending ones.
    QObject::connect(http, &QAbstractHttpServer::newWebSocketConnection, live, [http, live] {
        while (http->hasPendingWebSocketConnections())
            live->accept(http->nextPendingWebSocketConnection());
    });
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
