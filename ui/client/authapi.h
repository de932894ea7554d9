#pragma once

#include "resourceapi.h"

namespace coworking::client {

// POST /auth/login, /auth/refresh, /auth/logout.
class AuthApi final : public ResourceApi
{
public:
    using ResourceApi::ResourceApi;

    // Signs in and reads the user (GET /users/me). With keepSignedIn the refresh token goes to
    // the TokenStore, so restoreSession() can sign in again on the next run.
    void login(const QString &email, const QString &password, bool keepSignedIn, QObject *context,
               Callback<User> done);
    // Signs in again from the refresh token the TokenStore kept for this server; a Http 401
    // error when there is none or the server refused it.
    void restoreSession(QObject *context, Callback<User> done);
    // Revokes the refresh chain on the server and forgets the session here (also when the
    // server cannot be reached: the local session ends either way).
    void logout(QObject *context, Callback<Done> done);
};

} // namespace coworking::client
