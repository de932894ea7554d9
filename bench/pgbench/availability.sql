-- What one GET /coworkings/{id}/spots?time_from&time_until costs the database: the SQL the
-- server sends for it, in its order (AccessPolicy::requireCoworking, then
-- SqlBookingRepository::busySpotsInCoworking and SqlSpotRepository::listByCoworking).
-- Variables (bench/run.sh passes them with -D): cw = coworking id, day0 = epoch of today's local
-- midnight. The window is the one bench/wrk/availability.lua asks for: a 2-hour window from
-- 09:00, 11:00, 13:00, 15:00 or 17:00 local on one of the next 14 days.
\set day random(1, 14)
\set slot random(0, 4)
\set t0 :day0 + :day * 86400 + (9 + 2 * :slot) * 3600
\set t1 :t0 + 7200
SELECT c.*, i.id AS image_id, i.url AS image_url FROM (SELECT id, owner_id, name, description, address, opens_at, closes_at, timezone, min_duration_minutes, max_duration_minutes, slot_minutes, max_days_in_advance, max_active_bookings_per_user, checkin_required, auto_release_minutes, floor_plan_url, created_at FROM coworkings WHERE id = :cw) c LEFT JOIN coworking_images i ON i.coworking_id = c.id ORDER BY i.position, i.created_at, i.id;
SELECT DISTINCT spot_id FROM bookings WHERE coworking_id = :cw AND tstzrange(time_from, time_until, '[)') && tstzrange(to_timestamp(:t0), to_timestamp(:t1), '[)') AND status = 'active';
SELECT id, coworking_id, name, description, position, is_active, map_x, map_y, map_width, map_height, map_rotation FROM spots WHERE coworking_id = :cw ORDER BY position, name, id;
