-- Initial schema. Timestamps are timestamptz (UTC on the wire); ids are UUIDs made by the server.
CREATE EXTENSION IF NOT EXISTS btree_gist;

CREATE TABLE users (
    id uuid PRIMARY KEY,
    email text NOT NULL,
    email_normalized text NOT NULL UNIQUE,
    full_name text NOT NULL,
    password_hash text NOT NULL,
    avatar_url text NOT NULL DEFAULT '',
    language text NOT NULL DEFAULT 'en',
    is_business boolean NOT NULL DEFAULT false,
    is_admin boolean NOT NULL DEFAULT false,
    is_banned boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL
);
CREATE INDEX users_created_idx ON users (created_at, id);

CREATE TABLE refresh_tokens (
    token_hash text PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    family_id uuid NOT NULL,
    expires_at timestamptz NOT NULL,
    used_at timestamptz,
    revoked_at timestamptz,
    created_at timestamptz NOT NULL
);
CREATE INDEX refresh_tokens_family_idx ON refresh_tokens (family_id);
CREATE INDEX refresh_tokens_user_idx ON refresh_tokens (user_id);

CREATE TABLE coworkings (
    id uuid PRIMARY KEY,
    owner_id uuid NOT NULL REFERENCES users (id),
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    address text NOT NULL DEFAULT '',
    opens_at text NOT NULL,
    closes_at text NOT NULL,
    timezone text NOT NULL,
    min_duration_minutes integer NOT NULL,
    max_duration_minutes integer NOT NULL,
    slot_minutes integer NOT NULL,
    max_days_in_advance integer NOT NULL,
    max_active_bookings_per_user integer NOT NULL,
    checkin_required boolean NOT NULL,
    auto_release_minutes integer NOT NULL,
    floor_plan_url text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL
);
CREATE INDEX coworkings_owner_idx ON coworkings (owner_id);

CREATE TABLE coworking_managers (
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    PRIMARY KEY (coworking_id, user_id)
);
CREATE INDEX coworking_managers_user_idx ON coworking_managers (user_id);

CREATE TABLE spots (
    id uuid PRIMARY KEY,
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    name text NOT NULL,
    description text NOT NULL DEFAULT '',
    position integer NOT NULL DEFAULT 0,
    is_active boolean NOT NULL DEFAULT true,
    map_x double precision,
    map_y double precision,
    map_width double precision,
    map_height double precision,
    map_rotation double precision
);
CREATE INDEX spots_coworking_idx ON spots (coworking_id, position);

CREATE TABLE options (
    id uuid PRIMARY KEY,
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    name text NOT NULL
);
CREATE INDEX options_coworking_idx ON options (coworking_id);

CREATE TABLE bookings (
    id uuid PRIMARY KEY,
    user_id uuid NOT NULL REFERENCES users (id),
    spot_id uuid NOT NULL REFERENCES spots (id) ON DELETE CASCADE,
    -- Denormalised from the spot so one index answers a whole floor (availability, timeline).
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    time_from timestamptz NOT NULL,
    time_until timestamptz NOT NULL,
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'cancelled', 'expired')),
    created_at timestamptz NOT NULL,
    cancelled_at timestamptz,
    cancel_reason text,
    checked_in_at timestamptz,
    CHECK (time_from < time_until),
    -- The database itself refuses two overlapping active bookings of one spot.
    CONSTRAINT bookings_no_overlap EXCLUDE USING gist (
        spot_id WITH =, tstzrange(time_from, time_until, '[)') WITH &&)
        WHERE (status = 'active')
);
CREATE INDEX bookings_coworking_range_idx ON bookings
    USING gist (coworking_id, tstzrange(time_from, time_until, '[)')) WHERE (status = 'active');
CREATE INDEX bookings_user_idx ON bookings (user_id, time_from DESC);
CREATE INDEX bookings_coworking_time_idx ON bookings (coworking_id, time_from DESC);

CREATE TABLE booking_options (
    booking_id uuid NOT NULL REFERENCES bookings (id) ON DELETE CASCADE,
    option_id uuid NOT NULL REFERENCES options (id) ON DELETE CASCADE,
    PRIMARY KEY (booking_id, option_id)
);
CREATE INDEX booking_options_option_idx ON booking_options (option_id);

CREATE TABLE idempotency_keys (
    user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key text NOT NULL,
    request_hash text NOT NULL,
    status integer NOT NULL,
    response text NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (user_id, key)
);
