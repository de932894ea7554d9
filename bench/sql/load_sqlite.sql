-- Benchmark data for SQLite: the same layout as load_postgres.sql (read its header), for the
-- schema that `coworking-server migrate` created. bench/run.sh feeds it to the sqlite3 shell
-- (which has generate_series) after a preamble of parameters:
--   CREATE TEMP TABLE bench_params AS SELECT '<owner uuid>' AS owner_id, '<argon2id>' AS hash,
--       5000 AS users, 1000000 AS bookings, 200 AS main_spots, 4 AS other_coworkings,
--       50 AS other_spots, 25 AS future_days;
-- Timestamps are stored as the server stores them: text 'YYYY-MM-DDTHH:MM:SS.zzzZ' in UTC.
-- Europe/Moscow is UTC+3 all year, so local times are shifted by a fixed 180 minutes.

PRAGMA journal_mode = WAL;
PRAGMA synchronous = OFF;
PRAGMA foreign_keys = ON;
PRAGMA cache_size = -262144;

BEGIN;

INSERT INTO users (id, email, email_normalized, full_name, password_hash, language, created_at)
SELECT '00000000-0000-4000-a000-' || substr('000000000000' || n.value, -12),
       'user' || n.value || '@bench.test',
       'user' || n.value || '@bench.test',
       'Bench User ' || n.value,
       p.hash,
       CASE WHEN n.value % 3 = 0 THEN 'ru' ELSE 'en' END,
       strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now', '-800 days', (n.value * 7) || ' minutes')
FROM bench_params AS p, generate_series(1, p.users) AS n;

INSERT INTO coworkings (id, owner_id, name, description, address, opens_at, closes_at, timezone,
                        min_duration_minutes, max_duration_minutes, slot_minutes,
                        max_days_in_advance, max_active_bookings_per_user, checkin_required,
                        auto_release_minutes, floor_plan_url, created_at)
SELECT '00000000-0000-4000-8000-' || substr('000000000000' || c.value, -12),
       p.owner_id,
       CASE WHEN c.value = 1 THEN 'Bench Main Floor' ELSE 'Bench Satellite ' || c.value END,
       'Benchmark coworking ' || c.value,
       'Bench street ' || c.value,
       '08:00:00', '22:00:00', 'Europe/Moscow',
       15, 720, 15,
       CASE WHEN c.value = 1 THEN 365 ELSE 30 END,
       CASE WHEN c.value = 1 THEN 100 ELSE 3 END,
       0, 15, '',
       strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now', '-900 days')
FROM bench_params AS p, generate_series(1, 1 + p.other_coworkings) AS c;

INSERT INTO spots (id, coworking_id, name, description, position, is_active,
                   map_x, map_y, map_width, map_height, map_rotation)
SELECT '00000000-0000-4000-b000-' || substr('000000000000' || n, -12),
       '00000000-0000-4000-8000-' || substr('000000000000' || cw, -12),
       'Desk ' || local_no,
       CASE WHEN local_no % 10 = 0 THEN 'Window desk with a monitor' ELSE '' END,
       local_no,
       CASE WHEN cw > 1 AND local_no % 40 = 0 THEN 0 ELSE 1 END,
       (local_no - 1) % 20 * 60.0, (local_no - 1) / 20 * 50.0, 50.0, 40.0, 0.0
FROM (SELECT n.value AS n,
             CASE WHEN n.value <= p.main_spots THEN 1
                  ELSE 2 + (n.value - p.main_spots - 1) / p.other_spots END AS cw,
             CASE WHEN n.value <= p.main_spots THEN n.value
                  ELSE 1 + (n.value - p.main_spots - 1) % p.other_spots END AS local_no
      FROM bench_params AS p,
           generate_series(1, p.main_spots + p.other_coworkings * p.other_spots) AS n);

-- A version-4 shaped random id per booking; ids only need to be unique.
INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, time_until, status,
                      created_at, cancelled_at, cancel_reason, checked_in_at)
SELECT lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4'
           || substr(lower(hex(randomblob(2))), 2) || '-a'
           || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6))),
       '00000000-0000-4000-a000-' || substr('000000000000' || user_no, -12),
       '00000000-0000-4000-b000-' || substr('000000000000' || spot_no, -12),
       '00000000-0000-4000-8000-' || substr('000000000000' || cw, -12),
       tf, tu, status,
       strftime('%Y-%m-%dT%H:%M:%S.000Z', tf, '-' || (1 + h % 14) || ' days',
                '-' || (h % 600) || ' minutes'),
       CASE WHEN status = 'cancelled'
            THEN strftime('%Y-%m-%dT%H:%M:%S.000Z', tf, '-' || (h % 48) || ' hours') END,
       CASE WHEN status = 'cancelled' THEN 'user' END,
       CASE WHEN status = 'expired' AND h % 10 < 7
            THEN strftime('%Y-%m-%dT%H:%M:%S.000Z', tf, '+4 minutes') END
FROM (
    SELECT *,
           CASE
               WHEN tu > now_text THEN
                   CASE WHEN tf > now_text AND h % 4 = 0 THEN 'cancelled' ELSE 'active' END
               -- Ended a moment ago: the runner has not marked it expired yet.
               WHEN tu > two_hours_ago THEN 'active'
               WHEN h % 8 = 0 THEN 'cancelled'
               ELSE 'expired'
           END AS status
    FROM (
        SELECT s + 1 AS spot_no,
               CASE WHEN s < main_spots THEN 1 ELSE 2 + (s - main_spots) / other_spots END AS cw,
               1 + (i + 37 * j) % users AS user_no,
               h, now_text, two_hours_ago,
               strftime('%Y-%m-%dT%H:%M:%S.000Z', local_midnight,
                        (j / 4 - past_days) || ' days', (start_min - 180) || ' minutes') AS tf,
               strftime('%Y-%m-%dT%H:%M:%S.000Z', local_midnight,
                        (j / 4 - past_days) || ' days',
                        (start_min - 180 + CASE WHEN h % 3 = 0 THEN 120 ELSE 60 END)
                            || ' minutes') AS tu
        FROM (
            SELECT i.value AS i, i.value % nspots AS s, i.value / nspots AS j,
                   -- A cheap integer hash (Knuth's multiplier) for the mixed statuses.
                   (i.value * 2654435761) % 4294967291 AS h,
                   CASE (i.value / nspots) % 4 WHEN 0 THEN 540 WHEN 1 THEN 660
                                               WHEN 2 THEN 840 ELSE 1020 END AS start_min,
                   q.*
            FROM (SELECT p.*,
                         p.main_spots + p.other_coworkings * p.other_spots AS nspots,
                         ((p.bookings + p.main_spots + p.other_coworkings * p.other_spots - 1)
                              / (p.main_spots + p.other_coworkings * p.other_spots)) / 4
                             - p.future_days AS past_days,
                         date('now', '+180 minutes') AS local_midnight,
                         strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now') AS now_text,
                         strftime('%Y-%m-%dT%H:%M:%S.000Z', 'now', '-2 hours') AS two_hours_ago
                  FROM bench_params AS p) AS q,
                 generate_series(0, q.bookings - 1) AS i
        )
    )
);

COMMIT;

ANALYZE;
PRAGMA wal_checkpoint(TRUNCATE);
