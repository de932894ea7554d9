#include "errortext.h"

#include "client/apiresult.h"

using namespace Qt::StringLiterals;

namespace coworking {
namespace ui {

QString ErrorText::waitText(int seconds)
{
    if (seconds >= 90)
        return tr("in %n minute(s)", nullptr, (seconds + 59) / 60);
    return tr("in %n second(s)", nullptr, qMax(1, seconds));
}

QString ErrorText::describe(const client::ApiError &error)
{
    using Kind = client::ApiError::Kind;
    switch (error.kind) {
    case Kind::Network:
        return tr("The server cannot be reached. Check the address and the network; the desk "
                  "keeps trying.");
    case Kind::Timeout:
        return tr("The server did not answer in time. Try again in a moment.");
    case Kind::Tls:
        return tr("The server's certificate cannot be trusted (%1). Check the server address, "
                  "or ask the administrator to fix the certificate.")
                .arg(error.message);
    case Kind::Decode:
        return tr("The server sent an answer this version of the desk does not understand. "
                  "Check that the desk and the server are of matching versions.");
    case Kind::Cancelled:
        return tr("The request was cancelled.");
    case Kind::Http:
        break;
    }
    const QString &code = error.code;
    if (code == u"INVALID_CREDENTIALS")
        return tr("Wrong email or password.");
    if (code == u"USER_BANNED")
        return tr("This account is banned. Ask an administrator of the service.");
    if (error.status == 429) {
        if (error.retryAfterSeconds)
            return tr("Too many attempts. Try again %1.").arg(waitText(*error.retryAfterSeconds));
        return tr("Too many attempts. Wait a little and try again.");
    }
    if (code == u"BOOKING_CONFLICT")
        return tr("This spot was just booked by someone else for that time.");
    if (code == u"USER_LIMIT")
        return tr("The member already has as many bookings as the rules allow, or another "
                  "booking at that time.");
    if (code == u"SPOT_INACTIVE")
        return tr("This spot is inactive and cannot be booked.");
    if (code == u"OUTSIDE_OPENING_HOURS")
        return tr("The time is outside the opening hours of the coworking.");
    if (code == u"COWORKING_CLOSED")
        return tr("The coworking is closed that day.");
    if (code == u"POLICY_VIOLATION")
        return tr("The booking breaks a rule of this coworking: %1").arg(error.message);
    if (code == u"CHECKIN_NOT_ALLOWED")
        return tr("Check-in is not possible at this time.");
    if (code == u"BOOKING_NOT_ACTIVE")
        return tr("This booking is no longer active.");
    if (code == u"HAS_ACTIVE_BOOKINGS")
        return tr("There are future bookings; they must be cancelled first.");
    if (code == u"EMAIL_TAKEN")
        return tr("This email is already in use.");
    if (code == u"VALIDATION_ERROR")
        return tr("Some fields are not valid: %1").arg(error.message);
    if (code == u"UNAUTHORIZED" || code == u"INVALID_TOKEN" || code == u"INVALID_REFRESH_TOKEN")
        return tr("Your session has ended. Sign in again.");
    if (error.status == 403)
        return tr("You are not allowed to do this.");
    if (error.status == 404)
        return tr("It no longer exists; it may have been removed meanwhile.");
    if (error.status == 409)
        return tr("It changed meanwhile: %1").arg(error.message);
    if (error.status == 503)
        return tr("The server is temporarily unavailable. Try again in a moment.");
    if (error.status >= 500)
        return tr("The server failed to do this (error %1). Try again; if it persists, tell "
                  "the administrator.")
                .arg(error.status);
    return error.message.isEmpty() ? tr("The request failed (error %1).").arg(error.status)
                                   : error.message;
}

} // namespace ui
} // namespace coworking
