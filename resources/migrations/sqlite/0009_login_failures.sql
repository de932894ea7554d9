-- Failed logins, one row each, counted per account (lower-cased email) and per client address
-- over the throttle's window. In the database rather than in each process, so that every server
-- instance on it counts the same failures. Rows older than the window are deleted as new
-- failures arrive.
CREATE TABLE login_failures (
    kind TEXT NOT NULL CHECK (kind IN ('account', 'address')),
    subject TEXT NOT NULL,
    failed_at TEXT NOT NULL
);
CREATE INDEX login_failures_subject_idx ON login_failures (kind, subject, failed_at);
CREATE INDEX login_failures_time_idx ON login_failures (failed_at);
