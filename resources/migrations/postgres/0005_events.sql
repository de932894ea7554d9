-- Events (ARCHITECTURE.md, Events): the transactional outbox, what the runner did with each
-- event, and the runners' heartbeats.

-- Written in the transaction of the change it records; the runner claims pending rows whose
-- next_attempt_at has come (FOR UPDATE SKIP LOCKED) and leases them until locked_until, so a
-- runner that dies mid-event leaves the row to be claimed again once the lease runs out.
CREATE TABLE outbox_events (
    id uuid PRIMARY KEY,
    type text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL,
    state text NOT NULL DEFAULT 'pending' CHECK (state IN ('pending', 'done', 'dead')),
    attempts integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    locked_by text,
    locked_until timestamptz,
    last_error text,
    handled_at timestamptz
);
CREATE INDEX outbox_events_due_idx ON outbox_events (next_attempt_at) WHERE state = 'pending';
CREATE INDEX outbox_events_state_idx ON outbox_events (state, created_at DESC, id);

-- Handlers are idempotent by event id: one notification per (event, user) ...
ALTER TABLE notifications ADD COLUMN event_id uuid;
CREATE UNIQUE INDEX notifications_event_user_idx ON notifications (event_id, user_id)
    WHERE event_id IS NOT NULL;
-- ... and one push per (event, device token), recorded before it is sent.
CREATE TABLE push_deliveries (
    event_id uuid NOT NULL,
    token text NOT NULL,
    outcome text NOT NULL DEFAULT 'sending'
        CHECK (outcome IN ('sending', 'delivered', 'unregistered', 'failed')),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (event_id, token)
);

-- The reminder job sends one reminder per booking.
ALTER TABLE bookings ADD COLUMN reminder_sent_at timestamptz;

CREATE TABLE runner_heartbeats (
    runner_id text PRIMARY KEY,
    hostname text NOT NULL,
    pid integer NOT NULL,
    started_at timestamptz NOT NULL,
    beat_at timestamptz NOT NULL
);
