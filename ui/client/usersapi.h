#pragma once

#include "resourceapi.h"

namespace coworking::client {

// /users and /users/me.
class UsersApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // POST /users: {email, full_name, password, is_business?, avatar_url?}.
    void registerUser(const QJsonObject &body, QObject *context, Callback<User> done);
    // Staff of the coworking: POST /coworkings/{id}/guests registers a walk-in guest.
    void registerGuest(const QString &coworkingId, const QString &email, const QString &fullName,
                       QObject *context, Callback<User> done);
    void me(QObject *context, Callback<User> done);
    // PATCH /users/me: {full_name?, email?, avatar_url?, password?, current_password?}.
    void updateMe(const QJsonObject &patch, QObject *context, Callback<User> done);
    void uploadAvatar(const QByteArray &image, const QByteArray &mimeType, QObject *context,
                      Callback<User> done);
    // GET /users: admins search by `query`; staff may only look up an exact `email`.
    void search(const QString &query, const QString &email, PageRequest page, QObject *context,
                Callback<Page<User>> done);
    void get(const QString &id, QObject *context, Callback<User> done);
    void update(const QString &id, const QJsonObject &patch, QObject *context, Callback<User> done);
    void ban(const QString &id, QObject *context, Callback<Done> done);
    void unban(const QString &id, QObject *context, Callback<Done> done);
    // GET /users/me/bookings, with coworking and spot embedded.
    void myBookings(std::optional<BookingStatus> status, PageRequest page, QObject *context,
                    Callback<Page<BookingDetails>> done);
    // POST /users/me/calendar-feed: a new secret URL (the old one stops working).
    void createCalendarFeed(QObject *context, Callback<QUrl> done);
    void removeCalendarFeed(QObject *context, Callback<Done> done);
};

} // namespace coworking::client
