-- The per-user booking rules read a user's active bookings in every booking transaction; the
-- user index holds the whole history (see the PostgreSQL migration of the same number).
CREATE INDEX bookings_user_active_idx ON bookings (user_id, time_until) WHERE status = 'active';
