-- Benchmark data for PostgreSQL, loaded straight into the schema that `coworking-server migrate`
-- created. Run by bench/run.sh:
--   psql -v owner_id=<uuid> -v hash=<argon2id> -v users=5000 -v bookings=1000000
--        -v main_spots=200 -v other_coworkings=4 -v other_spots=50 -v future_days=25
--        -f load_postgres.sql
--
-- Ids are deterministic so that the wrk and pgbench scripts can name them without a lookup:
--   user n       00000000-0000-4000-a000-<n, 12 digits>     e-mail user<n>@bench.test
--   coworking c  00000000-0000-4000-8000-<c, 12 digits>     c = 1 is the big floor
--   spot n       00000000-0000-4000-b000-<n, 12 digits>     n = 1..main_spots on coworking 1
-- Times are laid out in Europe/Moscow local time (UTC+3 all year, no DST since 2014).
--
-- Bookings: booking i (0-based) goes to spot i % S (S = all spots) as that spot's (i / S)-th
-- booking; each spot gets 4 bookings a day in fixed, disjoint slots (09, 11, 14, 17 local, 1 or
-- 2 hours), so no two bookings of a spot overlap. The last `future_days` days are in the future,
-- the rest (about 96 %) in the past. The booker of booking i is 1 + (i + 37 * (i / S)) % users:
-- within one slot the S bookings have S distinct bookers, so no user overlaps himself either.

\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET maintenance_work_mem = '256MB';

BEGIN;

INSERT INTO users (id, email, email_normalized, full_name, password_hash, language, created_at)
SELECT ('00000000-0000-4000-a000-' || lpad(n::text, 12, '0'))::uuid,
       'user' || n || '@bench.test',
       'user' || n || '@bench.test',
       'Bench User ' || n,
       :'hash',
       CASE WHEN n % 3 = 0 THEN 'ru' ELSE 'en' END,
       now() - interval '800 days' + n * interval '7 minutes'
FROM generate_series(1, :users) AS n;

-- Coworking 1: the 200-spot floor under test, with a policy that lets one user hold many
-- bookings a year ahead (the booking benchmark spreads its bookings over 1,000 users).
INSERT INTO coworkings (id, owner_id, name, description, address, opens_at, closes_at, timezone,
                        min_duration_minutes, max_duration_minutes, slot_minutes,
                        max_days_in_advance, max_active_bookings_per_user, checkin_required,
                        auto_release_minutes, floor_plan_url, created_at)
SELECT ('00000000-0000-4000-8000-' || lpad(c::text, 12, '0'))::uuid,
       :'owner_id',
       CASE WHEN c = 1 THEN 'Bench Main Floor' ELSE 'Bench Satellite ' || c END,
       'Benchmark coworking ' || c,
       'Bench street ' || c,
       '08:00:00', '22:00:00', 'Europe/Moscow',
       15, 720, 15,
       CASE WHEN c = 1 THEN 365 ELSE 30 END,
       CASE WHEN c = 1 THEN 100 ELSE 3 END,
       false, 15, '',
       now() - interval '900 days'
FROM generate_series(1, 1 + :other_coworkings) AS c;

INSERT INTO spots (id, coworking_id, name, description, position, is_active,
                   map_x, map_y, map_width, map_height, map_rotation)
SELECT ('00000000-0000-4000-b000-' || lpad(n::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(cw::text, 12, '0'))::uuid,
       'Desk ' || local_no,
       CASE WHEN local_no % 10 = 0 THEN 'Window desk with a monitor' ELSE '' END,
       local_no,
       -- A few satellite desks are out of service; every desk of the main floor is bookable.
       NOT (cw > 1 AND local_no % 40 = 0),
       (local_no - 1) % 20 * 60.0, (local_no - 1) / 20 * 50.0, 50.0, 40.0, 0.0
FROM generate_series(1, :main_spots + :other_coworkings * :other_spots) AS n
CROSS JOIN LATERAL (
    SELECT CASE WHEN n <= :main_spots THEN 1 ELSE 2 + (n - :main_spots - 1) / :other_spots END
               AS cw,
           CASE WHEN n <= :main_spots THEN n ELSE 1 + (n - :main_spots - 1) % :other_spots END
               AS local_no) AS placement;

INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, time_until, status,
                      created_at, cancelled_at, cancel_reason, checked_in_at)
SELECT gen_random_uuid(),
       ('00000000-0000-4000-a000-' || lpad(b.user_no::text, 12, '0'))::uuid,
       ('00000000-0000-4000-b000-' || lpad(b.spot_no::text, 12, '0'))::uuid,
       ('00000000-0000-4000-8000-' || lpad(b.cw::text, 12, '0'))::uuid,
       b.tf, b.tu, st.status,
       b.tf - (1 + b.h % 14) * interval '1 day' - (b.h % 600) * interval '1 minute',
       CASE WHEN st.status = 'cancelled' THEN b.tf - (b.h % 48) * interval '1 hour' END,
       CASE WHEN st.status = 'cancelled' THEN 'user' END,
       CASE WHEN st.status = 'expired' AND b.h % 10 < 7 THEN b.tf + interval '4 minutes' END
FROM (
    SELECT s + 1 AS spot_no,
           CASE WHEN s < :main_spots THEN 1 ELSE 2 + (s - :main_spots) / :other_spots END AS cw,
           1 + (i + 37 * j) % :users AS user_no,
           h,
           (mid + make_interval(days => (j / 4 - past_days)::int,
                                mins => (ARRAY[540, 660, 840, 1020])[j % 4 + 1]::int))
               AT TIME ZONE 'Europe/Moscow' AS tf,
           (mid + make_interval(days => (j / 4 - past_days)::int,
                                mins => (ARRAY[540, 660, 840, 1020])[j % 4 + 1]::int
                                        + CASE WHEN h % 3 = 0 THEN 120 ELSE 60 END))
               AT TIME ZONE 'Europe/Moscow' AS tu
    FROM (SELECT date_trunc('day', now() AT TIME ZONE 'Europe/Moscow') AS mid,
                 :main_spots + :other_coworkings * :other_spots AS nspots) AS p
    CROSS JOIN LATERAL (
        SELECT ((:bookings + p.nspots - 1) / p.nspots) / 4 - :future_days AS past_days) AS d
    CROSS JOIN generate_series(0, :bookings - 1) AS i
    CROSS JOIN LATERAL (SELECT i % p.nspots AS s, i / p.nspots AS j,
                               abs(hashint4(i::int)) AS h) AS g
) AS b
CROSS JOIN LATERAL (
    SELECT CASE
               WHEN b.tu > now() THEN
                   CASE WHEN b.tf > now() AND b.h % 4 = 0 THEN 'cancelled' ELSE 'active' END
               -- Ended a moment ago: the runner has not marked it expired yet.
               WHEN b.tu > now() - interval '2 hours' THEN 'active'
               WHEN b.h % 8 = 0 THEN 'cancelled'
               ELSE 'expired'
           END AS status) AS st;

COMMIT;

VACUUM ANALYZE;
