-- The runner's time-driven jobs scan active bookings by time; these partial indexes keep each
-- pass to the rows it may change (expiry by end, reminders and no-show release by start).
CREATE INDEX bookings_active_until_idx ON bookings (time_until) WHERE status = 'active';
CREATE INDEX bookings_unreminded_idx ON bookings (time_from)
    WHERE status = 'active' AND reminder_sent_at IS NULL;
CREATE INDEX bookings_unchecked_idx ON bookings (time_from)
    WHERE status = 'active' AND checked_in_at IS NULL;
