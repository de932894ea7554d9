-- Closures and special hours (GET/POST /coworkings/{id}/closures): one local date of a coworking,
-- in its own time zone, on which it is closed all day (no hours) or open only opens_at-closes_at.
-- One per date: the unique key refuses a second one (the API answers CLOSURE_EXISTS). Dates are
-- "YYYY-MM-DD" and times "HH:MM[:SS]" as text, like the coworkings' own opening hours, so that
-- their order is the text's order in both dialects.
CREATE TABLE closures (
    id uuid PRIMARY KEY,
    coworking_id uuid NOT NULL REFERENCES coworkings (id) ON DELETE CASCADE,
    date text NOT NULL,
    opens_at text,
    closes_at text,
    reason text NOT NULL DEFAULT '',
    created_at timestamptz NOT NULL,
    UNIQUE (coworking_id, date)
);
