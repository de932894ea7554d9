#include "bookingscontroller.h"

#include "router.h"
#include "bookings/bookingcsv.h"
#include "bookings/bookingjson.h"
#include "bookings/bookingservice.h"
#include "common/apperror.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "common/page.h"
#include "apirequest.h"
#include "idempotency.h"

using namespace Qt::StringLiterals;

namespace coworking {

namespace {

const QString Status = u"status"_s;

std::optional<BookingStatus> statusQuery(const ApiRequest &request)
{
    if (!request.hasQuery(Status) || request.query(Status).isEmpty())
        return std::nullopt;
    const auto status = bookingStatusFromString(request.query(Status));
    if (!status) {
        throw AppError::invalidField(Status, u"must be one of active, cancelled, expired"_s);
    }
    return status;
}

QByteArray location(const QString &bookingId)
{
    return "/bookings/" + bookingId.toLatin1();
}

QJsonArray detailsArray(const QList<BookingDetails> &items, const QDateTime &now)
{
    QJsonArray array;
    for (const BookingDetails &item : items)
        array.append(toJson(item, now));
    return array;
}

// The same list as CSV when the client asks for it (the desk's and a browser's "export").
bool wantsCsv(const ApiRequest &request)
{
    return request.header("Accept").toLower().contains("text/csv");
}

// Every match at once, no paging; X-Total-Count as for the JSON list.
ApiResponse csvExport(const QList<BookingDetails> &items, const QDateTime &now)
{
    const QByteArray name = "bookings-" + now.toUTC().toString(u"yyyyMMdd-HHmmss"_s).toLatin1();
    return ApiResponse{ 200, bookingsToCsv(items, now), "text/csv; charset=utf-8", {} }
            .withHeader("Content-Disposition", "attachment; filename=\"" + name + ".csv\"")
            .withHeader("X-Total-Count", QByteArray::number(items.size()));
}

} // namespace

ApiResponse BookingsController::create(ApiRequest &request)
{
    const Booking booking =
            m_service.create(request.actor(), BookingRequest::fromJson(request.jsonObject()));
    return ApiResponse::created(toJson(booking, m_service.now()), location(booking.id));
}

ApiResponse BookingsController::precheck(ApiRequest &request)
{
    const std::optional<AppError> error = m_service.precheck(request.actor(), request.jsonObject());
    return ApiResponse::ok(toJson(
            PrecheckResult{ error ? std::optional(errorEnvelopeOf(*error)) : std::nullopt }));
}

ApiResponse BookingsController::myBookings(ApiRequest &request)
{
    const Page<BookingDetails> page =
            m_service.myBookings(request.actor(), statusQuery(request), request.page());
    return ApiResponse::list(detailsArray(page.items, m_service.now()), page.total);
}

ApiResponse BookingsController::list(ApiRequest &request)
{
    BookingQuery query;
    query.coworkingId = request.queryId(u"coworking_id"_s);
    query.spotId = request.queryId(u"spot_id"_s);
    query.userId = request.queryId(u"user_id"_s);
    query.status = statusQuery(request);
    query.from = request.queryDateTime(u"time_from"_s).value_or(QDateTime());
    query.until = request.queryDateTime(u"time_until"_s).value_or(QDateTime());
    if (wantsCsv(request))
        return csvExport(m_service.exportList(request.actor(), query), m_service.now());
    const Page<BookingDetails> page = m_service.list(request.actor(), query, request.page());
    return ApiResponse::list(detailsArray(page.items, m_service.now()), page.total);
}

ApiResponse BookingsController::get(ApiRequest &request)
{
    const Booking booking = m_service.get(request.actor(), request.param(u"id"_s));
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::byCode(ApiRequest &request)
{
    const BookingDetails details =
            m_service.findByCode(request.actor(), request.param(u"id"_s), request.param(u"code"_s));
    return ApiResponse::ok(toJson(details, m_service.now()));
}

ApiResponse BookingsController::reschedule(ApiRequest &request)
{
    const Booking booking = m_service.reschedule(request.actor(), request.param(u"id"_s),
                                                 RescheduleRequest::fromJson(request.jsonObject()));
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::cancel(ApiRequest &request)
{
    m_service.cancel(request.actor(), request.param(u"id"_s), request.query(QString(keys::Reason)));
    return ApiResponse::noContent();
}

ApiResponse BookingsController::addOption(ApiRequest &request)
{
    JsonBody body(request.jsonObject());
    const QString optionId = body.requiredId(keys::OptionId);
    body.finish();
    const Booking booking = m_service.addOption(request.actor(), request.param(u"id"_s), optionId);
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::removeOption(ApiRequest &request)
{
    const Booking booking = m_service.removeOption(request.actor(), request.param(u"id"_s),
                                                   request.param(u"option_id"_s));
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::availableTimes(ApiRequest &request)
{
    const QList<TimeRange> free = m_service.availableTimes(request.actor(), request.param(u"id"_s));
    return ApiResponse::ok(availableSlotsToJson(free));
}

ApiResponse BookingsController::checkIn(ApiRequest &request)
{
    const Booking booking = m_service.checkIn(request.actor(), request.param(u"id"_s));
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

void BookingsController::registerRoutes(Router &router)
{
    router.add(u"GET"_s, u"/users/me/bookings"_s, Access::User,
               handlerOf(*this, &BookingsController::myBookings));
    router.add(u"POST"_s, u"/bookings"_s, Access::User,
               idempotent(m_answers, m_clock, handlerOf(*this, &BookingsController::create)));
    router.add(u"POST"_s, u"/bookings/precheck"_s, Access::User,
               handlerOf(*this, &BookingsController::precheck));
    router.add(u"GET"_s, u"/bookings"_s, Access::User, handlerOf(*this, &BookingsController::list));
    router.add(u"GET"_s, u"/bookings/{id}"_s, Access::User,
               handlerOf(*this, &BookingsController::get));
    router.add(u"PATCH"_s, u"/bookings/{id}"_s, Access::User,
               handlerOf(*this, &BookingsController::reschedule));
    router.add(u"DELETE"_s, u"/bookings/{id}"_s, Access::User,
               handlerOf(*this, &BookingsController::cancel));
    router.add(u"POST"_s, u"/bookings/{id}/options"_s, Access::User,
               handlerOf(*this, &BookingsController::addOption));
    router.add(u"DELETE"_s, u"/bookings/{id}/options/{option_id}"_s, Access::User,
               handlerOf(*this, &BookingsController::removeOption));
    router.add(u"GET"_s, u"/bookings/{id}/available-times"_s, Access::User,
               handlerOf(*this, &BookingsController::availableTimes));
    router.add(u"POST"_s, u"/bookings/{id}/check-in"_s, Access::User,
               handlerOf(*this, &BookingsController::checkIn));
    router.add(u"GET"_s, u"/coworkings/{id}/bookings/by-code/{code}"_s, Access::User,
               handlerOf(*this, &BookingsController::byCode));
}

} // namespace coworking
