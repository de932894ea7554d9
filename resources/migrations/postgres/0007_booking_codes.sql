-- Booking codes (core/bookings/bookingcode.h): eight characters of an alphabet without
-- look-alikes, unique among all bookings. The server draws them for new bookings; this fills in
-- the bookings that existed before, from gen_random_uuid(), which reads the operating system's
-- CSPRNG: two bytes per character, from the bytes of a version-4 UUID that are all random (not
-- 6 and 8, which carry the version and variant). The column stays nullable: rows loaded
-- around the server (bench/sql) have none.
ALTER TABLE bookings ADD COLUMN code text;
CREATE FUNCTION coworking_draw_booking_code() RETURNS text LANGUAGE sql VOLATILE AS $$ SELECT string_agg(substr('34679ACDEFGHJKMNPRTUVWXY', 1 + (get_byte(r.b, p) * 256 + get_byte(r.b, p + 1)) % 24, 1), '' ORDER BY p) FROM (SELECT uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()) AS b) AS r, unnest(ARRAY[0, 2, 4, 10, 12, 14, 16, 18]) AS p $$;
UPDATE bookings SET code = coworking_draw_booking_code();
-- Among many bookings two may draw one code (about N^2 / 2.2e11 pairs, 4 among a million): draw
-- those again. Should one still collide (for a million bookings, 1 in 10,000) the index below
-- fails, the migration rolls back, and the next start draws afresh.
UPDATE bookings SET code = coworking_draw_booking_code()
    WHERE code IN (SELECT code FROM bookings GROUP BY code HAVING COUNT(*) > 1);
DROP FUNCTION coworking_draw_booking_code();
CREATE UNIQUE INDEX bookings_code_idx ON bookings (code);
