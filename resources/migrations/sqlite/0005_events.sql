-- Events (see the PostgreSQL migration of the same number). One runner works at a time on
-- SQLite (BEGIN IMMEDIATE takes the write lock), so the lease columns only guard a crash.
CREATE TABLE outbox_events (
    id TEXT PRIMARY KEY,
    type TEXT NOT NULL,
    payload TEXT NOT NULL,
    created_at TEXT NOT NULL,
    state TEXT NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TEXT NOT NULL,
    locked_by TEXT,
    locked_until TEXT,
    last_error TEXT,
    handled_at TEXT
);
CREATE INDEX outbox_events_due_idx ON outbox_events (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_events_state_idx ON outbox_events (state, created_at DESC, id);

ALTER TABLE notifications ADD COLUMN event_id TEXT;
CREATE UNIQUE INDEX notifications_event_user_idx ON notifications (event_id, user_id)
    WHERE event_id IS NOT NULL;
CREATE TABLE push_deliveries (
    event_id TEXT NOT NULL,
    token TEXT NOT NULL,
    outcome TEXT NOT NULL DEFAULT 'sending'
        CHECK (outcome IN ('sending', 'delivered', 'unregistered', 'failed')),
    created_at TEXT NOT NULL,
    PRIMARY KEY (event_id, token)
);

ALTER TABLE bookings ADD COLUMN reminder_sent_at TEXT;

CREATE TABLE runner_heartbeats (
    runner_id TEXT PRIMARY KEY,
    hostname TEXT NOT NULL,
    pid INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    beat_at TEXT NOT NULL
);
