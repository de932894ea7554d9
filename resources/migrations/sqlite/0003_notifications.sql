-- Notifications (API.md, Notifications): push device tokens and the in-app notification list.
-- A push token identifies one app install: registering it again moves it to whoever registered
-- it last (the primary key makes that an upsert).
CREATE TABLE device_tokens (
    token TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    device_type TEXT NOT NULL CHECK (device_type IN ('android', 'ios', 'web')),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX device_tokens_user_idx ON device_tokens (user_id);

-- data: a JSON object of string values, stored as text.
CREATE TABLE notifications (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    type TEXT NOT NULL CHECK (type IN ('booking_created', 'booking_cancelled',
        'booking_rescheduled', 'booking_reminder', 'booking_expired', 'booking_released',
        'system')),
    title TEXT NOT NULL,
    body TEXT NOT NULL,
    data TEXT NOT NULL DEFAULT '{}',
    created_at TEXT NOT NULL,
    read_at TEXT
);
-- A user's list, newest first; and the unread badge count.
CREATE INDEX notifications_user_created_idx ON notifications (user_id, created_at DESC, id);
CREATE INDEX notifications_user_unread_idx ON notifications (user_id) WHERE read_at IS NULL;
