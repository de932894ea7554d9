#include "spotsapi.h"

#include "decoding.h"

#include "spots/spotjson.h"
#include "bookings/bookingjson.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void SpotsApi::list(const QString &coworkingId, const QDateTime &from, const QDateTime &until,
                    QObject *context, Callback<QList<SpotAvailability>> done)
{
    QUrlQuery q;
    if (from.isValid() && until.isValid()) {
        q.addQueryItem(u"time_from"_s, timeString(from));
        q.addQueryItem(u"time_until"_s, timeString(until));
    }
    m_api.call<QList<SpotAvailability>>(
            ApiRequest::get(u"/coworkings/%1/spots"_s.arg(segment(coworkingId)), q), context,
            std::move(done), asList<SpotAvailability>(spotAvailabilityFromJson));
}

void SpotsApi::get(const QString &id, QObject *context, Callback<Spot> done)
{
    m_api.call<Spot>(ApiRequest::get(u"/spots/"_s + segment(id)), context, std::move(done),
                     asObject<Spot>(spotFromJson));
}

void SpotsApi::create(const QString &coworkingId, const QList<QJsonObject> &spots, QObject *context,
                      Callback<QList<Spot>> done)
{
    QJsonArray body;
    for (const QJsonObject &spot : spots)
        body.append(spot);
    m_api.call<QList<Spot>>(ApiRequest::json("POST",
                                             u"/coworkings/%1/spots"_s.arg(segment(coworkingId)),
                                             QJsonDocument(body)),
                            context, std::move(done), asList<Spot>(spotFromJson));
}

void SpotsApi::update(const QString &id, const QJsonObject &patch, QObject *context,
                      Callback<Spot> done)
{
    m_api.call<Spot>(ApiRequest::json("PATCH", u"/spots/"_s + segment(id), QJsonDocument(patch)),
                     context, std::move(done), asObject<Spot>(spotFromJson));
}

void SpotsApi::remove(const QString &id, bool force, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(u"force"_s, u"true"_s);
    m_api.callDone(ApiRequest::del(u"/spots/"_s + segment(id), q), context, std::move(done));
}

void SpotsApi::currentBooking(const QString &id, QObject *context, Callback<BookingDetails> done)
{
    m_api.call<BookingDetails>(ApiRequest::get(u"/spots/%1/current-booking"_s.arg(segment(id))),
                               context, std::move(done),
                               asObject<BookingDetails>(bookingDetailsFromJson));
}

} // namespace coworking::client
