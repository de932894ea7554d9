-- Closures and special hours (GET/POST /coworkings/{id}/closures): one local date of a coworking,
-- in its own time zone, on which it is closed all day (no hours) or open only opens_at-closes_at.
-- One per date: the unique key refuses a second one (the API answers CLOSURE_EXISTS). Dates are
-- "YYYY-MM-DD" and times "HH:MM[:SS]" as text, like the coworkings' own opening hours, so that
-- their order is the text's order in both dialects.
CREATE TABLE closures (
    id TEXT PRIMARY KEY,
    coworking_id TEXT NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    date TEXT NOT NULL,
    opens_at TEXT,
    closes_at TEXT,
    reason TEXT NOT NULL DEFAULT '',
    created_at TEXT NOT NULL,
    UNIQUE (coworking_id, date)
);
