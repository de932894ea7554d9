-- Runner benchmark data, for PostgreSQL and SQLite alike (psql -v / sqlite3 .parameter are not
-- shared, so bench/runner/run.sh substitutes @USERS@ and @EVENTS@ first): @USERS@ users (half
-- "ru"), one device token each, one coworking with one spot, and @EVENTS@ pending
-- booking.created events due now, spread over the users.
WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < @USERS@)
INSERT INTO users (id, email, email_normalized, full_name, password_hash, language, created_at)
SELECT @UUID_USER@, 'u' || g || '@bench.local', 'u' || g || '@bench.local', 'User ' || g, 'x',
       CASE WHEN g % 2 = 0 THEN 'ru' ELSE 'en' END, @NOW@
FROM n;

INSERT INTO coworkings (id, owner_id, name, opens_at, closes_at, timezone, min_duration_minutes,
                        max_duration_minutes, slot_minutes, max_days_in_advance,
                        max_active_bookings_per_user, checkin_required, auto_release_minutes,
                        created_at)
VALUES ('00000000-0000-4000-8000-00000000c0c0', @FIRST_USER@, 'Bench Loft', '08:00', '20:00',
        'Europe/Moscow', 15, 720, 15, 30, 3, @FALSE@, 15, @NOW@);
INSERT INTO spots (id, coworking_id, name)
VALUES ('00000000-0000-4000-8000-00000000a0a0', '00000000-0000-4000-8000-00000000c0c0', 'A-1');

WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < @USERS@)
INSERT INTO device_tokens (token, user_id, device_type, created_at, updated_at)
SELECT 'bench-token-' || g, @UUID_USER@, 'android', @NOW@, @NOW@ FROM n;

WITH RECURSIVE n(g) AS (SELECT 1 UNION ALL SELECT g + 1 FROM n WHERE g < @EVENTS@)
INSERT INTO outbox_events (id, type, payload, created_at, state, attempts, next_attempt_at)
SELECT @UUID_EVENT@, 'booking.created',
       '{"coworking_id":"00000000-0000-4000-8000-00000000c0c0","actor_id":"","booking":{'
       || '"id":"' || @UUID_EVENT_TEXT@ || '","user_id":"' || @USER_OF_EVENT@ || '",'
       || '"spot_id":"00000000-0000-4000-8000-00000000a0a0",'
       || '"coworking_id":"00000000-0000-4000-8000-00000000c0c0",'
       || '"time_from":"2030-01-10T06:00:00Z","time_until":"2030-01-10T08:00:00Z",'
       || '"status":"active"}}',
       @NOW@, 'pending', 0, @NOW@
FROM n;
