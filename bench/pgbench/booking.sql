-- What one POST /bookings costs the database: the SQL the server sends for it, in its order.
--   Authenticator (the caller's roles and ban), BookingService::checkCreate (the spot with its
--   coworking in one statement; booking for oneself, the booker is the caller just read), then
--   SqlBookingRepository::create: BEGIN, the per-user advisory lock, the user's overlap and
--   count checks (one statement), INSERT ... ON CONFLICT DO NOTHING RETURNING id (the
--   exclusion constraint decides), COMMIT.
-- Each client books its own windows: window number idx = k * nclients + client_id, where k
-- counts this client's transactions (pgbench keeps a client's variables between transactions;
-- run with -D k=0). Window idx is spot 1 + idx % spots, one hour from 08:00 local on day
-- first_day + q / 14 at hour 8 + q % 14 (q = idx / spots); booker 1001 + idx % users_span. So
-- nothing conflicts, like most of the HTTP benchmark. Ids are those of bench/sql/load_postgres.sql.
\set k :k + 1
\set idx :k * :nclients + :client_id
\set spot 1 + :idx % :spots
\set q :idx / :spots
\set user 1001 + :idx % :users_span
\set t0 :day0 + (:first_day + :q / 14) * 86400 + (8 + :q % 14) * 3600
\set t1 :t0 + 3600
SELECT id, is_admin, is_business, is_banned FROM users WHERE id = ('00000000-0000-4000-a000-' || lpad(:user::text, 12, '0'))::uuid;
SELECT s.id, s.coworking_id, s.name, s.description, s.position, s.is_active, s.map_x, s.map_y, s.map_width, s.map_height, s.map_rotation, c.id, c.owner_id, c.name, c.description, c.address, c.opens_at, c.closes_at, c.timezone, c.min_duration_minutes, c.max_duration_minutes, c.slot_minutes, c.max_days_in_advance, c.max_active_bookings_per_user, c.checkin_required, c.auto_release_minutes, c.floor_plan_url, c.created_at FROM spots s JOIN coworkings c ON c.id = s.coworking_id WHERE s.id = ('00000000-0000-4000-b000-' || lpad(:spot::text, 12, '0'))::uuid;
BEGIN;
SELECT pg_advisory_xact_lock(hashtext('00000000-0000-4000-a000-' || lpad(:user::text, 12, '0')));
SELECT EXISTS (SELECT 1 FROM bookings WHERE user_id = ('00000000-0000-4000-a000-' || lpad(:user::text, 12, '0'))::uuid AND status = 'active' AND time_from < to_timestamp(:t1) AND time_until > to_timestamp(:t0)), (SELECT COUNT(*) FROM bookings WHERE user_id = ('00000000-0000-4000-a000-' || lpad(:user::text, 12, '0'))::uuid AND coworking_id = :cw AND status = 'active' AND time_until > now());
INSERT INTO bookings (id, user_id, spot_id, coworking_id, time_from, time_until, status, created_at) VALUES (gen_random_uuid(), ('00000000-0000-4000-a000-' || lpad(:user::text, 12, '0'))::uuid, ('00000000-0000-4000-b000-' || lpad(:spot::text, 12, '0'))::uuid, :cw, to_timestamp(:t0), to_timestamp(:t1), 'active', now()) ON CONFLICT DO NOTHING RETURNING id;
END;
