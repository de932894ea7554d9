#include "bookingsapi.h"

#include "decoding.h"

#include "bookings/bookingjson.h"

#include "common/datetime.h"
#include "common/jsonkeys.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

namespace {

QString path(const QString &id, const QString &rest = {})
{
    return u"/bookings/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

QJsonObject bookingBody(const NewBooking &b)
{
    QJsonObject body{ { u"spot_id"_s, b.spotId },
                      { u"time_from"_s, datetime::toUtcString(b.range.from) },
                      { u"time_until"_s, datetime::toUtcString(b.range.until) } };
    if (!b.options.isEmpty())
        body.insert(u"options"_s, QJsonArray::fromStringList(b.options));
    if (!b.userId.isEmpty())
        body.insert(u"user_id"_s, b.userId);
    return body;
}

QJsonObject seriesBody(const NewBooking &first, const SeriesRepeat &repeat)
{
    QJsonObject body = bookingBody(first);
    static const char *const frequencies[] = { "daily", "weekdays", "weekly" };
    QJsonObject r{ { u"frequency"_s, QString::fromLatin1(frequencies[int(repeat.frequency)]) } };
    if (repeat.until)
        r.insert(u"until"_s, repeat.until->toString(Qt::ISODate));
    if (repeat.count)
        r.insert(u"count"_s, *repeat.count);
    body.insert(u"repeat"_s, r);
    body.insert(u"mode"_s,
                repeat.mode == SeriesRepeat::Mode::AllOrNothing ? u"all_or_nothing"_s
                                                                : u"skip_conflicts"_s);
    return body;
}

QUrlQuery filters(const BookingsQuery &query)
{
    QUrlQuery q;
    const auto add = [&q](const QString &key, const QString &value) {
        if (!value.isEmpty())
            q.addQueryItem(key, value);
    };
    add(u"coworking_id"_s, query.coworkingId);
    add(u"spot_id"_s, query.spotId);
    add(u"user_id"_s, query.userId);
    if (query.status)
        add(u"status"_s, toString(*query.status));
    if (query.from.isValid())
        add(u"time_from"_s, datetime::toUtcString(query.from));
    if (query.until.isValid())
        add(u"time_until"_s, datetime::toUtcString(query.until));
    return q;
}

} // namespace

void BookingsApi::list(const BookingsQuery &query, PageRequest pageRequest, QObject *context,
                       Callback<Page<BookingDetails>> done)
{
    m_api.call<Page<BookingDetails>>(
            ApiRequest::get(u"/bookings"_s, pageQuery(pageRequest, filters(query))), context,
            std::move(done), asPage<BookingDetails>(bookingDetailsFromJson));
}

void BookingsApi::exportCsv(const BookingsQuery &query, QObject *context, Callback<QByteArray> done)
{
    ApiRequest request = ApiRequest::get(u"/bookings"_s, filters(query));
    request.accept = "text/csv";
    ApiClient::ResponseCallback check = [done = std::move(done)](Result<ApiResponse> r) {
        if (!r.ok())
            return done(r.error());
        // A server without CSV answers JSON: not what was asked for.
        if (!r.value().headers.value("content-type").startsWith("text/csv"))
            return done(ApiClient::malformed(r.value()));
        done(r.value().body);
    };
    m_api.send(std::move(request), context, std::move(check));
}

void BookingsApi::get(const QString &id, QObject *context, Callback<Booking> done)
{
    m_api.call<Booking>(ApiRequest::get(path(id)), context, std::move(done),
                        asObject<Booking>(bookingFromJson));
}

void BookingsApi::create(const NewBooking &booking, const QString &idempotencyKey, QObject *context,
                         Callback<Booking> done)
{
    ApiRequest request =
            ApiRequest::json("POST", u"/bookings"_s, QJsonDocument(bookingBody(booking)));
    if (!idempotencyKey.isEmpty())
        request.headers.append({ "Idempotency-Key", idempotencyKey.toUtf8() });
    m_api.call<Booking>(std::move(request), context, std::move(done),
                        asObject<Booking>(bookingFromJson));
}

void BookingsApi::precheck(const NewBooking &booking, QObject *context,
                           Callback<PrecheckOutcome> done)
{
    m_api.call<PrecheckOutcome>(
            ApiRequest::json("POST", u"/bookings/precheck"_s, QJsonDocument(bookingBody(booking))),
            context, std::move(done), asObject<PrecheckOutcome>(decoding::precheckOutcome));
}

void BookingsApi::move(const QString &id, const TimeRange &range, const QString &spotId,
                       QObject *context, Callback<Booking> done)
{
    QJsonObject body{ { keys::TimeFrom, timeString(range.from) },
                      { keys::TimeUntil, timeString(range.until) } };
    if (!spotId.isEmpty())
        body.insert(keys::SpotId, spotId);
    m_api.call<Booking>(ApiRequest::json("PATCH", path(id), QJsonDocument(body)), context,
                        std::move(done), asObject<Booking>(bookingFromJson));
}

void BookingsApi::cancel(const QString &id, const QString &reason, QObject *context,
                         Callback<Done> done)
{
    QUrlQuery query;
    if (!reason.trimmed().isEmpty())
        query.addQueryItem(QString(keys::Reason),
                           QString::fromLatin1(QUrl::toPercentEncoding(reason)));
    m_api.callDone(ApiRequest::del(path(id), query), context, std::move(done));
}

void BookingsApi::addOption(const QString &id, const QString &optionId, QObject *context,
                            Callback<Booking> done)
{
    const QJsonObject body{ { u"option_id"_s, optionId } };
    m_api.call<Booking>(ApiRequest::json("POST", path(id, u"/options"_s), QJsonDocument(body)),
                        context, std::move(done), asObject<Booking>(bookingFromJson));
}

void BookingsApi::removeOption(const QString &id, const QString &optionId, QObject *context,
                               Callback<Booking> done)
{
    m_api.call<Booking>(ApiRequest::del(path(id, u"/options/"_s + segment(optionId))), context,
                        std::move(done), asObject<Booking>(bookingFromJson));
}

void BookingsApi::availableTimes(const QString &id, QObject *context,
                                 Callback<QList<TimeRange>> done)
{
    m_api.call<QList<TimeRange>>(ApiRequest::get(path(id, u"/available-times"_s)), context,
                                 std::move(done),
                                 asObject<QList<TimeRange>>(availableSlotsFromJson));
}

void BookingsApi::checkIn(const QString &id, QObject *context, Callback<Booking> done)
{
    m_api.call<Booking>(ApiRequest::raw("POST", path(id, u"/check-in"_s), {}, {}), context,
                        std::move(done), asObject<Booking>(bookingFromJson));
}

void BookingsApi::byCode(const QString &coworkingId, const QString &code, QObject *context,
                         Callback<Booking> done)
{
    m_api.call<Booking>(ApiRequest::get(u"/coworkings/%1/bookings/by-code/%2"_s.arg(
                                segment(coworkingId), segment(code))),
                        context, std::move(done), asObject<Booking>(bookingFromJson));
}

void BookingsApi::createSeries(const NewBooking &first, const SeriesRepeat &repeat,
                               QObject *context, Callback<SeriesResult> done)
{
    m_api.call<SeriesResult>(ApiRequest::json("POST", u"/bookings/series"_s,
                                              QJsonDocument(seriesBody(first, repeat))),
                             context, std::move(done),
                             asObject<SeriesResult>(decoding::seriesResult));
}

void BookingsApi::precheckSeries(const NewBooking &first, const SeriesRepeat &repeat,
                                 QObject *context, Callback<QList<SeriesOccurrence>> done)
{
    m_api.call<QList<SeriesOccurrence>>(
            ApiRequest::json("POST", u"/bookings/series/precheck"_s,
                             QJsonDocument(seriesBody(first, repeat))),
            context, std::move(done), asObject<QList<SeriesOccurrence>>(decoding::seriesPrecheck));
}

void BookingsApi::cancelSeries(const QString &seriesId, const QDateTime &from, QObject *context,
                               Callback<Done> done)
{
    QUrlQuery q;
    if (from.isValid())
        q.addQueryItem(u"from"_s, timeString(from));
    m_api.callDone(ApiRequest::del(u"/bookings/series/"_s + segment(seriesId), q), context,
                   std::move(done));
}

void BookingsApi::ical(const QString &id, QObject *context, Callback<QByteArray> done)
{
    ApiRequest request = ApiRequest::get(path(id, u"/ical"_s));
    request.accept = "text/calendar";
    m_api.call<QByteArray>(std::move(request), context, std::move(done), bytes());
}

} // namespace coworking::client
