#include "worker.h"

#include "access/accesspolicy.h"
#include "authcontroller.h"
#include "auth/authservice.h"
#include "sqlloginthrottle.h"
#include "sqlrefreshtokenrepository.h"
#include "bookingscontroller.h"
#include "calendar/calendarservice.h"
#include "calendarcontroller.h"
#include "sqlcalendarfeedrepository.h"
#include "closures/closureservice.h"
#include "closurescontroller.h"
#include "sqlclosurerepository.h"
#include "bookings/bookingservice.h"
#include "sqlbookingrepository.h"
#include "sqlidempotencystore.h"
#include "coworkingscontroller.h"
#include "coworkings/coworkingservice.h"
#include "sqlcoworkingimagerepository.h"
#include "sqlcoworkingrepository.h"
#include "coworkingserver.h"
#include "database.h"
#include "docscontroller.h"
#include "events/eventadminservice.h"
#include "eventscontroller.h"
#include "sqloutbox.h"
#include "apiserver.h"
#include "authenticator.h"
#include "connectionguard.h"
#include "router.h"
#include "livechannel.h"
#include "livecontroller.h"
#include "notificationscontroller.h"
#include "notifications/notificationservice.h"
#include "sqldevicetokenrepository.h"
#include "sqlnotificationrepository.h"
#include "observabilitycontroller.h"
#include "optionscontroller.h"
#include "options/optionservice.h"
#include "sqloptionrepository.h"
#include "spotscontroller.h"
#include "sqlstatsrepository.h"
#include "stats/statsservice.h"
#include "statscontroller.h"
#include "spots/spotservice.h"
#include "sqlspotrepository.h"
#include "storage/imageservice.h"
#include "storagecontroller.h"
#include "sqluserrepository.h"
#include "userscontroller.h"
#include "users/userservice.h"

#include <QLoggingCategory>
#include <QUrl>
#include <QWebSocket>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcServer)

namespace coworking {

namespace {

// The right-hand side of calendar events' UIDs: the public host when there is one, so that the
// UIDs name this site; otherwise the product, as any host a request names could change.
QString calendarUidDomain(const ServerConfig &config)
{
    const QString host = QUrl(config.publicUrl).host();
    return host.isEmpty() ? u"coworking.invalid"_s : host;
}

} // namespace

// Declaration order is construction order: the database first, the HTTP server last, so the
// server (and its sockets) go before anything a request could still reach.
struct Worker::Parts
{
    Parts(SharedState &s, int index)
        : db(s.database, u"worker-%1"_s.arg(index)),
          outbox(db, s.events),
          users(db, outbox),
          refreshTokens(db),
          loginThrottle(db, s.clock, s.config.loginAttempts, s.config.loginAttempts * 4),
          coworkings(db),
          spots(db, outbox),
          options(db),
          bookings(db, outbox),
          closures(db),
          calendarFeeds(db),
          stats(db),
          idempotency(db),
          notifications(db),
          deviceTokens(db),
          access(coworkings),
          authService(users, refreshTokens, s.hasher, s.jwt, loginThrottle, s.clock,
                      s.config.refreshTtlDays, s.dummyPasswordHash),
          userService(users, refreshTokens, bookings, access, s.hasher, s.clock),
          coworkingService(coworkings, spots, users, bookings, access, s.clock),
          spotService(spots, bookings, users, closures, access, s.clock),
          optionService(options, access),
          bookingService(bookings, spots, coworkings, closures, options, users, access, s.clock,
                         s.metrics),
          closureService(closures, bookings, access, s.clock, s.metrics),
          statsService(stats, spots, closures, access, s.clock),
          calendarService(bookingService, bookings, spots, coworkings, users, calendarFeeds,
                          s.clock, calendarUidDomain(s.config)),
          notificationService(notifications, deviceTokens, s.push, s.clock),
          authController(authService, *s.logins),
          usersController(userService, *s.registrations),
          coworkingsController(coworkingService),
          spotsController(spotService),
          optionsController(optionService),
          bookingsController(bookingService, idempotency, s.clock),
          closuresController(closureService),
          calendarController(calendarService, s.config.publicUrl),
          statsController(statsService),
          observabilityController(db, s.metrics, s.clock, s.config.runner.heartbeatSeconds),
          notificationsController(notificationService),
          coworkingImages(db),
          imageService(s.storage, userService, coworkings, coworkingImages, access, s.clock),
          storageController(imageService),
          eventAdminService(outbox, s.clock),
          eventsController(eventAdminService),
          authenticator(s.jwt, users, s.clock),
          live(s.live, s.config.live, authenticator,
               LiveChannel::Repositories{ coworkings, spots, bookings, access, users }, s.clock),
          shared(s)
    {
        db.setMetrics(&s.metrics);
        db.setWriteLock(s.sqliteWriteLock);
        authController.registerRoutes(router);
        usersController.registerRoutes(router);
        coworkingsController.registerRoutes(router);
        spotsController.registerRoutes(router);
        optionsController.registerRoutes(router);
        bookingsController.registerRoutes(router);
        closuresController.registerRoutes(router);
        calendarController.registerRoutes(router);
        statsController.registerRoutes(router);
        observabilityController.registerRoutes(router);
        docsController.registerRoutes(router);
        notificationsController.registerRoutes(router);
        storageController.registerRoutes(router);
        eventsController.registerRoutes(router);
        liveController.registerRoutes(router);
        docsController.checkRoutes(router);
    }

    Database db;
    SqlOutbox outbox;
    SqlUserRepository users;
    SqlRefreshTokenRepository refreshTokens;
    SqlLoginThrottle loginThrottle;
    SqlCoworkingRepository coworkings;
    SqlSpotRepository spots;
    SqlOptionRepository options;
    SqlBookingRepository bookings;
    SqlClosureRepository closures;
    SqlCalendarFeedRepository calendarFeeds;
    SqlStatsRepository stats;
    SqlIdempotencyStore idempotency;
    SqlNotificationRepository notifications;
    SqlDeviceTokenRepository deviceTokens;
    AccessPolicy access;
    AuthService authService;
    UserService userService;
    CoworkingService coworkingService;
    SpotService spotService;
    OptionService optionService;
    BookingService bookingService;
    ClosureService closureService;
    StatsService statsService;
    CalendarService calendarService;
    NotificationService notificationService;
    AuthController authController;
    UsersController usersController;
    CoworkingsController coworkingsController;
    SpotsController spotsController;
    OptionsController optionsController;
    BookingsController bookingsController;
    ClosuresController closuresController;
    CalendarController calendarController;
    StatsController statsController;
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
    p.http = std::make_unique<ApiServer>(p.router, p.authenticator, p.shared.metrics,
                                         p.shared.config.trustedProxies);
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
