-- Booking codes (core/bookings/bookingcode.h): eight characters of an alphabet without
-- look-alikes, unique among all bookings. The server draws them for new bookings; this fills in
-- the bookings that existed before. SQLite's random() is its ChaCha20 generator (since 3.40),
-- seeded from the operating system; abs() of the remainder, because abs() of the smallest
-- integer overflows. The column stays nullable: rows loaded around the server (bench/sql) have
-- none.
ALTER TABLE bookings ADD COLUMN code TEXT;
-- One fresh code per row that reads it: the updates below refer to the row, so SQLite evaluates
-- the view again for each one instead of once for the statement.
CREATE TEMP VIEW booking_code_draw AS SELECT substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) || substr('34679ACDEFGHJKMNPRTUVWXY', 1 + abs(random() % 24), 1) AS code;
UPDATE bookings SET code = (SELECT code FROM booking_code_draw WHERE bookings.id IS NOT NULL);
-- Among many bookings two may draw one code (about N^2 / 2.2e11 pairs, 4 among a million): draw
-- those again. Should one still collide (for a million bookings, 1 in 10,000) the index below
-- fails, the migration rolls back, and the next start draws afresh.
UPDATE bookings SET code = (SELECT code FROM booking_code_draw WHERE bookings.id IS NOT NULL)
    WHERE code IN (SELECT code FROM bookings GROUP BY code HAVING COUNT(*) > 1);
DROP VIEW booking_code_draw;
CREATE UNIQUE INDEX bookings_code_idx ON bookings (code);
