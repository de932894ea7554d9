-- Personal calendar feeds (POST /users/me/calendar-feed, GET /calendar/{token}.ics): one per
-- user, a new one replaces it. Only the SHA-256 (hex) of the feed's secret token is kept, so the
-- database holds no working URL; a request finds its feed by that hash.
CREATE TABLE calendar_feeds (
    user_id uuid PRIMARY KEY REFERENCES users (id) ON DELETE CASCADE,
    token_hash text NOT NULL UNIQUE,
    created_at timestamptz NOT NULL
);
-- A booking's revision, raised by each change a calendar shows (new times or spot, a
-- cancellation): the SEQUENCE of its iCalendar event, so that calendar applications take the
-- newer version. Bookings made before start at 0.
ALTER TABLE bookings ADD COLUMN revision integer NOT NULL DEFAULT 0;
