-- Initial schema. Timestamps are UTC text "YYYY-MM-DDTHH:MM:SS.mmmZ", which sorts like time;
-- double booking is prevented by BEGIN IMMEDIATE and an overlap check in that transaction.
CREATE TABLE users (
    id TEXT PRIMARY KEY,
    email TEXT NOT NULL,
    email_normalized TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    avatar_url TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'en',
    is_business INTEGER NOT NULL DEFAULT 0,
    is_admin INTEGER NOT NULL DEFAULT 0,
    is_banned INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX users_created_idx ON users (created_at, id);

CREATE TABLE refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id TEXT NOT NULL,
    expires_at TEXT NOT NULL,
    used_at TEXT,
    revoked_at TEXT,
    created_at TEXT NOT NULL
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE coworkings (
    id TEXT PRIMARY KEY,
    owner_id TEXT NOT NULL REFERENCES users (id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    opens_at TEXT NOT NULL,
    closes_at TEXT NOT NULL,
    timezone TEXT NOT NULL,
    min_duration_minutes INTEGER NOT NULL,
    max_duration_minutes INTEGER NOT NULL,
    slot_minutes INTEGER NOT NULL,
    max_days_in_advance INTEGER NOT NULL,
    max_active_bookings_per_user INTEGER NOT NULL,
    checkin_required INTEGER NOT NULL,
    auto_release_minutes INTEGER NOT NULL,
    floor_plan_url TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL
);
CREATE INDEX coworkings_owner_idx ON coworkings (owner_id);

CREATE TABLE coworking_managers (
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (coworking_id, user_id)
);
CREATE INDEX coworking_managers_user_idx ON coworking_managers (user_id);

CREATE TABLE spots (
    id TEXT PRIMARY KEY,
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    position INTEGER NOT NULL DEFAULT 0,
    is_active INTEGER NOT NULL DEFAULT 1,
    map_x REAL,
    map_y REAL,
    map_width REAL,
    map_height REAL,
    map_rotation REAL
);
CREATE INDEX spots_coworking_idx ON spots (coworking_id, position);

CREATE TABLE options (
    id TEXT PRIMARY KEY,
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    name TEXT NOT NULL
);
CREATE INDEX options_coworking_idx ON options (coworking_id);

CREATE TABLE bookings (
    id TEXT PRIMARY KEY,
    user_id TEXT NOT NULL REFERENCES users (id),
    spot_id TEXT NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    time_from TEXT NOT NULL,
    time_until TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'expired')),
    created_at TEXT NOT NULL,
    cancelled_at TEXT,
    cancel_reason TEXT,
    checked_in_at TEXT,
    CHECK (time_from < time_until)
);
-- Availability and overlap checks: active bookings of a spot or a floor ordered by start.
CREATE INDEX bookings_spot_active_idx ON bookings (spot_id, time_from, time_until) WHERE status = 'active';
CREATE INDEX bookings_coworking_active_idx ON bookings (coworking_id, time_from, time_until) WHERE status = 'active';
CREATE INDEX bookings_user_idx ON bookings (user_id, time_from DESC);
CREATE INDEX bookings_coworking_time_idx ON bookings (coworking_id, time_from DESC);

CREATE TABLE booking_options (
    booking_id TEXT NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    option_id TEXT NOT NULL REFERENCES options (id) ON DELETE CASCADE,
    PRIMARY KEY (booking_id, option_id)
);
CREATE INDEX booking_options_option_idx ON booking_options (option_id);

CREATE TABLE idempotency_keys (
    user_id TEXT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    response TEXT NOT NULL,
    created_at TEXT NOT NULL,
    PRIMARY KEY (user_id, key)
);
