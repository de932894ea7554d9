#include "bookingscontroller.h"

#include "router.h"
#include "bookings/bookingjson.h"
#include "bookings/bookingservice.h"
#include "common/apperror.h"
#include "common/jsonbody.h"
#include "common/jsonkeys.h"
#include "common/page.h"
#include "apirequest.h"
#include "errormapper.h"

#include <QJsonDocument>

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

// Answers a retry may get again: successes and 4xx decisions, not 5xx (worth retrying), nor
// those that depend on the moment rather than on the request (401, 408, 429).
bool isReplayable(int status)
{
    if (status >= 200 && status < 300)
        return true;
    return status >= 400 && status < 500 && status != 401 && status != 408 && status != 429;
}

QJsonArray detailsArray(const QList<BookingDetails> &items, const QDateTime &now)
{
    QJsonArray array;
    for (const BookingDetails &item : items)
        array.append(toJson(item, now));
    return array;
}

} // namespace

ApiResponse BookingsController::create(ApiRequest &request)
{
    const QJsonObject body = request.jsonObject();
    const Actor &actor = request.actor();
    const QByteArray key = request.header("Idempotency-Key");
    if (key.isNull()) {
        const Booking booking = m_service.create(actor, BookingRequest::fromJson(body));
        return ApiResponse::created(toJson(booking, m_service.now()), location(booking.id));
    }

    BookingService::validateIdempotencyKey(key);
    const auto command = [&]() -> IdempotentAnswer {
        try {
            const Booking booking = m_service.create(actor, BookingRequest::fromJson(body));
            return { 201,
                     QJsonDocument(toJson(booking, m_service.now())).toJson(QJsonDocument::Compact),
                     false };
        } catch (const AppError &error) {
            if (!isReplayable(statusFor(error)))
                throw;
            return { statusFor(error), errorResponse(error).body, false };
        }
    };
    const IdempotentAnswer answer =
            m_service.runIdempotent(actor, QString::fromLatin1(key), body, command, isReplayable);

    ApiResponse response{ answer.status, answer.body, "application/json", {} };
    if (answer.status == 201) {
        const QString id = QJsonDocument::fromJson(answer.body).object().value(keys::Id).toString();
        response.withHeader("Location", location(id));
    }
    if (answer.replayed)
        response.withHeader("Idempotent-Replayed", "true");
    return response;
}

ApiResponse BookingsController::precheck(ApiRequest &request)
{
    const std::optional<AppError> error = m_service.precheck(request.actor(), request.jsonObject());
    if (!error)
        return ApiResponse::ok({ { keys::Ok, true } });
    return ApiResponse::ok(
            { { keys::Ok, false }, { keys::Error, error->toJson().value(keys::Error) } });
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
    const Page<BookingDetails> page = m_service.list(request.actor(), query, request.page());
    return ApiResponse::list(detailsArray(page.items, m_service.now()), page.total);
}

ApiResponse BookingsController::get(ApiRequest &request)
{
    const Booking booking = m_service.get(request.actor(), request.param(u"id"_s));
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::reschedule(ApiRequest &request)
{
    JsonBody body(request.jsonObject());
    const QDateTime from = body.requiredDateTime(keys::TimeFrom);
    const QDateTime until = body.requiredDateTime(keys::TimeUntil);
    body.finish();
    const Booking booking =
            m_service.reschedule(request.actor(), request.param(u"id"_s), { from, until });
    return ApiResponse::ok(toJson(booking, m_service.now()));
}

ApiResponse BookingsController::cancel(ApiRequest &request)
{
    m_service.cancel(request.actor(), request.param(u"id"_s));
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
               handlerOf(*this, &BookingsController::create));
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
}

} // namespace coworking
