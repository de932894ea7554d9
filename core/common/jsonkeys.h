#pragma once

#include <QLatin1StringView>

// The member names of the API's JSON, in one place: encoders, decoders and request readers of the
// server and of every client spell a field through these, so a renamed field is one edit and a
// misspelt one a compile error. The values are the wire spelling (docs/API_CONVENTIONS.md).
namespace coworking::keys {

// Shared by many resources
inline constexpr QLatin1StringView Id("id");
inline constexpr QLatin1StringView Name("name");
inline constexpr QLatin1StringView Description("description");
inline constexpr QLatin1StringView Status("status");
inline constexpr QLatin1StringView CreatedAt("created_at");
inline constexpr QLatin1StringView UserId("user_id");
inline constexpr QLatin1StringView SpotId("spot_id");
inline constexpr QLatin1StringView CoworkingId("coworking_id");
inline constexpr QLatin1StringView TimeFrom("time_from");
inline constexpr QLatin1StringView TimeUntil("time_until");
inline constexpr QLatin1StringView Url("url");
inline constexpr QLatin1StringView Message("message");
inline constexpr QLatin1StringView Type("type");

// Users
inline constexpr QLatin1StringView Email("email");
inline constexpr QLatin1StringView FullName("full_name");
inline constexpr QLatin1StringView Password("password");
inline constexpr QLatin1StringView CurrentPassword("current_password");
inline constexpr QLatin1StringView IsBusiness("is_business");
inline constexpr QLatin1StringView IsAdmin("is_admin");
inline constexpr QLatin1StringView IsBanned("is_banned");
inline constexpr QLatin1StringView AvatarUrl("avatar_url");

// Auth
inline constexpr QLatin1StringView AccessToken("access_token");
inline constexpr QLatin1StringView TokenType("token_type");
inline constexpr QLatin1StringView ExpiresAt("expires_at");
inline constexpr QLatin1StringView RefreshToken("refresh_token");
inline constexpr QLatin1StringView RefreshExpiresAt("refresh_expires_at");
inline constexpr QLatin1StringView Username("username");

// Coworkings and their policy
inline constexpr QLatin1StringView Address("address");
inline constexpr QLatin1StringView OpensAt("opens_at");
inline constexpr QLatin1StringView ClosesAt("closes_at");
inline constexpr QLatin1StringView Timezone("timezone");
inline constexpr QLatin1StringView Images("images");
inline constexpr QLatin1StringView FloorPlanUrl("floor_plan_url");
inline constexpr QLatin1StringView OwnerId("owner_id");
inline constexpr QLatin1StringView Role("role"); // /users/me/coworkings: "owner" or "manager"
inline constexpr QLatin1StringView BookingPolicy("booking_policy");
inline constexpr QLatin1StringView MinDurationMinutes("min_duration_minutes");
inline constexpr QLatin1StringView MaxDurationMinutes("max_duration_minutes");
inline constexpr QLatin1StringView SlotMinutes("slot_minutes");
inline constexpr QLatin1StringView MaxDaysInAdvance("max_days_in_advance");
inline constexpr QLatin1StringView MaxActiveBookingsPerUser("max_active_bookings_per_user");
inline constexpr QLatin1StringView CheckinRequired("checkin_required");
inline constexpr QLatin1StringView AutoReleaseMinutes("auto_release_minutes");
inline constexpr QLatin1StringView Busy("busy");
inline constexpr QLatin1StringView BookingId("booking_id");

// Spots
inline constexpr QLatin1StringView Position("position");
inline constexpr QLatin1StringView Map("map");
inline constexpr QLatin1StringView X("x");
inline constexpr QLatin1StringView Y("y");
inline constexpr QLatin1StringView Width("width");
inline constexpr QLatin1StringView Height("height");
inline constexpr QLatin1StringView Rotation("rotation");
inline constexpr QLatin1StringView IsAvailable("is_available");
inline constexpr QLatin1StringView SpotStatus("spot_status");

// Bookings
inline constexpr QLatin1StringView Options("options");
inline constexpr QLatin1StringView OptionId("option_id");
inline constexpr QLatin1StringView CancelledAt("cancelled_at");
inline constexpr QLatin1StringView CheckedInAt("checked_in_at");
inline constexpr QLatin1StringView CancelReason("cancel_reason");
// A booking's "code" is keys::Code, spelt like the error envelope's.
inline constexpr QLatin1StringView Coworking("coworking");
inline constexpr QLatin1StringView Spot("spot");
inline constexpr QLatin1StringView User("user");
inline constexpr QLatin1StringView AvailableSlots("available_slots");
inline constexpr QLatin1StringView Ok("ok");

// Notifications
inline constexpr QLatin1StringView Title("title");
inline constexpr QLatin1StringView Body("body");
inline constexpr QLatin1StringView Data("data");
inline constexpr QLatin1StringView ReadAt("read_at");
inline constexpr QLatin1StringView Token("token");
inline constexpr QLatin1StringView DeviceType("device_type");
inline constexpr QLatin1StringView Items("items");
inline constexpr QLatin1StringView Total("total");
inline constexpr QLatin1StringView Unread("unread");
inline constexpr QLatin1StringView Updated("updated");
inline constexpr QLatin1StringView Notification("notification");
inline constexpr QLatin1StringView NotificationId("notification_id");
inline constexpr QLatin1StringView Sent("sent");

// Outbox events (GET /admin/events)
inline constexpr QLatin1StringView Payload("payload");
inline constexpr QLatin1StringView ActorId("actor_id");
inline constexpr QLatin1StringView State("state");
inline constexpr QLatin1StringView Attempts("attempts");
inline constexpr QLatin1StringView NextAttemptAt("next_attempt_at");
inline constexpr QLatin1StringView LastError("last_error");
inline constexpr QLatin1StringView HandledAt("handled_at");

// Storage and health
inline constexpr QLatin1StringView File("file");
inline constexpr QLatin1StringView Database("database");
inline constexpr QLatin1StringView Runner("runner");

// The error envelope
inline constexpr QLatin1StringView Error("error");
inline constexpr QLatin1StringView Code("code");
inline constexpr QLatin1StringView Details("details");
inline constexpr QLatin1StringView Fields("fields");
inline constexpr QLatin1StringView Field("field");
inline constexpr QLatin1StringView AlternativeSpot("alternative_spot");
inline constexpr QLatin1StringView Rule("rule");
inline constexpr QLatin1StringView Reason("reason");
inline constexpr QLatin1StringView Note("note");
inline constexpr QLatin1StringView Limit("limit");
inline constexpr QLatin1StringView Count("count");
inline constexpr QLatin1StringView RetryAfter("retry_after");
inline constexpr QLatin1StringView MaxBytes("max_bytes");

// Occupancy statistics (GET /coworkings/{id}/stats); also From, Until, Timezone, Bookings
inline constexpr QLatin1StringView OpenMinutes("open_minutes");
inline constexpr QLatin1StringView BookedMinutes("booked_minutes");
inline constexpr QLatin1StringView Utilisation("utilisation");
inline constexpr QLatin1StringView Cancellations("cancellations");
inline constexpr QLatin1StringView NoShows("no_shows");
inline constexpr QLatin1StringView CheckIns("check_ins");
inline constexpr QLatin1StringView BySpot("by_spot");
inline constexpr QLatin1StringView ByHour("by_hour");
inline constexpr QLatin1StringView Weekday("weekday");
inline constexpr QLatin1StringView Hour("hour");

// Closures
inline constexpr QLatin1StringView Date("date");
inline constexpr QLatin1StringView ClosureId("closure_id");
inline constexpr QLatin1StringView CancelBookings("cancel_bookings");

// Live messages
inline constexpr QLatin1StringView Seq("seq");
inline constexpr QLatin1StringView Event("event");
inline constexpr QLatin1StringView At("at");
inline constexpr QLatin1StringView Window("window");
inline constexpr QLatin1StringView From("from");
inline constexpr QLatin1StringView Until("until");
inline constexpr QLatin1StringView Spots("spots");
inline constexpr QLatin1StringView Bookings("bookings");
inline constexpr QLatin1StringView Booking("booking");
inline constexpr QLatin1StringView Previous("previous");

} // namespace coworking::keys
