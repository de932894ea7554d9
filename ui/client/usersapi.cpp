#include "usersapi.h"

#include "decoding.h"

#include "common/jsonkeys.h"
#include "users/userjson.h"
#include "bookings/bookingjson.h"

using namespace Qt::StringLiterals;

namespace coworking::client {

void UsersApi::registerUser(const QJsonObject &body, QObject *context, Callback<User> done)
{
    ApiRequest request = ApiRequest::json("POST", u"/users"_s, QJsonDocument(body));
    request.authenticated = false;
    m_api.call<User>(std::move(request), context, std::move(done), asObject<User>(userFromJson));
}

void UsersApi::registerGuest(const QString &coworkingId, const QString &email,
                             const QString &fullName, QObject *context, Callback<User> done)
{
    const QJsonObject body{ { keys::Email, email }, { keys::FullName, fullName } };
    m_api.call<User>(ApiRequest::json("POST", u"/coworkings/%1/guests"_s.arg(segment(coworkingId)),
                                      QJsonDocument(body)),
                     context, std::move(done), asObject<User>(userFromJson));
}

void UsersApi::me(QObject *context, Callback<User> done)
{
    ApiClient *api = &m_api;
    m_api.call<User>(
            ApiRequest::get(u"/users/me"_s), context,
            [api, done = std::move(done)](Result<User> r) {
                if (r.ok() && api->currentUser() && api->currentUser()->id == r.value().id)
                    api->setCurrentUser(r.value());
                done(std::move(r));
            },
            asObject<User>(userFromJson));
}

void UsersApi::updateMe(const QJsonObject &patch, QObject *context, Callback<User> done)
{
    m_api.call<User>(ApiRequest::json("PATCH", u"/users/me"_s, QJsonDocument(patch)), context,
                     std::move(done), asObject<User>(userFromJson));
}

void UsersApi::uploadAvatar(const QByteArray &image, const QByteArray &mimeType, QObject *context,
                            Callback<User> done)
{
    m_api.call<User>(ApiRequest::raw("PUT", u"/users/me/avatar"_s, image, mimeType), context,
                     std::move(done), asObject<User>(userFromJson));
}

void UsersApi::search(const QString &query, const QString &email, PageRequest pageRequest,
                      QObject *context, Callback<Page<User>> done)
{
    QUrlQuery q;
    if (!query.isEmpty())
        q.addQueryItem(u"query"_s, query);
    if (!email.isEmpty())
        q.addQueryItem(u"email"_s, email);
    m_api.call<Page<User>>(ApiRequest::get(u"/users"_s, pageQuery(pageRequest, q)), context,
                           std::move(done), asPage<User>(userFromJson));
}

void UsersApi::get(const QString &id, QObject *context, Callback<User> done)
{
    m_api.call<User>(ApiRequest::get(u"/users/"_s + segment(id)), context, std::move(done),
                     asObject<User>(userFromJson));
}

void UsersApi::update(const QString &id, const QJsonObject &patch, QObject *context,
                      Callback<User> done)
{
    m_api.call<User>(ApiRequest::json("PATCH", u"/users/"_s + segment(id), QJsonDocument(patch)),
                     context, std::move(done), asObject<User>(userFromJson));
}

void UsersApi::ban(const QString &id, QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::raw("POST", u"/users/%1/ban"_s.arg(segment(id)), {}, {}), context,
                   std::move(done));
}

void UsersApi::unban(const QString &id, QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::raw("POST", u"/users/%1/unban"_s.arg(segment(id)), {}, {}), context,
                   std::move(done));
}

void UsersApi::myBookings(std::optional<BookingStatus> status, PageRequest pageRequest,
                          QObject *context, Callback<Page<BookingDetails>> done)
{
    QUrlQuery q;
    if (status)
        q.addQueryItem(u"status"_s, toString(*status));
    m_api.call<Page<BookingDetails>>(
            ApiRequest::get(u"/users/me/bookings"_s, pageQuery(pageRequest, q)), context,
            std::move(done), asPage<BookingDetails>(bookingDetailsFromJson));
}

void UsersApi::createCalendarFeed(QObject *context, Callback<QUrl> done)
{
    m_api.call<QUrl>(ApiRequest::raw("POST", u"/users/me/calendar-feed"_s, {}, {}), context,
                     std::move(done), asObject<QUrl>(decoding::url));
}

void UsersApi::removeCalendarFeed(QObject *context, Callback<Done> done)
{
    m_api.callDone(ApiRequest::del(u"/users/me/calendar-feed"_s), context, std::move(done));
}

} // namespace coworking::client
