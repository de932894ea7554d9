-- What one GET /coworkings/{id}/spots?time_from&time_until costs the database: the SQL the
-- server sends for it (SqlSpotRepository::availabilityInCoworking: the coworking, its spots and
-- which of them an active booking overlaps, in one statement).
-- Variables (bench/run.sh passes them with -D): cw = coworking id, day0 = epoch of today's local
-- midnight. The window is the one bench/wrk/availability.lua asks for: a 2-hour window from
-- 09:00, 11:00, 13:00, 15:00 or 17:00 local on one of the next 14 days.
\set day random(1, 14)
\set slot random(0, 4)
\set t0 :day0 + :day * 86400 + (9 + 2 * :slot) * 3600
\set t1 :t0 + 7200
SELECT s.id, s.coworking_id, s.name, s.description, s.position, s.is_active, s.map_x, s.map_y, s.map_width, s.map_height, s.map_rotation, s.id IN (SELECT spot_id FROM bookings WHERE coworking_id = :cw AND tstzrange(time_from, time_until, '[)') && tstzrange(to_timestamp(:t0), to_timestamp(:t1), '[)') AND status = 'active') AS busy FROM coworkings c LEFT JOIN spots s ON s.coworking_id = c.id WHERE c.id = :cw ORDER BY s.position, s.name, s.id;
