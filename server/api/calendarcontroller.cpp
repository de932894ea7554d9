#include "calendarcontroller.h"

#include "apirequest.h"
#include "calendar/calendarservice.h"
#include "common/apperror.h"
#include "common/jsonkeys.h"
#include "router.h"

#include <QCryptographicHash>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

constexpr auto kCalendarType = "text/calendar; charset=utf-8";
// Personal data: no shared cache keeps it, and a client asks again each time (a 304 when
// nothing changed, which is what keeps polling cheap).
constexpr auto kPrivateRevalidate = "private, no-cache";

QByteArray etagOf(const QByteArray &body)
{
    return '"' + QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex().left(32) + '"';
}

} // namespace

ApiResponse CalendarController::bookingIcal(ApiRequest &request)
{
    const QString id = request.param(u"id"_s);
    QByteArray body = m_service.bookingIcal(request.actor(), id);
    const QByteArray etag = etagOf(body);
    return conditionalResponse(request, std::move(body), kCalendarType, etag, kPrivateRevalidate)
            .withHeader("Content-Disposition",
                        "attachment; filename=\"booking-" + id.toLatin1() + ".ics\"");
}

ApiResponse CalendarController::createFeed(ApiRequest &request)
{
    const QString url = feedUrl(request, m_service.createFeed(request.actor()));
    // The answer is the secret itself: nothing on the way may keep it.
    return ApiResponse::created(QJsonObject{ { keys::Url, url } }, url.toUtf8())
            .withHeader("Cache-Control", "no-store");
}

ApiResponse CalendarController::removeFeed(ApiRequest &request)
{
    m_service.removeFeed(request.actor());
    return ApiResponse::noContent();
}

ApiResponse CalendarController::feed(ApiRequest &request)
{
    QByteArray body = m_service.feed(request.param(u"token"_s));
    const QByteArray etag = etagOf(body);
    return conditionalResponse(request, std::move(body), kCalendarType, etag, kPrivateRevalidate)
            .withHeader("Content-Disposition", "inline; filename=\"bookings.ics\"");
}

QString CalendarController::feedUrl(const ApiRequest &request, const QString &token) const
{
    QString base = m_publicUrl;
    if (base.isEmpty()) {
        // The address the client used; behind a proxy that rewrites paths or ends TLS,
        // --public-url says the outside one.
        static const QRegularExpression host(u"\\A[A-Za-z0-9.\\-]+(:[0-9]{1,5})?\\z|"
                                             "\\A\\[[0-9A-Fa-f:.]+\\](:[0-9]{1,5})?\\z"_s);
        const QString given = QString::fromLatin1(request.header("Host")).trimmed();
        if (!host.match(given).hasMatch()) {
            throw AppError::badRequest(
                    u"The request needs a Host header to build the feed's address."_s);
        }
        base = u"http://"_s + given;
    }
    while (base.endsWith(u'/'))
        base.chop(1);
    return base + u"/calendar/"_s + token + u".ics"_s;
}

void CalendarController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/bookings/{id}/ical"_s, Access::User,
               handlerOf(*this, &CalendarController::bookingIcal));
    router.add(u"POST"_s, u"/users/me/calendar-feed"_s, Access::User,
               handlerOf(*this, &CalendarController::createFeed));
    router.add(u"DELETE"_s, u"/users/me/calendar-feed"_s, Access::User,
               handlerOf(*this, &CalendarController::removeFeed));
    // The token in the path is the only credential, as calendar applications subscribe to a
    // plain URL; the access log names the route, never the path.
    router.add(u"GET"_s, u"/calendar/{token}.ics"_s, Access::Public,
               handlerOf(*this, &CalendarController::feed));
}

} // namespace coworking
