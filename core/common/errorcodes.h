#pragma once

#include <QLatin1StringView>

// The `error.code` values of the API, in one place: the services that raise an AppError, the
// server's HTTP layer and every client compare against these, never against a spelled-out
// string. A code is part of the contract; the table in docs/API_CONVENTIONS.md says which
// status each answers with. Adding one is a change to record in docs/API_CHANGELOG.md.
namespace coworking::errc {

// Requests the server could not take as sent
inline constexpr QLatin1StringView BadRequest("BAD_REQUEST"); // 400
inline constexpr QLatin1StringView ValidationError("VALIDATION_ERROR"); // 422, details.fields
inline constexpr QLatin1StringView NotFound("NOT_FOUND"); // 404, no such path or file
inline constexpr QLatin1StringView MethodNotAllowed("METHOD_NOT_ALLOWED"); // 405
inline constexpr QLatin1StringView RequestTimeout("REQUEST_TIMEOUT"); // 408
inline constexpr QLatin1StringView LengthRequired("LENGTH_REQUIRED"); // 411
inline constexpr QLatin1StringView PayloadTooLarge("PAYLOAD_TOO_LARGE"); // 413
inline constexpr QLatin1StringView UpgradeRequired("UPGRADE_REQUIRED"); // 426, the live endpoint
inline constexpr QLatin1StringView HeadersTooLarge("HEADERS_TOO_LARGE"); // 431
inline constexpr QLatin1StringView TooManyRequests("TOO_MANY_REQUESTS"); // 429, Retry-After
inline constexpr QLatin1StringView Conflict("CONFLICT"); // 409, a constraint the data refused

// Identity and permissions
inline constexpr QLatin1StringView Unauthorized("UNAUTHORIZED"); // 401, no credentials
inline constexpr QLatin1StringView InvalidToken("INVALID_TOKEN"); // 401, bad or expired token
inline constexpr QLatin1StringView InvalidCredentials("INVALID_CREDENTIALS"); // 401
inline constexpr QLatin1StringView InvalidRefreshToken("INVALID_REFRESH_TOKEN"); // 401
inline constexpr QLatin1StringView Forbidden("FORBIDDEN"); // 403
inline constexpr QLatin1StringView UserBanned("USER_BANNED"); // 403
inline constexpr QLatin1StringView EmailTaken("EMAIL_TAKEN"); // 409

// Resources that do not exist (or that the caller may not know of): 404
inline constexpr QLatin1StringView UserNotFound("USER_NOT_FOUND");
inline constexpr QLatin1StringView CoworkingNotFound("COWORKING_NOT_FOUND");
inline constexpr QLatin1StringView SpotNotFound("SPOT_NOT_FOUND");
inline constexpr QLatin1StringView OptionNotFound("OPTION_NOT_FOUND");
inline constexpr QLatin1StringView BookingNotFound("BOOKING_NOT_FOUND");
inline constexpr QLatin1StringView ImageNotFound("IMAGE_NOT_FOUND");
inline constexpr QLatin1StringView NotificationNotFound("NOTIFICATION_NOT_FOUND");
inline constexpr QLatin1StringView DeviceTokenNotFound("DEVICE_TOKEN_NOT_FOUND");
inline constexpr QLatin1StringView EventNotFound("EVENT_NOT_FOUND");
inline constexpr QLatin1StringView NoCurrentBooking("NO_CURRENT_BOOKING");
inline constexpr QLatin1StringView ClosureNotFound("CLOSURE_NOT_FOUND");

// Booking rules
inline constexpr QLatin1StringView BookingConflict("BOOKING_CONFLICT"); // 409, alternative_spot
inline constexpr QLatin1StringView SpotInactive("SPOT_INACTIVE"); // 409
inline constexpr QLatin1StringView UserLimit("USER_LIMIT"); // 409, details.reason and limit
inline constexpr QLatin1StringView BookingNotActive("BOOKING_NOT_ACTIVE"); // 409
inline constexpr QLatin1StringView CheckinNotAllowed("CHECKIN_NOT_ALLOWED"); // 409
inline constexpr QLatin1StringView OutsideOpeningHours("OUTSIDE_OPENING_HOURS"); // 422
inline constexpr QLatin1StringView PolicyViolation("POLICY_VIOLATION"); // 422, details.rule
inline constexpr QLatin1StringView IdempotencyKeyReused("IDEMPOTENCY_KEY_REUSED"); // 422
inline constexpr QLatin1StringView HasActiveBookings("HAS_ACTIVE_BOOKINGS"); // 409
inline constexpr QLatin1StringView EventNotDead("EVENT_NOT_DEAD"); // 409
// 422: a CSV export would hold more rows than the server writes at once (details.limit, count)
inline constexpr QLatin1StringView ExportTooLarge("EXPORT_TOO_LARGE");

// Closures and special hours
inline constexpr QLatin1StringView CoworkingClosed("COWORKING_CLOSED"); // 422
// 409: a closure over active bookings without ?cancel_bookings=true (details.bookings: how many)
inline constexpr QLatin1StringView ClosureConflict("CLOSURE_CONFLICT");
// 409: the coworking has a closure on that date already (details.closure_id)
inline constexpr QLatin1StringView ClosureExists("CLOSURE_EXISTS");

// The service itself
inline constexpr QLatin1StringView Unavailable("UNAVAILABLE"); // 503, Retry-After
inline constexpr QLatin1StringView TooManyConnections("TOO_MANY_CONNECTIONS"); // 503
inline constexpr QLatin1StringView Internal("INTERNAL"); // 500

} // namespace coworking::errc
