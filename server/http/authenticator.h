#pragma once

#include "router.h"
#include "users/user.h"

#include <QByteArray>
#include <QDateTime>

namespace coworking {

class Clock;
class JwtCodec;
class UserRepository;

// The one authentication step of every request: verifies the bearer token, loads the user and
// refuses a banned one at once (not when the token expires).
class Authenticator final
{
public:
    Authenticator(const JwtCodec &jwt, UserRepository &users, const Clock &clock)
        : m_jwt(jwt), m_users(users), m_clock(clock)
    {
    }

    // Throws AppError (401, 403 USER_BANNED). `authorization` is the raw header value.
    // `expiresAt`, when given, gets the token's expiry (for a live socket, which outlives it).
    Actor authenticate(Access access, const QByteArray &authorization,
                       QDateTime *expiresAt = nullptr);

private:
    const JwtCodec &m_jwt;
    UserRepository &m_users;
    const Clock &m_clock;
};

} // namespace coworking
