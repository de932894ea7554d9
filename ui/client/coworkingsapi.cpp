#include "coworkingsapi.h"

#include "decoding.h"

#include "closures/closurejson.h"
#include "common/jsonkeys.h"
#include "coworkings/coworkingjson.h"
#include "stats/statsjson.h"
#include "users/userjson.h"

#include "common/datetime.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

namespace {

QString path(const QString &id, const QString &rest = {})
{
    return u"/coworkings/"_s + QString::fromLatin1(QUrl::toPercentEncoding(id)) + rest;
}

} // namespace

void CoworkingsApi::list(const QString &query, PageRequest pageRequest, QObject *context,
                         Callback<Page<Coworking>> done)
{
    QUrlQuery q;
    if (!query.isEmpty())
        q.addQueryItem(u"query"_s, query);
    ApiRequest request = ApiRequest::get(u"/coworkings"_s, pageQuery(pageRequest, q));
    m_api.call<Page<Coworking>>(std::move(request), context, std::move(done),
                                asPage<Coworking>(coworkingListItemFromJson));
}

void CoworkingsApi::get(const QString &id, QObject *context, Callback<Coworking> done)
{
    m_api.call<Coworking>(ApiRequest::get(path(id)), context, std::move(done),
                          asObject<Coworking>(coworkingFromJson));
}

void CoworkingsApi::create(const QJsonObject &body, QObject *context, Callback<Coworking> done)
{
    m_api.call<Coworking>(ApiRequest::json("POST", u"/coworkings"_s, QJsonDocument(body)), context,
                          std::move(done), asObject<Coworking>(coworkingFromJson));
}

void CoworkingsApi::update(const QString &id, const QJsonObject &patch, QObject *context,
                           Callback<Coworking> done)
{
    m_api.call<Coworking>(ApiRequest::json("PATCH", path(id), QJsonDocument(patch)), context,
                          std::move(done), asObject<Coworking>(coworkingFromJson));
}

void CoworkingsApi::remove(const QString &id, bool force, QObject *context, Callback<Done> done)
{
    QUrlQuery q;
    if (force)
        q.addQueryItem(u"force"_s, u"true"_s);
    m_api.callDone(ApiRequest::del(path(id), q), context, std::move(done));
}

void CoworkingsApi::addImage(const QString &id, const QByteArray &image, const QByteArray &mimeType,
                             QObject *context, Callback<CoworkingImage> done)
{
    m_api.call<CoworkingImage>(ApiRequest::raw("POST", path(id, u"/images"_s), image, mimeType),
                               context, std::move(done),
                               asObject<CoworkingImage>(coworkingImageFromJson));
}

void CoworkingsApi::removeImage(const QString &id, const QString &imageId, QObject *context,
                                Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(path(id, u"/images/"_s + segment(imageId))), context,
                   std::move(done));
}

void CoworkingsApi::uploadFloorPlan(const QString &id, const QByteArray &image,
                                    const QByteArray &mimeType, QObject *context,
                                    Callback<Coworking> done)
{
    m_api.call<Coworking>(ApiRequest::raw("PUT", path(id, u"/floor-plan"_s), image, mimeType),
                          context, std::move(done), asObject<Coworking>(coworkingFromJson));
}

void CoworkingsApi::mine(QObject *context, Callback<QList<StaffedCoworking>> done)
{
    m_api.call<QList<StaffedCoworking>>(ApiRequest::get(u"/users/me/coworkings"_s), context,
                                        std::move(done),
                                        asList<StaffedCoworking>(staffedCoworkingFromJson));
}

void CoworkingsApi::managers(const QString &id, QObject *context, Callback<QList<User>> done)
{
    m_api.call<QList<User>>(ApiRequest::get(path(id, u"/managers"_s)), context, std::move(done),
                            asList<User>(userFromJson));
}

void CoworkingsApi::addManager(const QString &id, const QString &userId, QObject *context,
                               Callback<Done> done)
{
    m_api.callDone(ApiRequest::raw("PUT", path(id, u"/managers/"_s + segment(userId)), {}, {}),
                   context, std::move(done));
}

void CoworkingsApi::removeManager(const QString &id, const QString &userId, QObject *context,
                                  Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(path(id, u"/managers/"_s + segment(userId))), context,
                   std::move(done));
}

void CoworkingsApi::timeline(const QString &id, const QDateTime &from, const QDateTime &until,
                             QObject *context, Callback<QList<SpotTimeline>> done)
{
    QUrlQuery q;
    q.addQueryItem(u"time_from"_s, timeString(from));
    q.addQueryItem(u"time_until"_s, timeString(until));
    m_api.call<QList<SpotTimeline>>(ApiRequest::get(path(id, u"/timeline"_s), q), context,
                                    std::move(done), asList<SpotTimeline>(spotTimelineFromJson));
}

void CoworkingsApi::closures(const QString &id, const QDate &from, const QDate &until,
                             QObject *context, Callback<QList<Closure>> done)
{
    QUrlQuery q;
    if (from.isValid())
        q.addQueryItem(u"from"_s, dateString(from));
    if (until.isValid())
        q.addQueryItem(u"until"_s, dateString(until));
    m_api.call<QList<Closure>>(ApiRequest::get(path(id, u"/closures"_s), q), context,
                               std::move(done), asList<Closure>(closureFromJson));
}

void CoworkingsApi::addClosure(const QString &id, const Closure &closure, bool cancelBookings,
                               QObject *context, Callback<Closure> done)
{
    // The resource's own encoding, less its id: null hours close the day.
    QJsonObject body = toJson(closure);
    body.remove(keys::Id);
    ApiRequest request = ApiRequest::json("POST", path(id, u"/closures"_s), QJsonDocument(body));
    if (cancelBookings)
        request.query.addQueryItem(u"cancel_bookings"_s, u"true"_s);
    m_api.call<Closure>(std::move(request), context, std::move(done),
                        asObject<Closure>(closureFromJson));
}

void CoworkingsApi::removeClosure(const QString &id, const QString &closureId, QObject *context,
                                  Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(path(id, u"/closures/"_s + segment(closureId))), context,
                   std::move(done));
}

void CoworkingsApi::stats(const QString &id, const QDate &from, const QDate &until,
                          QObject *context, Callback<CoworkingStats> done)
{
    QUrlQuery q;
    q.addQueryItem(u"from"_s, dateString(from));
    q.addQueryItem(u"until"_s, dateString(until));
    m_api.call<CoworkingStats>(ApiRequest::get(path(id, u"/stats"_s), q), context, std::move(done),
                               asObject<CoworkingStats>(coworkingStatsFromJson));
}

} // namespace coworking::client
